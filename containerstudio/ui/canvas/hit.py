"""Finding the element under the pointer, and the current view zoom, for tools."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem

from containerstudio.model.elements import Element, element_from_dict
from containerstudio.ui.canvas.scene import CanvasScene


def element_item_at(
    scene: CanvasScene, pos: QPointF, kinds: tuple[type[Element], ...]
) -> QGraphicsItem | None:
    """The topmost visible item whose element is one of `kinds` and that contains `pos`."""
    for item in scene.items(pos):
        element_id = getattr(item, "element_id", None)
        if element_id is None or not item.isVisible() or element_id not in scene.doc:
            continue
        if isinstance(scene.doc.get(element_id), kinds):
            return item
    return None


def view_zoom(scene: CanvasScene) -> float:
    """Zoom of the first view showing the scene (1.0 when none), to size handles."""
    views = scene.views()
    return views[0].transform().m11() if views else 1.0


def refresh_overlay(scene: CanvasScene) -> None:
    """Ask views to repaint their foreground, where tools draw previews and handles."""
    for view in scene.views():
        view.viewport().update()


E = TypeVar("E", bound=Element)


def normalized(element: E) -> E:
    """The element as it will read back after saving (floats rounded as serialized),
    so what the user sees now is exactly what reopening shows."""
    back = element_from_dict(element.to_dict())
    assert isinstance(back, type(element))  # its kind names its class
    return back
