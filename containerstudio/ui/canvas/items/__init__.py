"""QGraphicsItems for every non-stroke element kind, registered with the scene.

Importing this package teaches `CanvasScene` to show photos, stickers and templates,
text, shapes and fills; the open-container wiring and render tests import it.
"""

from __future__ import annotations

from typing import TypeVar

from containerstudio.model.elements import Element
from containerstudio.model.placed import ImageElement, StickerElement, TextElement
from containerstudio.model.shapes import FillElement, ShapeElement
from containerstudio.ui.canvas.items.fill_item import FillItem
from containerstudio.ui.canvas.items.image_item import ImageItem
from containerstudio.ui.canvas.items.shape_item import ShapeItem
from containerstudio.ui.canvas.items.sticker_item import StickerItem
from containerstudio.ui.canvas.items.text_item import TextItem
from containerstudio.ui.canvas.scene import register_item_builder

E = TypeVar("E", bound=Element)


def _as(cls: type[E], el: Element) -> E:
    """The element as the class its kind names (builders are looked up by kind)."""
    assert isinstance(el, cls)
    return el


def register_builders() -> None:
    """Register one builder per element kind (idempotent)."""
    register_item_builder("image", lambda el, scene: ImageItem(_as(ImageElement, el), scene.doc))
    register_item_builder("sticker", lambda el, scene: StickerItem(_as(StickerElement, el)))
    register_item_builder("text", lambda el, scene: TextItem(_as(TextElement, el)))
    register_item_builder("shape", lambda el, scene: ShapeItem(_as(ShapeElement, el)))
    register_item_builder("fill", lambda el, scene: FillItem(_as(FillElement, el), scene.doc))


register_builders()

__all__ = ["FillItem", "ImageItem", "ShapeItem", "StickerItem", "TextItem", "register_builders"]
