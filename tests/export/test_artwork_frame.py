"""The thin frame around the artwork is whole on paper: all four sides drawn, each as
strong as the others. It was drawn in canvas units on the very edge of the artwork's
clip, so half of a line a few tenths of a point wide was cut away and a side could be
lost, depending on how a viewer rounds the clip."""

from __future__ import annotations

import datetime as dt
import io

import numpy as np
import pytest
from export_fixtures import add, stroke
from reportlab.pdfgen.canvas import Canvas

from containerstudio.export.artwork import FRAME_PT, draw_artwork
from containerstudio.export.preview import page_images
from containerstudio.export.session_pdf import SessionExportContent, export_session_pdf
from containerstudio.model.document import ContainerDocument
from containerstudio.model.paper import PAPER_EDGE

PAGE = (595.2756, 841.8898)
EDGE_DARKNESS = 255 - min(int(PAPER_EDGE[i : i + 2], 16) for i in (1, 3, 5))


def _darkness(pdf: bytes, dpi: int) -> np.ndarray:
    image = np.asarray(page_images(pdf, dpi=dpi)[0]).astype(int)
    return 255 - image.min(axis=2)


def _side_ink(dark: np.ndarray, box_px: tuple[int, int, int, int]) -> dict[str, int]:
    """Ink of the line across each side's middle: the darkness above the page's white
    and the paper's own tint, summed over a band of pixels either side of the edge."""
    x0, y0, x1, y1 = box_px
    paper = int(dark[(y0 + y1) // 2, (x0 + x1) // 2])
    xm, ym = (x0 + x1) // 2, (y0 + y1) // 2

    def band(values: np.ndarray) -> int:
        return int(np.clip(values - paper, 0, None).sum())

    return {
        "left": band(dark[ym, x0 - 6 : x0 + 7]),
        "right": band(dark[ym, x1 - 6 : x1 + 7]),
        "top": band(dark[y0 - 6 : y0 + 7, xm]),
        "bottom": band(dark[y1 - 6 : y1 + 7, xm]),
    }


def _artwork_pdf(doc: ContainerDocument, box: tuple[float, float, float, float]):
    out = io.BytesIO()
    c = Canvas(out, pagesize=PAGE)
    drawn = draw_artwork(c, doc, *box)
    c.showPage()
    c.save()
    return out.getvalue(), drawn


def _in_pixels(rect, dpi: int) -> tuple[int, int, int, int]:
    """A drawn rect (PDF points, y up) as pixel edges (x0, y0, x1, y1) on the render."""
    x, y, w, h = rect
    k = dpi / 72
    top = PAGE[1] - (y + h)
    return round(x * k), round(top * k), round((x + w) * k) - 1, round((top + h) * k) - 1


def _assert_whole(ink: dict[str, int], dpi: int) -> None:
    full = FRAME_PT * dpi / 72 * (EDGE_DARKNESS - 7)  # a whole line's ink over the paper
    for side, value in ink.items():
        assert value >= 0.6 * full, f"{side} side at {dpi} dpi: {value} of about {full:.0f}"
    assert max(ink.values()) <= 1.6 * min(ink.values()), f"sides differ at {dpi} dpi: {ink}"


@pytest.mark.parametrize("dpi", [200, 300])
@pytest.mark.parametrize("size", [(1600, 1200), (1200, 1600), (1000, 1000)])
def test_every_side_of_the_frame_is_drawn_whole(size, dpi) -> None:
    doc = ContainerDocument(canvas_size=size)
    pdf, drawn = _artwork_pdf(doc, (60.3, 200.7, 470.1, 400.2))
    _assert_whole(_side_ink(_darkness(pdf, dpi), _in_pixels(drawn, dpi)), dpi)


def test_a_stroke_across_the_edge_leaves_the_frame_whole() -> None:
    doc = add(
        ContainerDocument(),
        stroke("marker", "#d98e73", 80, [(1400, 600, 1.0), (1700, 600, 1.0)]),
        stroke("brush", "#6f9fb0", 90, [(800, 1100, 0.8), (800, 1300, 0.8)]),
    )
    pdf, drawn = _artwork_pdf(doc, (60, 200, 470, 400))
    dark = _darkness(pdf, 200)
    _x0, _y0, x1, y1 = _in_pixels(drawn, 200)
    y_stroke = round((PAGE[1] - drawn[1] - drawn[3] + 600 * drawn[3] / 1200) * 200 / 72)
    x_brush = round((drawn[0] + 800 * drawn[2] / 1600) * 200 / 72)
    # Where the strokes run off the page the frame is still there, in its own colour.
    edge = dark[y_stroke, x1 : x1 + 4]
    assert np.abs(edge - EDGE_DARKNESS).min() <= 12, edge.tolist()
    assert np.abs(dark[y1 : y1 + 4, x_brush] - EDGE_DARKNESS).min() <= 12
    assert dark[y_stroke, x1 + 6] == 0 and dark[y1 + 6, x_brush] == 0  # the strokes end there


@pytest.mark.parametrize("dpi", [34, 96, 200])
def test_the_session_pdf_shows_all_four_sides(tmp_path, dpi) -> None:
    content = SessionExportContent(
        title="T", date=dt.date(2026, 12, 2), reflections=[], checkins=[], kept_where="", slips=[]
    )
    target = tmp_path / "session.pdf"
    export_session_pdf(target, ContainerDocument(), content)
    dark = _darkness(target.read_bytes(), dpi)
    below_title = round(dark.shape[0] * 0.12)
    ys, xs = np.nonzero(dark[below_title:] > 3)  # the paper and its frame
    box = (xs.min(), ys.min() + below_title, xs.max(), ys.max() + below_title)
    ink = _side_ink(dark, box)
    assert min(ink.values()) > 0, ink
    if dpi >= 96:  # at the preview's size a line is one soft pixel whatever its width
        _assert_whole(ink, dpi)
