"""How each brush puts a stroke on a QPainter.

One function paints a stroke the same way for the live preview, the cached raster,
thumbnails and PNG export, so what the user saw is what is kept.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QRadialGradient

from containerstudio.model import brush
from containerstudio.model.elements import Stroke


def width_at(stroke: Stroke, pressure: float) -> float:
    """Diameter of the stroke at a given pressure (0..1); see model/brush.py."""
    return brush.width_at(stroke.tool, stroke.width, pressure)


def stroke_rect(stroke: Stroke) -> QRectF:
    x0, y0, x1, y1 = stroke.bounds()
    return QRectF(x0, y0, x1 - x0, y1 - y0)


def paint_segments(painter: QPainter, stroke: Stroke, start: int = 0) -> QRectF:
    """Paint the stroke's segments from point `start` on, opaque; return the dirty rect.

    Opacity is applied by the caller when compositing the finished stroke, so
    overlapping segments never darken each other.
    """
    pts = stroke.points
    if not pts:
        return QRectF()
    color = QColor(stroke.color)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if stroke.tool == "eraser":
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        color = QColor(0, 0, 0, 255)
    dirty = QRectF()
    if start == 0:
        x, y, p = pts[0]
        w = width_at(stroke, p)
        _dab(painter, stroke, color, x, y, w)
        dirty = QRectF(x - w, y - w, 2 * w, 2 * w)
    first = max(start - 1, 0)
    if len(pts) - 1 > first:
        if stroke.tool == "brush":
            for i in range(first, len(pts) - 1):
                (x0, y0, p0), (x1, y1, p1) = pts[i], pts[i + 1]
                _soft_segment(painter, color, x0, y0, x1, y1, width_at(stroke, (p0 + p1) / 2))
        else:
            _pen_segments(painter, stroke, color, first)
        dirty = dirty.united(_segments_rect(stroke, first))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    return dirty


def _pen_segments(painter: QPainter, stroke: Stroke, color: QColor, first: int) -> None:
    """Round-capped line segments; one pen is reused while the width stays the same
    (a mouse stroke has one width throughout), which keeps long strokes cheap."""
    pts = stroke.points
    pen = QPen(color, 1.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    current = -1.0
    draw = painter.drawLine
    for i in range(first, len(pts) - 1):
        (x0, y0, p0), (x1, y1, p1) = pts[i], pts[i + 1]
        w = width_at(stroke, (p0 + p1) / 2)
        if w != current:
            pen.setWidthF(w)
            painter.setPen(pen)
            current = w
        draw(QPointF(x0, y0), QPointF(x1, y1))


def _segments_rect(stroke: Stroke, first: int) -> QRectF:
    """Canvas rect covering the segments from point `first` on, with the widest pen."""
    pts = stroke.points[first:]
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    pad = max(width_at(stroke, p[2]) for p in pts) / 2 + 2
    return QRectF(
        min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad
    )


def _dab(painter: QPainter, stroke: Stroke, color: QColor, x: float, y: float, w: float) -> None:
    if stroke.tool == "brush":
        _soft_dab(painter, color, x, y, w)
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QPointF(x, y), w / 2, w / 2)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _soft_dab(painter: QPainter, color: QColor, x: float, y: float, w: float) -> None:
    r = w / 2
    grad = QRadialGradient(QPointF(x, y), r)
    inner = QColor(color)
    inner.setAlphaF(brush.SOFT_CORE_ALPHA)
    edge = QColor(color)
    edge.setAlpha(0)
    grad.setColorAt(0.0, inner)
    grad.setColorAt(brush.SOFT_CORE_FRACTION, inner)
    grad.setColorAt(1.0, edge)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(grad)
    painter.drawEllipse(QPointF(x, y), r, r)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _soft_segment(
    painter: QPainter, color: QColor, x0: float, y0: float, x1: float, y1: float, w: float
) -> None:
    """Soft brush: overlapping radial dabs spaced a quarter of the width apart."""
    dist = math.hypot(x1 - x0, y1 - y0)
    step = brush.soft_step(w)
    n = max(1, int(dist / step))
    for k in range(1, n + 1):
        t = k / n
        _soft_dab(painter, color, x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, w)


def paint_stroke(painter: QPainter, stroke: Stroke, scratch: QImage | None = None) -> QRectF:
    """Paint a whole finished stroke with its opacity; return the painted rect.

    Translucent strokes are drawn opaque into a scratch image first and composited
    once, exactly as the live preview shows them.
    """
    if stroke.opacity >= 0.999 or stroke.tool == "eraser":
        return paint_segments(painter, stroke)
    rect = stroke_rect(stroke).toAlignedRect().adjusted(-2, -2, 2, 2)
    if rect.isEmpty():
        return QRectF()
    layer = QImage(rect.size(), QImage.Format.Format_ARGB32_Premultiplied)
    layer.fill(0)
    lp = QPainter(layer)
    lp.translate(-rect.x(), -rect.y())
    paint_segments(lp, stroke)
    lp.end()
    painter.save()
    painter.setOpacity(stroke.opacity)
    painter.drawImage(rect.topLeft(), layer)
    painter.restore()
    return QRectF(rect)


def clipped(rect: QRectF, bounds: QRect) -> QRect:
    """The integer rect covering `rect`, clipped to `bounds`."""
    return rect.toAlignedRect().adjusted(-1, -1, 1, 1).intersected(bounds)
