"""Shapes: line, rectangle and ellipse by dragging corner to corner; freeform polygon by
drawing its outline (release closes it)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from containerstudio.model.commands import AddElement
from containerstudio.model.elements import new_id
from containerstudio.model.shapes import ShapeElement
from containerstudio.model.tools import tool_spec
from containerstudio.model.undo import UndoStack
from containerstudio.ui.canvas.hit import refresh_overlay
from containerstudio.ui.canvas.items.shape_item import shape_path
from containerstudio.ui.canvas.scene import CanvasScene
from containerstudio.ui.canvas.tool_settings import ToolSettings
from containerstudio.ui.canvas.tools import CanvasTool

MIN_POLYGON_STEP = 4.0


def shape_step_name(shape: str) -> str:
    """The undo step a `shape` makes (its registry name, translated)."""
    return QCoreApplication.translate("Tools", tool_spec(shape).step_name or shape)


class ShapeTool(CanvasTool):
    """One shape kind; previews in the view's foreground, adds one element on release."""

    def __init__(
        self, scene: CanvasScene, stack: UndoStack, settings: ToolSettings, shape: str
    ) -> None:
        super().__init__(scene, stack, settings)
        self.shape = shape
        self._points: list[tuple[float, float]] = []

    @property
    def active(self) -> bool:
        return bool(self._points)

    def _element(self) -> ShapeElement:
        st = self.settings.state
        filled = st.shape_fill and self.shape != "line"
        return ShapeElement(
            id=new_id(),
            part=st.part,
            shape=self.shape,
            points=tuple((round(x, 2), round(y, 2)) for x, y in self._points),
            color=st.color,
            width=st.width,
            fill=st.color if filled else None,
            opacity=st.opacity,
        )

    def press(self, pos: QPointF, pressure: float) -> None:
        self._points = [(pos.x(), pos.y())]
        if self.shape != "polygon":
            self._points.append((pos.x(), pos.y()))
        refresh_overlay(self.scene)

    def move(self, pos: QPointF, pressure: float) -> None:
        if not self._points:
            return
        if self.shape == "polygon":
            lx, ly = self._points[-1]
            if math.hypot(pos.x() - lx, pos.y() - ly) >= MIN_POLYGON_STEP:
                self._points.append((pos.x(), pos.y()))
        else:
            self._points[1] = (pos.x(), pos.y())
        refresh_overlay(self.scene)

    def release(self, pos: QPointF, pressure: float) -> None:
        if not self._points:
            return
        self.move(pos, pressure)
        element = self._element()
        self._points = []
        refresh_overlay(self.scene)
        x0, y0, x1, y1 = element.bounds()
        big_enough = max(x1 - x0, y1 - y0) - element.width >= 3
        if (self.shape != "polygon" or len(element.points) >= 3) and big_enough:
            self.stack.push(AddElement(element, name=shape_step_name(self.shape)))

    def cancel(self) -> None:
        self._points = []
        refresh_overlay(self.scene)

    def paint_overlay(self, painter: QPainter, zoom: float) -> None:
        if not self._points:
            return
        element = self._element()
        st = self.settings.state
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(QColor(st.color), st.width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setOpacity(st.opacity)
        painter.setBrush(QColor(element.fill) if element.fill else Qt.BrushStyle.NoBrush)
        painter.drawPath(shape_path(element))
