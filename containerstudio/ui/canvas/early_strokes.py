"""The canvas area before the container opens: it takes the pen from the first frame.

The window shows before the library has opened (see ui/shell/startup.py). Until the
container is on the canvas this widget stands in its place: it says the container is
on its way, and keeps every press and drag made on it, drawing each as it comes (in the
chosen colour), so nothing a person draws meanwhile is lost. When the canvas arrives,
`hand_over` gives it the same place and plays each kept stroke through the canvas's
own tool, in order, mapped to where it was drawn on the page: one undo step each, as if
the canvas had been there all along. A stroke still being drawn then goes on there.

Only Qt is imported here: this is part of the first frame, before storage loads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QTabletEvent
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from containerstudio.ui.canvas.view import CanvasView

INK_WIDTH = 3.0  # how the waiting strokes show; the canvas draws them with the real tool


@dataclass
class EarlyStroke:
    """One press-and-drag on the waiting canvas area, in its own coordinates."""

    points: list[QPointF] = field(default_factory=list)
    pressures: list[float | None] = field(default_factory=list)
    """Per point: the pen's pressure, None for a mouse (the canvas's mouse pressure)."""
    finished: bool = False


class EarlyCanvas(QLabel):
    """Says the container is on its way, and keeps what is drawn meanwhile."""

    def __init__(self, text: str, ink: Callable[[], str], parent: QWidget | None = None):
        """`ink()` names the colour the waiting strokes show in (the chosen tool's)."""
        super().__init__(text, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._ink = ink
        self.strokes: list[EarlyStroke] = []
        self._drawing: EarlyStroke | None = None

    # -- keeping what is drawn ---------------------------------------------------------
    def _press(self, pos: QPointF, pressure: float | None) -> None:
        self._drawing = EarlyStroke([pos], [pressure])
        self.strokes.append(self._drawing)
        self.update()

    def _move(self, pos: QPointF, pressure: float | None) -> None:
        if self._drawing is not None:
            self._drawing.points.append(pos)
            self._drawing.pressures.append(pressure)
            self.update()

    def _release(self, pos: QPointF, pressure: float | None) -> None:
        if self._drawing is not None:
            self._move(pos, pressure)
            self._drawing.finished = True
            self._drawing = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press(event.position(), None)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing is not None:
            self._move(event.position(), None)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drawing is not None:
            self._release(event.position(), None)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        pressure, kind = float(event.pressure()), event.type()
        if kind == QEvent.Type.TabletPress:
            self._press(event.position(), pressure)
        elif kind == QEvent.Type.TabletMove:
            self._move(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease:
            self._release(event.position(), pressure)
        event.accept()  # no synthesized mouse event follows

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.strokes:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(QColor(self._ink()), INK_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self.strokes:
            if len(stroke.points) == 1:
                painter.drawPoint(stroke.points[0])
            else:
                painter.drawPolyline(stroke.points)
        painter.end()

    # -- handing over to the canvas -------------------------------------------------------
    def hand_over(self, view: CanvasView) -> int:
        """Play every kept stroke through `view`'s tool, in order; return how many.

        `view` takes this widget's place first (same geometry, fitted), so each point
        lands on the page where it was drawn. A stroke still being drawn is pressed and
        moved there, and the canvas follows the pointer until it is released.
        """
        from containerstudio.ui.canvas.tools import MOUSE_PRESSURE

        strokes, self.strokes = self.strokes, []
        view.setGeometry(self.geometry())
        parent = view.parentWidget()
        if parent is None or parent.isVisible():
            view.show()  # laid out now (its viewport sized), not on the next turn
        view.fit_to_window()
        tool = view.tool
        if not strokes or tool is None:
            return 0
        settle = getattr(view.scene(), "settle", None)
        if settle is not None:
            settle()  # cached drawing pixels on their way arrive before the pen touches
        to_scene, _ = view.viewportTransform().inverted()
        viewport = view.viewport()
        for stroke in strokes:
            points = [to_scene.map(viewport.mapFrom(view, p)) for p in stroke.points]
            pressures = [MOUSE_PRESSURE if p is None else p for p in stroke.pressures]
            tool.press(points[0], pressures[0])
            for point, pressure in zip(points[1:], pressures[1:], strict=True):
                tool.move(point, pressure)
            if stroke.finished:
                tool.release(points[-1], pressures[-1])
        if self._drawing is not None:  # still drawing: the canvas follows from here
            self._drawing = None
            _FollowUntilRelease(viewport)
        return len(strokes)


class _FollowUntilRelease(QObject):
    """Keeps the pointer on the canvas until the stroke begun before it is released."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self._viewport = viewport
        viewport.installEventFilter(self)
        viewport.grabMouse()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            self._viewport.releaseMouse()
            self._viewport.removeEventFilter(self)
            self.deleteLater()
        return False
