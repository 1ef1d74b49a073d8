"""A bucket fill: its mask asset coloured with the fill colour."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from containerstudio.model.document import ContainerDocument
from containerstudio.model.shapes import FillElement


def coloured_mask(mask_png: bytes, color: str) -> QImage:
    """The colour, with the mask (255 = filled) as its alpha channel."""
    mask = QImage.fromData(mask_png).convertToFormat(QImage.Format.Format_Grayscale8)
    image = QImage(mask.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor(color))
    image.setAlphaChannel(mask)
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


class FillItem(QGraphicsItem):
    """Paints a FillElement at its place; the coloured mask is built once per change."""

    def __init__(self, element: FillElement, doc: ContainerDocument) -> None:
        super().__init__()
        self._doc = doc
        self.element_id = element.id
        self.element = element
        self._image = self._build(element)
        self.setOpacity(element.opacity)

    def _build(self, element: FillElement) -> QImage:
        if not self._doc.has_asset(element.mask):
            return QImage()
        return coloured_mask(self._doc.asset(element.mask), element.color)

    def boundingRect(self) -> QRectF:
        el = self.element
        return QRectF(el.x, el.y, el.width, el.height)

    def update_from(self, element: FillElement) -> None:
        self.prepareGeometryChange()
        old, self.element = self.element, element
        if (old.mask, old.color) != (element.mask, element.color):
            self._image = self._build(element)
        self.setOpacity(element.opacity)
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self._image.isNull():
            painter.drawImage(QPointF(self.element.x, self.element.y), self._image)
