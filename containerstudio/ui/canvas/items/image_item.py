"""A photo on the canvas: cropped, optionally cut out along a lasso, flipped by placement."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from containerstudio.model.document import ContainerDocument
from containerstudio.model.placed import ImageElement
from containerstudio.ui.canvas.items.placed_item import PlacedItem


def cutout_path(element: ImageElement, rect: QRectF) -> QPainterPath | None:
    """The lasso polygon in item coordinates, or None when the whole photo shows."""
    if len(element.cutout) < 3:
        return None
    poly = QPolygonF(
        [
            QPointF(rect.left() + fx * rect.width(), rect.top() + fy * rect.height())
            for fx, fy in element.cutout
        ]
    )
    path = QPainterPath()
    path.addPolygon(poly)
    path.closeSubpath()
    return path


class ImageItem(PlacedItem):
    """Decodes its asset once; crop and cut-out are applied when painting."""

    element: ImageElement  # always an element of this kind (see items/__init__.py)

    def __init__(self, element: ImageElement, doc: ContainerDocument) -> None:
        self._doc = doc
        self._image = self._decode(element)
        super().__init__(element)

    def _decode(self, element: ImageElement) -> QImage:
        if not element.asset or not self._doc.has_asset(element.asset):
            return QImage()
        return QImage.fromData(self._doc.asset(element.asset))

    # Narrower than PlacedItem's hook: an item only follows copies of its own element.
    def content_changed(self, old: ImageElement, new: ImageElement) -> None:  # type: ignore[override]
        if old.asset != new.asset:
            self._image = self._decode(new)

    def source_rect(self) -> QRectF:
        x0, y0, x1, y1 = self.element.crop
        w, h = self._image.width(), self._image.height()
        return QRectF(x0 * w, y0 * h, (x1 - x0) * w, (y1 - y0) * h)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._image.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        path = cutout_path(self.element, self.rect)
        if path is not None:
            painter.setClipPath(path)
        painter.drawImage(self.rect, self._image, self.source_rect())
