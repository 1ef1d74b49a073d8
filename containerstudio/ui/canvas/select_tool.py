"""Select, move, scale and rotate photos, stickers, templates and text.

Press on an item selects it; dragging it moves it, dragging a corner handle scales
it, dragging the round handle above it turns it. During the drag each change is a
ReplaceElement with the gesture's merge key, and the gesture ends with
`break_merge()`, so the whole drag is one undo step.
"""

from __future__ import annotations

import dataclasses
import itertools
import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF

from containerstudio.model.commands import ReplaceElement
from containerstudio.model.placed import PlacedElement
from containerstudio.model.undo import UndoStack
from containerstudio.ui.canvas.hit import element_item_at, normalized, refresh_overlay, view_zoom
from containerstudio.ui.canvas.scene import CanvasScene
from containerstudio.ui.canvas.tool_settings import ToolSettings
from containerstudio.ui.canvas.tools import CanvasTool
from containerstudio.ui.kit.theme import color

HANDLE_PX = 12.0  # handle size on screen, whatever the zoom
ROTATE_OFFSET_PX = 32.0
MIN_SCALE, MAX_SCALE = 0.02, 40.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tools", text)


class SelectTool(CanvasTool):
    """Keeps the selected element id; draws handles in the view's foreground."""

    def __init__(self, scene: CanvasScene, stack: UndoStack, settings: ToolSettings) -> None:
        super().__init__(scene, stack, settings)
        self.selected_id: str | None = None
        self._mode: str | None = None  # "move", "scale", "rotate"
        self._start = QPointF()
        self._start_element: PlacedElement | None = None
        self._gesture_key: tuple[str, int] | None = None
        self._gestures = itertools.count()
        self._changed = False

    # -- selection -------------------------------------------------------------------
    def selected(self) -> PlacedElement | None:
        if self.selected_id is None or self.selected_id not in self.scene.doc:
            return None
        element = self.scene.doc.get(self.selected_id)
        return element if isinstance(element, PlacedElement) else None

    def select(self, element_id: str | None) -> None:
        changed = element_id != self.selected_id
        self.selected_id = element_id
        refresh_overlay(self.scene)
        if changed:
            self.scene.selection_changed.emit()

    def outline(self) -> QPolygonF | None:
        """The selected element's rectangle in canvas coordinates."""
        element = self.selected()
        item = self.scene.item_for(element.id) if element else None
        if item is None or not item.isVisible():
            return None
        return item.mapToScene(QRectF(item.boundingRect()))

    def handles(self) -> dict[str, QPointF]:
        poly = self.outline()
        if poly is None:
            return {}
        corners = [poly.at(i) for i in range(4)]
        top_mid = (corners[0] + corners[1]) / 2
        centre = (corners[0] + corners[2]) / 2
        away = top_mid - centre
        length = math.hypot(away.x(), away.y()) or 1.0
        offset = ROTATE_OFFSET_PX / view_zoom(self.scene)
        rotate = top_mid + away * (offset / length)
        handles = {f"scale{i}": c for i, c in enumerate(corners)}
        handles["rotate"] = rotate
        return handles

    def _handle_at(self, pos: QPointF) -> str | None:
        reach = HANDLE_PX / view_zoom(self.scene)
        for name, point in self.handles().items():
            if abs(point.x() - pos.x()) <= reach and abs(point.y() - pos.y()) <= reach:
                return name
        return None

    # -- gestures -----------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self._mode is not None

    def press(self, pos: QPointF, pressure: float) -> None:
        handle = self._handle_at(pos) if self.selected() else None
        if handle is None:
            item = element_item_at(self.scene, pos, (PlacedElement,))
            self.select(item.element_id if item is not None else None)  # type: ignore[attr-defined]
            if item is None:
                return
            handle = "move"
        self._mode = "rotate" if handle == "rotate" else "move" if handle == "move" else "scale"
        self._start = pos
        self._start_element = self.selected()
        self._gesture_key = ("select", next(self._gestures))
        self._changed = False

    def move(self, pos: QPointF, pressure: float) -> None:
        start = self._start_element
        if self._mode is None or start is None:
            return
        centre = QPointF(start.x, start.y)
        if self._mode == "move":
            delta = pos - self._start
            new = dataclasses.replace(
                start, x=round(start.x + delta.x(), 2), y=round(start.y + delta.y(), 2)
            )
            name = _tr("Move")
        elif self._mode == "scale":
            d0 = math.hypot(*_xy(self._start - centre)) or 1.0
            d1 = math.hypot(*_xy(pos - centre))
            scale = max(MIN_SCALE, min(MAX_SCALE, start.scale * d1 / d0))
            new = dataclasses.replace(start, scale=round(scale, 4))
            name = _tr("Resize")
        else:
            a0 = math.degrees(math.atan2(*reversed(_xy(self._start - centre))))
            a1 = math.degrees(math.atan2(*reversed(_xy(pos - centre))))
            new = dataclasses.replace(start, rotation=round((start.rotation + a1 - a0) % 360, 2))
            name = _tr("Turn")
        self.stack.push(ReplaceElement(normalized(new), name=name, merge_key=self._gesture_key))
        self._changed = True
        refresh_overlay(self.scene)

    def release(self, pos: QPointF, pressure: float) -> None:
        if self._mode is None:
            return
        if pos != self._start:
            self.move(pos, pressure)
        self._end()

    def _end(self) -> None:
        if self._changed:
            self.stack.break_merge()
        self._mode = None
        self._start_element = None
        self._changed = False
        refresh_overlay(self.scene)

    def cancel(self) -> None:
        if self._mode is not None and self._changed:
            self.stack.break_merge()
            self.stack.undo()  # the gesture so far is one step; take it back
        self._mode = None
        self._changed = False
        refresh_overlay(self.scene)

    # -- overlay ----------------------------------------------------------------------
    def paint_overlay(self, painter: QPainter, zoom: float) -> None:
        poly = self.outline()
        if poly is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        mark = color("paper_mark")
        pen = QPen(mark, 1.5 / zoom, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(poly)
        handles = self.handles()
        top_mid = (poly.at(0) + poly.at(1)) / 2
        painter.setPen(QPen(mark, 1.5 / zoom))
        painter.drawLine(top_mid, handles["rotate"])
        size = HANDLE_PX / zoom
        painter.setBrush(color("paper_handle"))
        for name, point in handles.items():
            rect = QRectF(point.x() - size / 2, point.y() - size / 2, size, size)
            if name == "rotate":
                painter.drawEllipse(rect)
            else:
                painter.drawRect(rect)


def _xy(p: QPointF) -> tuple[float, float]:
    return (p.x(), p.y())
