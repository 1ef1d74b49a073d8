"""Acceptance (issue 12, point 3): closing the lid is a moment one can see.

The canvas changes over the lid and the inside (a calm cover when no lid was drawn), a
closed mark and a calm line appear; with Reduce motion no animation runs, without it
the closing animates and ends on the very same still picture. Opening brings it back.
"""

from __future__ import annotations

import numpy as np
from canvas_helpers import pixels
from guide_helpers import button_named, click, current_step_id, kept_where, panel
from helpers import drag, line
from PySide6.QtCore import QAbstractAnimation, QRectF, QTimer
from PySide6.QtGui import QImage
from screen_scan import colour_pixels

from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import Stroke, new_id
from containerstudio.ui.canvas.lid_cover import COVER_FILL
from containerstudio.ui.canvas.scene import CanvasScene
from containerstudio.ui.guide.lid_moment import CLOSING_MS

COLOUR = "#00FF7F"
PLACE = "in the garden shed"
INSIDE = QRectF(400, 500, 800, 200)  # around the inside stroke


def _draw(window, part: str, color: str, points) -> None:
    settings = window.tool_settings
    settings.set_tool("pencil")
    settings.set_part(part)
    settings.set_color(color)
    settings.set_width(60)
    settings.set_opacity(1.0)
    drag(window, points)
    settings.set_part("outside")


def _grab(window) -> QImage:
    return window.canvas.viewport().grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _region(window, image: QImage, rect: QRectF) -> np.ndarray:
    r = window.canvas.mapFromScene(rect).boundingRect()
    return pixels(image)[r.top() : r.bottom(), r.left() : r.right()]


def _running_animations(window) -> list[QAbstractAnimation]:
    return [
        a
        for a in window.findChildren(QAbstractAnimation)
        if a.state() == QAbstractAnimation.State.Running
    ]


def _lid_timers(window) -> list[QTimer]:
    moment = window.guide.controller.lid_moment
    return [t for t in moment.findChildren(QTimer) if t.isActive()]


def test_closing_the_lid_is_seen_still_or_gently(open_window, qtbot):
    window = open_window()
    _draw(window, "outside", "#6b4f3a", line(200, 200, 1400, 200))
    _draw(window, "inside", COLOUR, line(500, 600, 1100, 600))
    safety, controller = window.guide.safety, window.guide.controller
    safety.reduced_motion_action.setChecked(True)
    p = panel(window)
    click(p.start_button)
    while current_step_id(window) != "close-and-keep":
        click(p.next_button)
    kept_where(window, PLACE)
    mark = window.guide.closed_mark
    assert not mark.isVisible()
    open_picture = _grab(window)
    assert colour_pixels(open_picture, COLOUR)

    # Reduce motion: the still picture at once, and no animation or timer of the lid runs.
    click(button_named(window, "Close the lid"))
    assert controller.lid_moment.animation is None
    assert not _running_animations(window) and not _lid_timers(window)
    still = _grab(window)
    assert not np.array_equal(_region(window, open_picture, INSIDE), _region(window, still, INSIDE))
    assert colour_pixels(still, COLOUR) == 0, "the inside is hidden"
    assert colour_pixels(still, COVER_FILL.name()) > 0, "no lid was drawn: a calm cover shows"
    assert mark.isVisible() and mark.accessibleName() == "The lid is closed"
    assert p.lid_note.isVisible()
    qtbot.waitUntil(lambda: not p.lid_note.visibleRegion().isEmpty())  # in view, not below
    assert p.lid_note.text() == f"Your container is closed. It is kept: {PLACE}"
    assert PLACE not in window.windowTitle()

    # Opening brings back the very picture it had.
    controller.open_lid()
    assert not mark.isVisible() and not p.lid_note.isVisible()
    assert np.array_equal(pixels(_grab(window)), pixels(open_picture))

    # With motion: the lid comes down gently and ends on the same still picture.
    safety.reduced_motion_action.setChecked(False)
    click(button_named(window, "Close the lid"))
    animation = controller.lid_moment.animation
    assert animation is not None and animation.state() == QAbstractAnimation.State.Running
    assert 600 <= animation.duration() == CLOSING_MS <= 900
    assert animation in _running_animations(window)
    qtbot.waitUntil(lambda: 0.25 < float(animation.currentValue() or 0) < 0.75, timeout=5000)
    middle = _grab(window)
    assert not np.array_equal(pixels(middle), pixels(still)), "a frame between open and closed"
    qtbot.waitUntil(lambda: not controller.lid_moment.running, timeout=5000)
    assert not _running_animations(window)
    assert np.array_equal(pixels(_grab(window)), pixels(still))
    assert mark.isVisible()


def test_a_drawn_lid_closes_without_the_cover_and_the_inside_stays_hidden(qapp):
    doc = ContainerDocument((800, 600))
    inside = Stroke(id=new_id(), color=COLOUR, points=((100, 300, 1), (700, 300, 1)), part="inside")
    doc.load([inside], {})
    scene = CanvasScene(doc)
    try:
        scene.set_sealed(True)
        assert scene.closed_cover.isVisible(), "no lid yet: the cover stands in for it"
        scene.set_part_visible("inside", True)  # a parts toggle cannot open it
        assert not scene.part_visible("inside")
        lid = Stroke(id=new_id(), color="#8a7a9e", points=((100, 80, 1), (700, 80, 1)), part="lid")
        doc.load([inside, lid], {})
        assert not scene.closed_cover.isVisible(), "the person's own lid shows"
        scene.set_sealed(False)
        assert scene.part_visible("inside") and not scene.closed_cover.isVisible()
    finally:
        scene.detach()


def test_with_nothing_inside_the_cover_rests_on_the_outside_without_hiding_it(qapp):
    doc = ContainerDocument((800, 600))
    outside = Stroke(id=new_id(), color="#6b4f3a", points=((100, 300, 1), (700, 300, 1)))
    doc.load([outside], {})
    scene = CanvasScene(doc)
    try:
        scene.set_sealed(True)
        cover = scene.closed_cover.rect()
        assert scene.closed_cover.isVisible() and not cover.isEmpty()
        x0, y0, x1, y1 = outside.bounds()
        assert not cover.intersects(QRectF(x0, y0, x1 - x0, y1 - y0)), "the outside stays seen"
        assert cover.bottom() <= y0
    finally:
        scene.detach()
