"""The canvas shows every registered element kind (strokes through their runs)."""

from __future__ import annotations

from containerstudio.model.elements import element_types
from containerstudio.ui.canvas import items  # noqa: F401  (registers the item builders)
from containerstudio.ui.canvas.scene import ELEMENT_ITEM_BUILDERS


def test_every_kind_but_the_stroke_has_a_canvas_item():
    assert set(ELEMENT_ITEM_BUILDERS) == set(element_types()) - {"stroke"}
