"""Base item for placed elements (photos, stickers, templates, text).

The element's natural rectangle is centred on the item's origin; position, uniform
scale, rotation and flips become the item's transform, so moving or turning a photo
never re-renders it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsItem

from containerstudio.model.placed import PlacedElement


def placement_transform(element: PlacedElement) -> QTransform:
    """Scale and flip about the centre, then rotate (clockwise degrees)."""
    t = QTransform()
    t.rotate(element.rotation)
    sx = -element.scale if element.flip_h else element.scale
    sy = -element.scale if element.flip_v else element.scale
    t.scale(sx, sy)
    return t


def natural_rect(element: PlacedElement) -> QRectF:
    return QRectF(-element.width / 2, -element.height / 2, element.width, element.height)


class PlacedItem(QGraphicsItem):
    """Shows one PlacedElement; subclasses paint inside `self.rect`."""

    def __init__(self, element: PlacedElement) -> None:
        super().__init__()
        self.element_id = element.id
        self.element = element
        self.rect = natural_rect(element)
        # Photos, stickers and text repaint from a pixmap kept at screen resolution, so
        # a pen stroke passing over them costs a blit, not a new smooth-scaled draw.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._place(element)

    def _place(self, element: PlacedElement) -> None:
        self.setPos(element.x, element.y)
        self.setTransform(placement_transform(element))

    def boundingRect(self) -> QRectF:
        return self.rect

    def update_from(self, element: PlacedElement) -> None:
        """Follow a changed copy of the element (same id)."""
        old = self.element
        self.prepareGeometryChange()
        self.element = element
        self.rect = natural_rect(element)
        self._place(element)
        self.content_changed(old, element)
        self.update()

    def content_changed(self, old: PlacedElement, new: PlacedElement) -> None:
        """Hook: refresh cached content when more than the placement changed."""
