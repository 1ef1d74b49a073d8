"""Stickers chosen one after another arrive at the centre of the view, each stepped down
and to the right of the last, never exactly on top of one another."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from containerstudio.model.placed import StickerElement
from containerstudio.model.placement import CASCADE_STEP


def test_three_stickers_in_a_row_cascade_from_the_visible_centre(open_window, qtbot) -> None:
    window = open_window()
    dock = window.studio.artwork
    dock.fill()
    stickers = dock.stickers
    qtbot.waitUntil(lambda: stickers.count() > 0, timeout=10000)
    for _ in range(3):
        stickers.itemClicked.emit(stickers.item(0))
        QApplication.processEvents()
    placed = [e for e in window.current.doc.elements() if isinstance(e, StickerElement)]
    assert len(placed) == 3
    spots = [(e.x, e.y) for e in placed]
    assert len(set(spots)) == 3, f"stickers on top of each other: {spots}"
    (x0, y0), (x1, y1) = spots[0], spots[1]
    assert (x1 - x0, y1 - y0) == (CASCADE_STEP, CASCADE_STEP)
    canvas = window.canvas
    centre = canvas.mapToScene(canvas.viewport().rect().center())
    assert abs(x0 - centre.x()) < 60 and abs(y0 - centre.y()) < 60, "the first at the centre"
