"""The stroke being drawn right now, painted incrementally segment by segment."""

from __future__ import annotations

import mmap

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from containerstudio.model.elements import PointList, Stroke
from containerstudio.ui.canvas.mip_levels import MipLevels, draw_levelled
from containerstudio.ui.canvas.stroke_painter import clipped, paint_segments

MIN_STEP = 0.75  # canvas units; closer input points add nothing visible


class LiveStrokeItem(QGraphicsItem):
    """Shows the in-progress stroke; its image is reused from stroke to stroke.

    The image covers the whole canvas, and is made at the first press. Its pixels live in
    an anonymous memory mapping, which the system hands over zeroed (transparent) page
    by page as strokes touch it: filling a canvas-sized image instead wrote tens of MB
    at once, 10-150 ms of the UI thread at the first pen press. The image never leaves
    this item (painting only reads it), so the mapping lives exactly as long as it.
    """

    def __init__(self, canvas: QRect) -> None:
        super().__init__()
        self._canvas = canvas
        self._image = QImage()  # made on the first stroke: opening stays light
        self._pixels: mmap.mmap | None = None  # the image's memory, once it is made
        self._dirty = QRect()
        self._mips = MipLevels()  # halved copies, for a line that stays whole zoomed out
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(1e9)

    def boundingRect(self) -> QRectF:
        return QRectF(self._canvas)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        exposed = option.exposedRect.toAlignedRect().intersected(self._dirty)
        if not exposed.isEmpty():
            draw_levelled(painter, self._mips, self._image, QPoint(0, 0), exposed)

    def paint_piece(self, piece: Stroke, start: int) -> None:
        """Paint `piece` (the stroke so far, or its tail) from point `start` on."""
        if self._image.isNull():
            w, h = self._canvas.width(), self._canvas.height()
            self._pixels = mmap.mmap(-1, max(1, w * h * 4))
            self._image = QImage(
                memoryview(self._pixels), w, h, w * 4, QImage.Format.Format_ARGB32_Premultiplied
            )
            self._mips.start_blank()  # its halved copies start zeroed too
        p = QPainter(self._image)
        rect = clipped(paint_segments(p, piece, start), self._canvas)
        p.end()
        self._dirty = self._dirty.united(rect)
        self._mips.mark(rect)
        self.update(QRectF(rect))

    def clear(self) -> None:
        if self._dirty.isEmpty() or self._image.isNull():
            return
        p = QPainter(self._image)
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        p.fillRect(self._dirty, 0)
        p.end()
        self._mips.mark(self._dirty)
        self.update(QRectF(self._dirty))
        self._dirty = QRect()


class StrokeBuilder:
    """Collects input points for one stroke, with gentle smoothing."""

    def __init__(self, template: Stroke, smoothing: float) -> None:
        self.template = template
        self.smoothing = smoothing
        self.points: list[tuple[float, float, float]] = []

    def add(self, pos: QPointF, pressure: float) -> bool:
        """Add an input point; False when it was too close to the last one to matter."""
        x, y = pos.x(), pos.y()
        if self.points:
            lx, ly, _ = self.points[-1]
            k = 1.0 - self.smoothing
            x, y = lx + (x - lx) * k, ly + (y - ly) * k
            if abs(x - lx) < MIN_STEP and abs(y - ly) < MIN_STEP:
                return False
        self.points.append((x, y, max(0.0, min(1.0, pressure))))
        return True

    def tail(self) -> Stroke:
        """The last segment as a tiny stroke, for incremental painting."""
        return _with_points(self.template, tuple(self.points[-2:]))

    def stroke(self) -> Stroke:
        return _with_points(self.template, tuple(self.points))


def _with_points(template: Stroke, points: tuple[tuple[float, float, float], ...]) -> Stroke:
    return Stroke(
        id=template.id,
        part=template.part,
        tool=template.tool,
        color=template.color,
        width=template.width,
        opacity=template.opacity,
        points=PointList(points),
    )
