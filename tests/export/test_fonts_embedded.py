"""Acceptance (issue 13, point 8): every font in every PDF the app makes is embedded.

A font that is only named (reportlab's standard Helvetica, for instance) is drawn with
whatever the reader's computer substitutes, so bullets and digits can change or vanish.
Each kind of PDF is made here and every font dictionary reachable from its pages
(page resources, form XObjects inside them, Type0 descendants) is checked for a font file.
"""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest
from export_fixtures import add, drawing_document, photo_jpeg
from pdfcheck import reader

from containerstudio.export.artwork import ArtworkOptions
from containerstudio.export.common import PdfOptions
from containerstudio.export.group_print import GroupItem, export_group_pdf
from containerstudio.export.paper_box import export_paper_container
from containerstudio.export.session_pdf import (
    SECTIONS,
    SessionChoices,
    SessionExportContent,
    SessionLabels,
    export_session_pdf,
)
from containerstudio.export.worksheet import export_worksheets
from containerstudio.flow import load_packs, shipped_prompts_dir
from containerstudio.model.elements import new_id
from containerstudio.model.placed import ImageElement, TextElement

FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
EMPTY = pypdf.generic.DictionaryObject()

CONTENT = SessionExportContent(
    title="Every part",
    date=dt.date(2026, 12, 1),
    reflections=["A plain note", ("A step's title", "A note with a title")],
    checkins=[("Distress", 7, 3), ("Calm", None, 5)],
    kept_where="On the top shelf",
    slips=["A slip", "Another slip"],
)


def fonts_in(pdf: pypdf.PdfReader) -> list[tuple[str, pypdf.generic.DictionaryObject]]:
    """(where, font) for every font reachable from any page, form XObjects included."""
    found: list[tuple[str, pypdf.generic.DictionaryObject]] = []
    seen: set[int] = set()

    def walk(resources, where: str) -> None:
        resources = resources.get_object()
        if id(resources) in seen:
            return
        seen.add(id(resources))
        for name, ref in resources.get("/Font", EMPTY).get_object().items():
            found.append((f"{where} {name}", ref.get_object()))
        for name, ref in resources.get("/XObject", EMPTY).get_object().items():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Form" and "/Resources" in obj:
                walk(obj["/Resources"], f"{where} {name}")

    for number, page in enumerate(pdf.pages, start=1):
        if "/Resources" in page:
            walk(page["/Resources"], f"page {number}")
    return found


def embedded(font: pypdf.generic.DictionaryObject) -> bool:
    """A font file in its descriptor, or in that of every descendant (Type0 fonts)."""
    if font.get("/Subtype") == "/Type0":
        descendants = [d.get_object() for d in font.get("/DescendantFonts", [])]
        return bool(descendants) and all(embedded(d) for d in descendants)
    if font.get("/Subtype") == "/Type3":
        return True  # drawn from glyph procedures inside the PDF itself
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(key in descriptor.get_object() for key in FONT_FILES)


def assert_all_embedded(path) -> None:
    fonts = fonts_in(reader(path))
    assert fonts, "the PDF holds text, so it names at least one font"
    loose = [(where, font.get("/BaseFont")) for where, font in fonts if not embedded(font)]
    assert not loose, f"fonts not embedded: {loose}"


def full_document():
    """Strokes of every tool, text inside and outside, and a photo."""
    doc = drawing_document()
    asset = doc.add_asset(photo_jpeg(3, (320, 240)))
    return add(
        doc,
        TextElement(id=new_id(), part="outside", text="Words • on the lid 0–10", x=400, y=300),
        TextElement(id=new_id(), part="inside", text="Inside words", x=800, y=700),
        ImageElement(id=new_id(), asset=asset, x=900, y=500, width=320, height=240),
    )


@pytest.mark.parametrize("view", ["outside", "inside", "both"])
def test_session_pdf_with_every_section(tmp_path, view):
    choices = SessionChoices(sections=frozenset(SECTIONS), view=view)
    target = tmp_path / "session.pdf"
    export_session_pdf(
        target,
        full_document(),
        CONTENT,
        choices,
        SessionLabels(),
        ArtworkOptions(view=view),
    )
    assert_all_embedded(target)


def test_password_protected_session_pdf(tmp_path):
    choices = SessionChoices(sections=frozenset(SECTIONS), pdf=PdfOptions(password="pw"))
    target = tmp_path / "locked.pdf"
    export_session_pdf(target, full_document(), CONTENT, choices)
    fonts = fonts_in(reader(target, password="pw"))
    assert fonts and all(embedded(font) for _, font in fonts)


@pytest.mark.parametrize("per_sheet", [1, 2, 4, 6])
def test_group_print(tmp_path, per_sheet):
    items = [GroupItem(full_document(), caption=f"Person {i}") for i in range(3)]
    items.append(GroupItem(drawing_document(), caption=None))
    assert_all_embedded(export_group_pdf(tmp_path / "group.pdf", items, per_sheet=per_sheet))


@pytest.mark.parametrize("page", ["a4", "letter"])
def test_paper_box(tmp_path, page):
    target = export_paper_container(tmp_path / "box.pdf", full_document(), PdfOptions(page=page))
    assert_all_embedded(target)


SHIPPED = load_packs([shipped_prompts_dir()]).packs


@pytest.mark.parametrize("pack", SHIPPED, ids=[pack.id for pack in SHIPPED])
def test_worksheet_for_every_shipped_pack(tmp_path, pack):
    assert_all_embedded(export_worksheets(tmp_path / "sheets.pdf", pack))


def test_the_check_notices_a_standard_font(tmp_path):
    """The check itself can fail: a PDF drawn in reportlab's Helvetica is caught."""
    from reportlab.pdfgen.canvas import Canvas

    target = tmp_path / "plain.pdf"
    c = Canvas(str(target))
    c.setFont("Helvetica", 12)
    c.drawString(72, 72, "named, not embedded")
    c.save()
    with pytest.raises(AssertionError, match="Helvetica"):
        assert_all_embedded(target)


@pytest.mark.parametrize("page", ["a4", "letter"])
def test_therapist_card_page(tmp_path, page):
    """The card page (`therapist-card --page`, Therapist card… → Print) with its QR code."""
    from containerstudio.exchange.card_page import write_card_page
    from containerstudio.exchange.therapist import TherapistCard

    card = TherapistCard(bytes(range(32)))
    assert_all_embedded(write_card_page(tmp_path / "card.pdf", card, page))


def test_recovery_key_page(tmp_path):
    """The recovery key's printed page (Your recovery key → Print…): fonts embedded, and
    its twelve words read back in order."""
    from containerstudio.export.recovery_page import recovery_page_bytes

    words = "abandon ability able about above absent absorb abstract absurd abuse access accident"
    target = tmp_path / "recovery.pdf"
    target.write_bytes(recovery_page_bytes(words))
    assert_all_embedded(target)
    found = reader(target).pages[0].extract_text().split()
    assert [w for w in found if w in words.split()] == words.split()
