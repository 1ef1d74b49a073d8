"""Acceptance (canvas 5): every container outline and sticker can be placed and renders.

Counts, SVG subset and licences are checked in test_resources.py; here each piece of
artwork goes onto a canvas as the picker places it, is rendered without Qt warnings,
and shows real pixels (plus a tint changes its lines, not its shape).
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from canvas_helpers import pixels
from PySide6.QtCore import QPointF, QSize
from test_resources import captured_qt_messages

from containerstudio.model.commands import ReplaceElement
from containerstudio.model.document import ContainerDocument
from containerstudio.model.undo import UndoStack
from containerstudio.ui.canvas import items  # noqa: F401  (registers item builders)
from containerstudio.ui.canvas.render import render_scene
from containerstudio.ui.canvas.scene import CanvasScene
from containerstudio.ui.studio.artwork import artwork_element, load_artwork, place_artwork

TEMPLATES = load_artwork("templates")
STICKERS = load_artwork("stickers")


def test_the_picker_offers_enough_artwork():
    assert len(TEMPLATES) >= 7 and len(STICKERS) >= 24
    assert {a.name for a in TEMPLATES} >= {
        "box",
        "jar",
        "chest",
        "safe",
        "bottle",
        "envelope",
        "blank",
    }
    assert all(a.label for a in TEMPLATES + STICKERS)


@pytest.mark.parametrize("art", TEMPLATES + STICKERS, ids=lambda a: f"{a.collection}/{a.name}")
def test_each_piece_places_and_renders(qapp, art):
    doc = ContainerDocument()
    stack = UndoStack(doc)
    scene = CanvasScene(doc)
    try:
        element = artwork_element(art, "outside", QPointF(400, 300), QSize(1600, 1200))
        with captured_qt_messages() as messages:
            place_artwork(stack, element)
            image = pixels(render_scene(scene, paper=False))
        assert not messages, messages
        opaque = int((image[..., 3] > 0).sum())
        if art.name == "blank":
            assert len(doc) == 1  # the blank page is placed, and is (nearly) empty
            return
        assert opaque > 500, f"{art.name} shows too little"
        x0, y0, x1, y1 = (int(v) for v in element.bounds())
        ys, xs = np.nonzero(image[..., 3])
        assert (
            xs.min() >= x0 - 2 and xs.max() <= x1 + 2 and ys.min() >= y0 - 2 and ys.max() <= y1 + 2
        )
        stack.push(ReplaceElement(dataclasses.replace(element, tint="#c03030")))
        tinted = pixels(render_scene(scene, paper=False))
        tinted_opaque = int((tinted[..., 3] > 0).sum())
        assert abs(tinted_opaque - opaque) < 0.01 * opaque, "a tint keeps the shape"
        assert not np.array_equal(tinted, image), "a tint changes the colour"
    finally:
        scene.detach()


def test_the_picker_shows_every_icon_once_the_window_is_up(open_window, qtbot):
    """Icons are drawn just after the window is shown (start-up does not wait for them)."""
    window = open_window()
    lists = (window.studio.artwork.templates, window.studio.artwork.stickers)

    def drawn() -> bool:
        return all(not lst.item(i).icon().isNull() for lst in lists for i in range(lst.count()))

    qtbot.waitUntil(drawn, timeout=3000)
    assert [lst.count() for lst in lists] == [len(TEMPLATES), len(STICKERS)]
    icon = window.studio.artwork.templates.item(0).icon().pixmap(QSize(88, 66)).toImage()
    assert any(icon.pixelColor(x, y).alpha() for x in range(88) for y in range(66))
