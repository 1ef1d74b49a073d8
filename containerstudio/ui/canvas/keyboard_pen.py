"""Drawing from the keyboard: a pen cursor the arrow keys move over the page.

Arrow keys move the cursor (Shift: five times as far); Space or Enter puts the pen
down, and again lifts it. While it is down the arrows draw with whichever tool is
chosen, exactly as a mouse drag would: a stroke follows the cursor, a rectangle spans
from where the pen went down to where it lifts, a fill pours where it is pressed, the
move tool carries what it went down on. Escape lifts the pen without keeping the
gesture. A tool still makes one command per gesture; this only stands in for the mouse.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsView

from containerstudio.ui.canvas.tools import MOUSE_PRESSURE, CanvasTool
from containerstudio.ui.kit.theme import color

STEP = 10.0
"""How far one arrow key moves the pen, in canvas units."""
BIG_STEP = 50.0
"""With Shift."""
CURSOR_RADIUS = 9.0
"""The drawn cursor's size on screen, in pixels."""

_MOVES = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


class KeyboardPen:
    """The pen cursor of one canvas view, and the gesture it is making with the view's
    tool (`tool()` asks which it is now)."""

    def __init__(self, view: QGraphicsView, tool: Callable[[], CanvasTool | None]) -> None:
        self.view = view
        self.tool = tool
        self.pos: QPointF | None = None
        self.down = False

    def key_pressed(self, event: QKeyEvent) -> bool:
        """Handle an arrow, Enter or Escape; False for any other key."""
        key = Qt.Key(event.key())
        if key in _MOVES:
            step = BIG_STEP if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else STEP
            dx, dy = _MOVES[key]
            self.move_by(dx * step, dy * step)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.toggle()
            return True
        if key == Qt.Key.Key_Escape and self.down:
            self.cancel()
            return True
        return False

    def start_position(self) -> QPointF:
        """Where the cursor first shows: the middle of what the view shows of the page."""
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        return self._on_page(QPointF(centre))

    def _on_page(self, pos: QPointF) -> QPointF:
        scene = self.view.scene()
        rect = QRectF(getattr(scene, "canvas_rect", scene.sceneRect()))
        x = min(max(pos.x(), rect.left()), rect.right())
        y = min(max(pos.y(), rect.top()), rect.bottom())
        return QPointF(x, y)

    def move_by(self, dx: float, dy: float) -> None:
        """Move the cursor (kept on the page); while the pen is down, the tool follows."""
        before = self.pos if self.pos is not None else self.start_position()
        self.pos = self._on_page(before + QPointF(dx, dy))
        tool = self.tool()
        if self.down and tool is not None and tool.active:
            tool.move(self.pos, _pressure())
        self._repaint(before)
        self.view.ensureVisible(QRectF(self.pos, self.pos).adjusted(-40, -40, 40, 40))

    def toggle(self) -> None:
        """Put the pen down where the cursor is, or lift it (the gesture is kept)."""
        if self.pos is None:
            self.pos = self.start_position()
        tool = self.tool()
        if tool is None:
            return
        if not self.down:
            settle = getattr(self.view.scene(), "settle", None)
            if settle is not None:
                settle()
            self.down = True
            tool.press(self.pos, _pressure())
        else:
            self.down = False
            if tool.active:
                tool.release(self.pos, _pressure())
        self._repaint(self.pos)

    def cancel(self) -> None:
        """Lift the pen and drop the gesture (Escape)."""
        self.down = False
        tool = self.tool()
        if tool is not None and tool.active:
            tool.cancel()
        if self.pos is not None:
            self._repaint(self.pos)

    def lifted(self) -> None:
        """The tool changed or the view lost its gesture: the pen is up."""
        self.down = False

    def paint(self, painter: QPainter, zoom: float) -> None:
        """The cursor: a ring (filled while the pen is down), only while keys drive it."""
        if self.pos is None or not self.view.hasFocus():
            return
        r = CURSOR_RADIUS / max(zoom, 1e-6)
        pen = QPen(color("focus_ring"), 2 / max(zoom, 1e-6))
        painter.setPen(pen)
        painter.setBrush(color("focus_ring") if self.down else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(self.pos, r, r)

    def _repaint(self, before: QPointF) -> None:
        zoom = max(self.view.transform().m11(), 1e-6)
        pad = (CURSOR_RADIUS + 4) / zoom
        for point in (before, self.pos):
            if point is not None:
                area = QRectF(point.x() - pad, point.y() - pad, 2 * pad, 2 * pad)
                self.view.viewport().update(self.view.mapFromScene(area).boundingRect())


def _pressure() -> float:
    return MOUSE_PRESSURE
