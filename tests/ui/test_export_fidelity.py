"""Acceptance (export 2): the artwork in the session PDF looks like the canvas.

The session PDF is rendered back with pypdfium2; its artwork region (found by the
paper colour) is compared with the canvas's own render of the same document.
Tolerance, after scaling both to 400 x 300: mean absolute difference per channel
below 8, and at least 95 % of pixels within 40 on every channel. Beyond strokes (photos
cropped, cut out, turned and flipped; text; shapes; a fill; a tinted sticker) the same
tolerance also holds element by element, over each element's bounds after a 1-pixel
blur that forgives anti-aliasing along edges but not misplacement.
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from fidelity_fixture import fidelity_document
from PIL import Image, ImageFilter

from containerstudio.export.artwork import ArtworkOptions
from containerstudio.export.preview import page_images
from containerstudio.export.session_pdf import SessionExportContent, export_session_pdf
from containerstudio.model.document import ContainerDocument
from containerstudio.ui.canvas.render import png_bytes, render_scene
from containerstudio.ui.canvas.scene import CanvasScene
from containerstudio.ui.canvas.svg_raster import svg_png
from containerstudio.ui.kit.fonts import load_app_fonts
from tests.export.export_fixtures import add, drawing_document, stroke

COMPARE = (400, 300)


def canvas_image(doc: ContainerDocument) -> np.ndarray:
    scene = CanvasScene(doc)
    try:
        image = Image.open(io.BytesIO(png_bytes(render_scene(scene)))).convert("RGB")
    finally:
        scene.detach()
    return np.asarray(image.resize(COMPARE, Image.Resampling.LANCZOS), dtype=np.int16)


def pdf_artwork_image(path: Path) -> np.ndarray:
    page = page_images(path.read_bytes(), dpi=4 * 72, last=0)[0]  # through the PDFium lock
    image = np.asarray(page, dtype=np.int16)
    paper = np.all(np.abs(image - np.array([255, 253, 248])) <= 1, axis=2)
    ys, xs = np.nonzero(paper)
    assert len(xs) > 10000, "the artwork's paper was not found on the page"
    crop = image[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1].astype(np.uint8)
    region = Image.fromarray(crop, "RGB").resize(COMPARE, Image.Resampling.LANCZOS)
    return np.asarray(region, dtype=np.int16)


def compare(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    diff = np.abs(a - b)
    mean = float(diff.mean())
    within = float((diff.max(axis=2) <= 40).mean())
    return mean, within


def pressure_document() -> ContainerDocument:
    doc = ContainerDocument()
    return add(
        doc,
        stroke("pencil", "#3b5b6d", 40, [(200 + i * 30, 600, (i % 10) / 10) for i in range(40)]),
        stroke("marker", "#d98e73", 80, [(300, 200 + i * 20, 0.1 + i / 45) for i in range(40)]),
        stroke("brush", "#b5a1c9", 140, [(700 + i * 18, 300 + i * 15, 0.6) for i in range(40)]),
    )


@pytest.mark.parametrize("make", [drawing_document, pressure_document])
def test_pdf_artwork_matches_canvas(qapp, tmp_path, make):
    doc = make()
    target = export_session_pdf(tmp_path / "c.pdf", doc, SessionExportContent(title="T"))
    on_paper = pdf_artwork_image(target)
    on_screen = canvas_image(doc)
    mean, within = compare(on_paper, on_screen)
    print(f"{make.__name__}: mean abs diff {mean:.2f}, within 40: {within:.1%}")
    assert mean < 8
    assert within >= 0.95
    # The comparison can tell pictures apart: an empty canvas does not match.
    blank_mean, blank_within = compare(on_paper, canvas_image(ContainerDocument()))
    assert blank_mean > mean * 2 or blank_within < within


# -- beyond strokes: photos, text, shapes, a fill and a tinted sticker ---------------------
def regions_image(image: np.ndarray) -> np.ndarray:
    """A 1-pixel blur (at 400 x 300) forgives anti-aliasing along edges, not misplacement."""
    blurred = Image.fromarray(image.astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(1))
    return np.asarray(blurred, dtype=np.int16)


def region_scores(on_paper: np.ndarray, on_screen: np.ndarray, doc: ContainerDocument) -> dict:
    """(mean, within) per element, over its bounds scaled to the compared size."""
    a, b = regions_image(on_paper), regions_image(on_screen)
    fx, fy = COMPARE[0] / doc.canvas_size[0], COMPARE[1] / doc.canvas_size[1]
    scores = {}
    for el in doc:
        x0, y0, x1, y1 = el.bounds()
        box = (slice(max(0, int(y0 * fy)), int(y1 * fy) + 1),
               slice(max(0, int(x0 * fx)), int(x1 * fx) + 1))  # fmt: skip
        scores[el.id] = compare(a[box], b[box])
    return scores


def export_with_stickers(doc: ContainerDocument, target: Path) -> Path:
    art = ArtworkOptions(svg_rasterizer=svg_png)
    return export_session_pdf(target, doc, SessionExportContent(title="T"), options=art)


def test_photos_text_shapes_fill_and_sticker_match_canvas(qapp, tmp_path):
    load_app_fonts()
    doc = fidelity_document()
    on_paper = pdf_artwork_image(export_with_stickers(doc, tmp_path / "c.pdf"))
    on_screen = canvas_image(doc)
    mean, within = compare(on_paper, on_screen)
    print(f"fidelity_document: mean abs diff {mean:.2f}, within 40: {within:.1%}")
    assert mean < 8
    assert within >= 0.95
    # Element by element, so one misplaced element cannot hide in the whole.
    kinds = {el.id: el.kind for el in doc}
    assert sorted(set(kinds.values())) == ["fill", "image", "shape", "sticker", "text"]
    for element_id, (m, w) in region_scores(on_paper, on_screen, doc).items():
        print(f"  {kinds[element_id]:8s} {element_id}: mean {m:.2f}, within 40: {w:.1%}")
        assert m < 8, element_id
        assert w >= 0.95, element_id


@pytest.mark.parametrize(
    ("element_id", "change"),
    [
        ("photo2" + "b" * 10, {"rotation": -25}),  # turned the other way
        ("photo2" + "b" * 10, {"flip_h": False}),  # not mirrored
        ("photo1" + "a" * 10, {"crop": (0.2, 0.25, 0.9, 0.95)}),  # another crop
        ("text1" + "t" * 11, {"font_size": 52}),  # smaller letters
        ("text2" + "u" * 11, {"rotation": 20}),  # turned the other way
    ],
)
def test_the_element_comparison_notices_a_difference(qapp, tmp_path, element_id, change):
    """The per-element check can fail: a canvas that differs in one element does not pass."""
    load_app_fonts()
    doc = fidelity_document()
    on_paper = pdf_artwork_image(export_with_stickers(doc, tmp_path / "c.pdf"))
    changed = ContainerDocument(doc.canvas_size)
    changed.load(
        [replace(el, **change) if el.id == element_id else el for el in doc], doc.used_assets()
    )
    m, w = region_scores(on_paper, canvas_image(changed), doc)[element_id]
    assert m >= 8 or w < 0.95, (m, w)
