"""The stroke being drawn is painted into an image whose memory is handed over zeroed by
the system page by page (nothing is filled at the first press): it starts transparent,
shows what is painted, and is cleared after the stroke."""

from __future__ import annotations

from PySide6.QtCore import QRect

from containerstudio.model.elements import PointList, Stroke
from containerstudio.ui.canvas.live_stroke import LiveStrokeItem

CANVAS = QRect(0, 0, 1200, 900)


def _piece() -> Stroke:
    return Stroke(
        id="live",
        part="outside",
        tool="pencil",
        color="#203040",
        width=12.0,
        opacity=1.0,
        points=PointList(((100.0, 100.0, 1.0), (400.0, 100.0, 1.0))),
    )


def test_the_live_image_starts_clear_shows_the_stroke_and_clears(qapp) -> None:
    item = LiveStrokeItem(CANVAS)
    item.paint_piece(_piece(), 0)
    image = item._image
    assert image.size() == CANVAS.size()
    assert image.pixelColor(250, 100).alpha() == 255, "the stroke is painted"
    assert image.pixelColor(250, 600).alpha() == 0, "elsewhere it is transparent"
    assert image.pixelColor(1199, 899).alpha() == 0
    offset = (100 * CANVAS.width() + 250) * 4
    assert item._pixels is not None and bytes(item._pixels[offset : offset + 4]) != bytes(4), (
        "painting lands in the item's own zeroed memory (no copy of the whole canvas)"
    )
    item.clear()
    assert image.pixelColor(250, 100).alpha() == 0, "cleared after the stroke"


def test_zoomed_out_copies_of_the_live_image_start_zeroed_and_match_halving(qapp) -> None:
    """Zoomed out, the line being drawn is shown from halved copies of the live image.
    They start as zeroed memory and are brought up to date over what was painted (not
    halved from the whole canvas-sized image at the first press), and they hold what
    halving the image afresh gives."""
    from containerstudio.ui.canvas.mip_levels import MipLevels

    item = LiveStrokeItem(CANVAS)
    item.paint_piece(_piece(), 0)
    mips = item._mips
    mips.level(item._image, 3)  # a view at 1/8 asks for the third level first
    assert len(mips._memory) == 3, "the levels live in zeroed memory of their own"
    levels = [mips.level(item._image, k).copy() for k in (1, 2, 3)]
    fresh = MipLevels()
    for k, level in zip((1, 2, 3), levels, strict=True):
        assert level == fresh.level(item._image, k), f"level {k} differs"
    assert levels[0].pixelColor(125, 50).alpha() > 0, "the stroke shows at half size"
    item.clear()
    assert mips.level(item._image, 1).pixelColor(125, 50).alpha() == 0
