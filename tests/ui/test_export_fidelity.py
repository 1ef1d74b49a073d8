"""Acceptance (export 2): the artwork in the session PDF looks like the canvas.

The session PDF is rendered back with pypdfium2; its artwork region (found by the
paper colour) is compared with the canvas's own render of the same document.
Tolerance, after scaling both to 400 x 300: mean absolute difference per channel
below 8, and at least 95 % of pixels within 40 on every channel.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from containerstudio.export.session_pdf import SessionExportContent, export_session_pdf
from containerstudio.model.document import ContainerDocument
from containerstudio.ui.canvas.render import png_bytes, render_scene
from containerstudio.ui.canvas.scene import CanvasScene
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
    page = pdfium.PdfDocument(str(path))[0]
    image = np.asarray(page.render(scale=4).to_pil().convert("RGB"), dtype=np.int16)
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
