"""A photo on the canvas: cropped, optionally cut out along a lasso, flipped by placement."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsScene, QStyleOptionGraphicsItem, QWidget
from shiboken6 import isValid

from containerstudio.model.document import ContainerDocument
from containerstudio.model.placed import ImageElement
from containerstudio.ui.canvas.items.photo_decode import decode_photo, photo_decoder
from containerstudio.ui.canvas.items.placed_item import PlacedItem

PLACEHOLDER = QColor(0, 0, 0, 18)  # a faint shape where the photo is about to appear


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
    """Decodes its asset once, off the UI thread; crop and cut-out apply when painting.

    Until the pixels arrive the canvas shows a faint placeholder in the photo's place
    (the rest of the drawing, and the pen, do not wait). A render to an image
    (export, thumbnails: `settle_photos`) decodes a photo still on its way at once.
    """

    element: ImageElement  # always an element of this kind (see items/__init__.py)

    def __init__(self, element: ImageElement, doc: ContainerDocument) -> None:
        self._doc = doc
        self._image = QImage()
        self._pending: bytes | None = None  # the asset's bytes while they decode
        super().__init__(element)
        self._decode(element)

    @property
    def pending(self) -> bool:
        """True while the photo's pixels are still on their way."""
        return self._pending is not None

    def _decode(self, element: ImageElement) -> None:
        self._image = QImage()
        self._pending = None
        if not element.asset or not self._doc.has_asset(element.asset):
            return
        data = self._pending = self._doc.asset(element.asset)
        photo_decoder().decode(data, lambda image: self._arrived(data, image))

    def _arrived(self, data: bytes, image: QImage) -> None:
        if not isValid(self) or self._pending is not data:  # gone, or another photo now
            return
        self._pending = None
        self._image = image
        self.update()

    def settle(self) -> None:
        """The pixels are needed now: decode them on this thread if still on their way."""
        if self._pending is not None:
            self._image = decode_photo(self._pending)
            self._pending = None
            self.update()

    # Narrower than PlacedItem's hook: an item only follows copies of its own element.
    def content_changed(self, old: ImageElement, new: ImageElement) -> None:  # type: ignore[override]
        if old.asset != new.asset:
            self._decode(new)

    def source_rect(self) -> QRectF:
        x0, y0, x1, y1 = self.element.crop
        w, h = self._image.width(), self._image.height()
        return QRectF(x0 * w, y0 * h, (x1 - x0) * w, (y1 - y0) * h)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._pending is not None:  # a placeholder; the pixels follow
            painter.fillRect(self.rect, PLACEHOLDER)
            return
        if self._image.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        path = cutout_path(self.element, self.rect)
        if path is not None:
            painter.setClipPath(path)
        painter.drawImage(self.rect, self._image, self.source_rect())


def settle_photos(scene: QGraphicsScene) -> None:
    """Before rendering `scene` to an image: every photo's own pixels, none on its way."""
    for item in scene.items():
        if isinstance(item, ImageItem):
            item.settle()
