"""Acceptance (export 1 and 6): the session PDF's pages, fonts, sections and size."""

from __future__ import annotations

import datetime as dt

import pytest
from export_fixtures import drawing_document, photo_document, photo_jpeg
from pdfcheck import fonts_of, image_xobjects, reader, text_of

from containerstudio.export.common import PdfOptions, default_filename
from containerstudio.export.session_pdf import (
    SessionChoices,
    SessionExportContent,
    export_session_pdf,
)

SLIP = "Quokka-slip-7731 lighthouse"
CONTENT = SessionExportContent(
    title="Το κουτί μου",
    date=dt.date(2026, 11, 26),
    reflections=["Это было спокойно — ça m'a aidé, déjà vu à Zürich"],
    checkins=[("Distress", 7, 3)],
    kept_where="Unter dem Meer, im Tresor",
    slips=[SLIP],
)


def export(tmp_path, sections=None, page="a4", password=None, doc=None, content=CONTENT):
    choices = SessionChoices(pdf=PdfOptions(page=page, password=password))
    if sections is not None:
        choices = SessionChoices(sections=frozenset(sections), pdf=choices.pdf)
    target = tmp_path / "out.pdf"
    export_session_pdf(target, doc or drawing_document(), content, choices)
    return target


@pytest.mark.parametrize(("page", "size"), [("a4", (595.28, 841.89)), ("letter", (612, 792))])
def test_page_size(tmp_path, page, size):
    r = reader(export(tmp_path, page=page))
    box = r.pages[0].mediabox
    assert float(box.width) == pytest.approx(size[0], abs=0.01)
    assert float(box.height) == pytest.approx(size[1], abs=0.01)


def test_fonts_are_embedded(tmp_path):
    fonts = fonts_of(reader(export(tmp_path)))
    assert fonts
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font
        assert "DejaVuSans" in font["/BaseFont"]


def test_default_choices_leave_slips_out_of_bytes_and_text(tmp_path):
    path = export(tmp_path)
    text = text_of(reader(path))
    assert "Reflections" in text and "Check-in" in text
    assert "Unter dem Meer, im Tresor" in text
    assert "Quokka" not in text and "Slips" not in text
    raw = path.read_bytes()
    for needle in (b"Quokka", b"lighthouse", "Quokka".encode("utf-16-be")):
        assert needle not in raw


def test_chosen_sections_present_and_others_absent(tmp_path):
    text = text_of(reader(export(tmp_path, sections={"checkins", "slips"})))
    assert "Check-in" in text and "Before" in text and "After" in text
    assert "7" in text and "3" in text
    assert SLIP in text and "Slips" in text
    assert "Reflections" not in text and "спокойно" not in text
    assert "Tresor" not in text
    # The title and date are always there.
    assert "Το κουτί μου" in text and "2026-11-26" in text


def test_nothing_chosen_gives_artwork_title_and_date_only(tmp_path):
    text = text_of(reader(export(tmp_path, sections=set())))
    assert "Το κουτί μου" in text
    for absent in ("Reflections", "Check-in", "Tresor", "Quokka", "спокойно"):
        assert absent not in text


def test_greek_cyrillic_and_accented_text_extracts(tmp_path):
    text = text_of(reader(export(tmp_path)))
    assert "Το κουτί μου" in text
    assert "Это было спокойно — ça m'a aidé, déjà vu à Zürich" in text


def test_metadata_and_default_name_are_neutral(tmp_path):
    r = reader(export(tmp_path))
    meta = r.metadata
    assert meta.title == "Container"
    assert meta.creator == "Container Studio"
    assert not meta.author and not meta.subject
    assert "κουτί" not in str(dict(meta))
    assert default_filename(today=dt.date(2026, 11, 26)) == "container-2026-11-26.pdf"


def test_password_protects_the_pdf(tmp_path):
    path = export(tmp_path, password="river stone")
    r = reader(path)
    assert r.is_encrypted
    assert not r.decrypt("not it")
    r2 = reader(path, password="river stone")
    assert "Το κουτί μου" in text_of(r2)


@pytest.fixture(scope="module")
def six_photos():
    return [photo_jpeg(seed) for seed in range(6)]


@pytest.mark.parametrize("page", ["a4", "letter"])
def test_six_12_megapixel_photos_stay_under_5_mb(tmp_path, six_photos, page):
    assert len(six_photos[0]) > 1_000_000  # the sources really are large photos
    path = export(tmp_path, page=page, doc=photo_document(six_photos))
    size = path.stat().st_size
    print(f"six 12-MP photos on {page}: {size / 1e6:.2f} MB")
    assert size < 5 * 1024 * 1024, size
    r = reader(path)
    images = image_xobjects(r.pages[0])
    assert len(images) == 6
    for image in images:
        # Scaled down to the print resolution: far below 4000 x 3000.
        assert int(image["/Width"]) <= 1000 and int(image["/Height"]) <= 800
        assert "/DCTDecode" in str(image["/Filter"])  # the JPEG itself, not raw pixels
