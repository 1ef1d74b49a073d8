"""Reading exported PDFs back: text, fonts, images, drawing operations."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf

MM = 72 / 25.4


def reader(path: Path | bytes, password: str | None = None) -> pypdf.PdfReader:
    r = pypdf.PdfReader(io.BytesIO(path) if isinstance(path, bytes) else str(path))
    if password is not None:
        r.decrypt(password)
    return r


def text_of(r: pypdf.PdfReader) -> str:
    return "\n".join(page.extract_text() or "" for page in r.pages)


def fonts_of(r: pypdf.PdfReader) -> list[pypdf.generic.DictionaryObject]:
    """Every font dictionary used on any page (Type0 fonts: their descendants)."""
    found = []
    for page in r.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            for desc in font.get("/DescendantFonts", [font]):
                found.append(desc.get_object())
    return found


def image_xobjects(page: pypdf.PageObject) -> list[pypdf.generic.DictionaryObject]:
    """Image XObjects drawn on a page (including those inside form XObjects)."""
    out = []

    def walk(resources):
        xobjects = resources.get_object().get("/XObject", {})
        for ref in xobjects.get_object().values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                out.append(obj)
            elif obj.get("/Subtype") == "/Form" and "/Resources" in obj:
                walk(obj["/Resources"])

    walk(page["/Resources"])
    return out
