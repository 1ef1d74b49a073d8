"""Lines, rectangles, ellipses and freeform polygons."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from containerstudio.model.shapes import ShapeElement


def shape_path(element: ShapeElement) -> QPainterPath:
    """The shape's outline in canvas coordinates."""
    path = QPainterPath()
    pts = [QPointF(x, y) for x, y in element.points]
    if len(pts) < 2:
        return path
    if element.shape == "line":
        path.moveTo(pts[0])
        path.lineTo(pts[1])
    elif element.shape == "rect":
        path.addRect(QRectF(pts[0], pts[1]).normalized())
    elif element.shape == "ellipse":
        path.addEllipse(QRectF(pts[0], pts[1]).normalized())
    else:
        path.addPolygon(QPolygonF(pts))
        path.closeSubpath()
    return path


class ShapeItem(QGraphicsItem):
    """Paints one ShapeElement with its pen, optional fill and opacity."""

    def __init__(self, element: ShapeElement) -> None:
        super().__init__()
        self.element_id = element.id
        self.element = element
        self._path = shape_path(element)
        self.setOpacity(element.opacity)

    def boundingRect(self) -> QRectF:
        x0, y0, x1, y1 = self.element.bounds()
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def update_from(self, element: ShapeElement) -> None:
        self.prepareGeometryChange()
        self.element = element
        self._path = shape_path(element)
        self.setOpacity(element.opacity)
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        el = self.element
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if el.width > 0:
            pen = QPen(QColor(el.color), el.width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
        else:
            # Width 0 means no outline (a 0-width QPen would be a 1-pixel hairline).
            painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(el.fill)) if el.fill else Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
