"""Stickers and container templates: shipped SVG artwork, optionally tinted."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from containerstudio.model.placed import StickerElement
from containerstudio.resources import resources_dir
from containerstudio.ui.canvas.items.placed_item import PlacedItem

TINT_RESOLUTION = 2.0  # tinted artwork is cached at twice its shown size


def svg_path(collection: str, name: str):
    return resources_dir() / collection / f"{name}.svg"


def tinted(image: QImage, tint: str) -> QImage:
    """Recolour the artwork's dark lines with `tint`, keeping light fills light."""
    import numpy as np  # only when a sticker is tinted, not at start-up

    img = image.convertToFormat(QImage.Format.Format_ARGB32)
    h, w = img.height(), img.width()
    arr = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    arr = arr.reshape(h, img.bytesPerLine())[:, : w * 4].reshape(h, w, 4).astype(np.float32)
    b, g, r, a = arr[..., 0], arr[..., 1], arr[..., 2], arr[..., 3]
    lum = (0.299 * r + 0.587 * g + 0.114 * b) / 255.0
    c = QColor(tint)
    out = np.empty((h, w, 4), dtype=np.uint8)
    for i, value in enumerate((c.blue(), c.green(), c.red())):
        out[..., i] = np.clip(value * (1 - lum) + arr[..., i] * lum, 0, 255)
    out[..., 3] = a
    result = QImage(out.tobytes(), w, h, w * 4, QImage.Format.Format_ARGB32)
    return result.copy()


class StickerItem(PlacedItem):
    """Paints its SVG as vectors; a tint goes through a cached raster."""

    element: StickerElement  # always an element of this kind (see items/__init__.py)

    def __init__(self, element: StickerElement) -> None:
        self._renderer = QSvgRenderer(str(svg_path(element.collection, element.name)))
        self._tinted: QImage | None = None
        super().__init__(element)

    # Narrower than PlacedItem's hook: an item only follows copies of its own element.
    def content_changed(self, old: StickerElement, new: StickerElement) -> None:  # type: ignore[override]
        if (old.collection, old.name) != (new.collection, new.name):
            self._renderer = QSvgRenderer(str(svg_path(new.collection, new.name)))
        if (old.collection, old.name, old.tint, old.width, old.height, old.scale) != (
            new.collection,
            new.name,
            new.tint,
            new.width,
            new.height,
            new.scale,
        ):
            self._tinted = None

    def _tinted_image(self) -> QImage:
        if self._tinted is None:
            el = self.element
            w = max(1, round(el.width * el.scale * TINT_RESOLUTION))
            h = max(1, round(el.height * el.scale * TINT_RESOLUTION))
            image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            p = QPainter(image)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._renderer.render(p, QRectF(0, 0, w, h))
            p.end()
            self._tinted = tinted(image, el.tint or "#000000")
        return self._tinted

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self._renderer.isValid():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.element.tint:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(self.rect, self._tinted_image())
        else:
            self._renderer.render(painter, self.rect)
