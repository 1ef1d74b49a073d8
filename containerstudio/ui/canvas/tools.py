"""Canvas tools: turn pointer input into document commands.

A tool never edits the document directly: it shows a preview while the gesture
lasts and pushes one command when it ends (one gesture = one undo step).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from containerstudio.model.commands import AddElement
from containerstudio.model.elements import Stroke, new_id
from containerstudio.model.parts import OUTSIDE
from containerstudio.model.tools import TOOLS_BY_ID
from containerstudio.model.undo import UndoStack
from containerstudio.ui.canvas.live_stroke import LiveStrokeItem, StrokeBuilder
from containerstudio.ui.canvas.scene import CanvasScene
from containerstudio.ui.canvas.stroke_painter import stroke_rect
from containerstudio.ui.canvas.tool_settings import ToolSettings

MOUSE_PRESSURE = 0.5


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tools", text)


def stroke_step_name(tool: str) -> str:
    """User-facing undo step name for a stroke made with `tool`."""
    spec = TOOLS_BY_ID.get(tool)
    return _tr(spec.step_name if spec is not None and spec.step_name else "Stroke")


class CanvasTool:
    """Base class: receives pointer events in canvas coordinates."""

    def __init__(self, scene: CanvasScene, stack: UndoStack, settings: ToolSettings) -> None:
        self.scene = scene
        self.stack = stack
        self.settings = settings

    def press(self, pos: QPointF, pressure: float) -> None: ...

    def move(self, pos: QPointF, pressure: float) -> None: ...

    def release(self, pos: QPointF, pressure: float) -> None: ...

    def cancel(self) -> None:
        """Abandon the gesture without changing the document (Escape, focus loss)."""

    @property
    def active(self) -> bool:
        return False


class FreehandTool(CanvasTool):
    """Pencil, marker, soft brush and eraser."""

    def __init__(
        self, scene: CanvasScene, stack: UndoStack, settings: ToolSettings, part: str = OUTSIDE
    ) -> None:
        super().__init__(scene, stack, settings)
        self.part = part
        self._builder: StrokeBuilder | None = None
        self._live = LiveStrokeItem(scene.canvas_rect)
        self._live.setParentItem(scene.layers[part])

    @property
    def active(self) -> bool:
        return self._builder is not None

    def set_part(self, part: str) -> None:
        self.part = part
        self._live.setParentItem(self.scene.layers[part])

    def press(self, pos: QPointF, pressure: float) -> None:
        st = self.settings.state
        if st.part != self.part:
            self.set_part(st.part)
        template = Stroke(
            id=new_id(),
            part=self.part,
            tool=st.tool,
            color=st.color,
            width=st.width,
            opacity=st.opacity,
        )
        self._builder = StrokeBuilder(template, st.smoothing)
        self._live.setOpacity(st.opacity)
        self._builder.add(pos, pressure)
        self._paint(start=0)

    def move(self, pos: QPointF, pressure: float) -> None:
        if self._builder is not None and self._builder.add(pos, pressure):
            self._paint(start=1)

    def _paint(self, start: int) -> None:
        assert self._builder is not None
        piece = self._builder.tail() if start else self._builder.stroke()
        if piece.is_eraser:
            for run in self.scene.runs(self.part):
                run.apply_eraser(piece)
        else:
            self._live.paint_piece(piece, start)

    def release(self, pos: QPointF, pressure: float) -> None:
        if self._builder is None:
            return
        self.move(pos, pressure)
        stroke = self._builder.stroke().normalized()
        if not stroke_rect(stroke).intersects(QRectF(self.scene.canvas_rect)):
            self.cancel()  # wholly in the grey around the page: nothing drawn, no step
            return
        self._builder = None
        self.stack.push(AddElement(stroke, name=stroke_step_name(stroke.tool)))
        self._live.clear()

    def cancel(self) -> None:
        if self._builder is None:
            return
        was_eraser = self._builder.template.is_eraser
        self._builder = None
        self._live.clear()
        if was_eraser:
            self.scene.document_reset()
