"""A pencil line stays one continuous line at every zoom: zoomed out to 25 %, the cached
run image was sampled (every fourth pixel, bilinear), so a 4 px line looked dashed."""

from __future__ import annotations

import numpy as np
import pytest
from canvas_helpers import pixels
from helpers import drag, line
from PySide6.QtCore import QPointF, QRect, QSize
from PySide6.QtGui import QImage

from containerstudio.ui.canvas.mip_levels import FORMAT, MipLevels


def _ink_along(window, points: list[tuple[float, float]]) -> list[int]:
    """For each screen pixel along the drawn path (its round ends aside), how much ink
    lies across the line there: darkness summed over 7 pixels at right angles to it."""
    view = window.canvas
    grab = pixels(view.viewport().grab().toImage())[:, :, :3].astype(int)
    corner = view.mapFromScene(QPointF(5, 5))
    paper = grab[corner.y(), corner.x()]
    darkness = np.abs(grab - paper).max(axis=2)
    (x0, y0), (x1, y1) = points[0], points[-1]
    a, b = view.mapFromScene(QPointF(x0, y0)), view.mapFromScene(QPointF(x1, y1))
    steep = abs(b.y() - a.y()) > abs(b.x() - a.x())
    length = max(abs(b.x() - a.x()), abs(b.y() - a.y()))
    ink = []
    for i in range(3, length - 3):
        x = round(a.x() + (b.x() - a.x()) * i / length)
        y = round(a.y() + (b.y() - a.y()) * i / length)
        across = darkness[y, x - 3 : x + 4] if steep else darkness[y - 3 : y + 4, x]
        ink.append(int(across.sum()))
    return ink


LINES = ((200, 301, 1300, 301), (200, 300, 1300, 900), (700, 150, 730, 1000))
"""Across, slanting and nearly upright: each falls differently on the samples."""


@pytest.mark.parametrize("width", [4.0, 2.0])
@pytest.mark.parametrize("zoom", [0.25, 0.2])
def test_a_pencil_line_has_no_gaps_when_zoomed_out(open_window, zoom, width) -> None:
    window = open_window()
    window.tool_settings.set_width(width)  # the pencil: the default tool
    drawn = [line(*ends, steps=40) for ends in LINES]
    for points in drawn:
        drag(window, points)
    window.canvas.set_zoom(zoom)
    window.canvas.centerOn(QPointF(750, 600))
    for ends, points in zip(LINES, drawn, strict=True):
        ink = _ink_along(window, points)
        typical = float(np.median(ink))
        assert typical > 30, f"line {ends} is hardly there at {zoom:.0%} (ink {typical})"
        gaps = [i for i, v in enumerate(ink) if v < 0.35 * typical]
        assert not gaps, f"line {ends} has {len(gaps)} gaps at {zoom:.0%}: {gaps[:8]}"


@pytest.mark.parametrize("zoom", [0.25, 0.2])
def test_the_line_being_drawn_has_no_gaps_when_zoomed_out(open_window, zoom) -> None:
    """While the pen is still down, the live stroke is drawn from halved copies too."""
    from helpers import canvas_to_viewport
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = open_window()
    window.tool_settings.set_width(2.0)
    window.canvas.set_zoom(zoom)
    window.canvas.centerOn(QPointF(750, 600))
    viewport = window.canvas.viewport()
    for ends in LINES:
        points = line(*ends, steps=40)
        first = canvas_to_viewport(window, *points[0])
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first)
        for x, y in points[1:]:
            QTest.mouseMove(viewport, canvas_to_viewport(window, x, y))
        ink = _ink_along(window, points)  # the pen is still down: the live stroke
        last = canvas_to_viewport(window, *points[-1])
        QTest.mouseRelease(
            viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, last
        )
        typical = float(np.median(ink))
        assert typical > 30, f"live line {ends} is hardly there at {zoom:.0%} (ink {typical})"
        gaps = [i for i, v in enumerate(ink) if v < 0.35 * typical]
        assert not gaps, f"live line {ends} has {len(gaps)} gaps at {zoom:.0%}: {gaps[:8]}"


def test_zoomed_out_view_follows_a_new_stroke_and_its_undo(open_window) -> None:
    window = open_window()
    drag(window, line(*LINES[1], steps=40))
    window.canvas.set_zoom(0.25)
    window.canvas.centerOn(QPointF(750, 600))
    assert float(np.median(_ink_along(window, line(*LINES[1])))) > 30
    points = line(*LINES[2], steps=40)
    drag(window, points)  # drawn while zoomed out: the halved copies follow it
    assert float(np.median(_ink_along(window, points))) > 30
    window.current.stack.undo()
    assert max(_ink_along(window, points)[:40]) < 10  # gone again, above the crossing
    window.current.stack.redo()
    assert float(np.median(_ink_along(window, points))) > 30


def test_halved_levels_kept_up_to_date_match_levels_made_afresh(qapp) -> None:
    rng = np.random.default_rng(7)
    image = QImage(203, 131, FORMAT)  # odd sides: the last row and column stand alone
    image.fill(0)
    mips = MipLevels()
    before = [mips.level(image, k).copy() for k in (1, 2, 3)]
    assert all(
        b.size() == QSize(-(-203 // 2**k), -(-131 // 2**k))
        for k, b in zip((1, 2, 3), before, strict=True)
    )
    for rect in (QRect(5, 7, 40, 31), QRect(190, 120, 13, 11), QRect(0, 0, 1, 1)):
        block = rng.integers(0, 256, (rect.height(), rect.width()), dtype=np.uint32)
        for y in range(rect.height()):
            for x in range(rect.width()):
                a = int(block[y, x]) & 0xFF
                image.setPixel(rect.x() + x, rect.y() + y, (a << 24) | (a // 2 << 16) | a // 3)
        mips.mark(rect)
    fresh = MipLevels()
    for k in (1, 2, 3):
        assert mips.level(image, k) == fresh.level(image, k), f"level {k} differs"
    assert mips.level(image, 1) != before[0]
