"""QGraphicsItems for every non-stroke element kind, registered with the scene.

Importing this package teaches `CanvasScene` to show photos, stickers and templates,
text, shapes and fills; the open-container wiring and render tests import it.
"""

from __future__ import annotations

from containerstudio.ui.canvas.items.fill_item import FillItem
from containerstudio.ui.canvas.items.image_item import ImageItem
from containerstudio.ui.canvas.items.shape_item import ShapeItem
from containerstudio.ui.canvas.items.sticker_item import StickerItem
from containerstudio.ui.canvas.items.text_item import TextItem
from containerstudio.ui.canvas.scene import register_item_builder


def register_builders() -> None:
    """Register one builder per element kind (idempotent)."""
    register_item_builder("image", lambda el, scene: ImageItem(el, scene.doc))
    register_item_builder("sticker", lambda el, scene: StickerItem(el))
    register_item_builder("text", lambda el, scene: TextItem(el))
    register_item_builder("shape", lambda el, scene: ShapeItem(el))
    register_item_builder("fill", lambda el, scene: FillItem(el, scene.doc))


register_builders()

__all__ = ["FillItem", "ImageItem", "ShapeItem", "StickerItem", "TextItem", "register_builders"]
