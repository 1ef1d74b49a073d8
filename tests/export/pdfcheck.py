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


def _mul(m, n):
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def drawn_paths(page: pypdf.PageObject, r: pypdf.PdfReader) -> list[dict]:
    """Every painted path on a page, in page points: subpaths of (x, y) points, how it was
    painted ("fill", "stroke", "both") and the dash pattern in effect."""
    ops = pypdf.generic.ContentStream(page.get_contents(), r).operations
    ctm = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    stack = []
    dash: list[float] = []
    subpaths: list[list[tuple[float, float]]] = []
    out = []

    def point(x, y):
        a, b, c, d, e, f = ctm
        return (a * x + c * y + e, b * x + d * y + f)

    for operands, op in ops:
        op = op.decode() if isinstance(op, bytes) else op
        nums = [float(v) for v in operands if isinstance(v, int | float)]
        if op == "q":
            stack.append((ctm, dash))
        elif op == "Q":
            ctm, dash = stack.pop()
        elif op == "cm":
            ctm = _mul(tuple(nums), ctm)
        elif op == "d":
            dash = [float(v) for v in operands[0]]
        elif op == "m":
            subpaths.append([point(*nums)])
        elif op == "l":
            subpaths[-1].append(point(*nums))
        elif op == "c":
            subpaths[-1].append(point(*nums[4:6]))
        elif op == "re":
            x, y, w, h = nums
            subpaths.append([point(x, y), point(x + w, y), point(x + w, y + h), point(x, y + h)])
        elif op in ("f", "f*", "F", "S", "s", "B", "B*", "b", "b*", "n"):
            paint = {
                "f": "fill",
                "f*": "fill",
                "F": "fill",
                "S": "stroke",
                "s": "stroke",
                "n": None,
            }.get(op, "both")
            if paint is not None and subpaths:
                out.append({"subpaths": subpaths, "paint": paint, "dash": list(dash)})
            subpaths = []
    return out
