"""The user's current tool choices (tool, colour, size, opacity, smoothing)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

STROKE_TOOL_DEFAULTS: dict[str, tuple[float, float]] = {
    # tool: (width, opacity) defaults chosen for a mouse
    "pencil": (4.0, 1.0),
    "marker": (18.0, 0.6),
    "brush": (36.0, 1.0),
    "eraser": (30.0, 1.0),
}
# Other tools remember their own size too (line width, or text size for the text tool).
OTHER_TOOL_WIDTHS: dict[str, float] = {
    "line": 6.0,
    "rect": 6.0,
    "ellipse": 6.0,
    "polygon": 6.0,
    "text": 36.0,
}


@dataclass
class ToolState:
    tool: str = "pencil"
    color: str = "#3b5b6d"
    width: float = 4.0
    opacity: float = 1.0
    smoothing: float = 0.35
    part: str = "outside"  # where new strokes and items go
    palette: str = "calm"
    shape_fill: bool = False  # shapes filled with the colour, or outlines only


class ToolSettings(QObject):
    """Holds the current ToolState and says when it changes."""

    changed = Signal()
    """Emitted after any choice changed; no arguments (read `state`)."""

    def __init__(self, state: ToolState | None = None) -> None:
        super().__init__()
        self.state = state or ToolState()
        self._widths: dict[str, float] = {k: v[0] for k, v in STROKE_TOOL_DEFAULTS.items()}
        self._widths.update(OTHER_TOOL_WIDTHS)
        self._widths[self.state.tool] = self.state.width

    def set_state(self, state: ToolState) -> None:
        """Take a whole remembered state (at start, once the library has been read)."""
        self.state = state
        self._widths[state.tool] = state.width
        self.changed.emit()

    def set_tool(self, tool: str) -> None:
        if tool == self.state.tool:
            return
        if self.state.tool in self._widths:
            self._widths[self.state.tool] = self.state.width
        self.state.tool = tool
        if tool in self._widths:
            self.state.width = self._widths[tool]
        if tool in STROKE_TOOL_DEFAULTS:
            self.state.opacity = STROKE_TOOL_DEFAULTS[tool][1]
        self.changed.emit()

    def set_color(self, color: str) -> None:
        self.state.color = color
        self.changed.emit()

    def set_width(self, width: float) -> None:
        self.state.width = max(1.0, min(200.0, width))
        self.changed.emit()

    def set_opacity(self, opacity: float) -> None:
        self.state.opacity = max(0.05, min(1.0, opacity))
        self.changed.emit()

    def set_smoothing(self, smoothing: float) -> None:
        self.state.smoothing = max(0.0, min(0.9, smoothing))
        self.changed.emit()

    def set_part(self, part: str) -> None:
        if part != self.state.part:
            self.state.part = part
            self.changed.emit()

    def set_palette(self, palette_id: str) -> None:
        if palette_id != self.state.palette:
            self.state.palette = palette_id
            self.changed.emit()

    def set_shape_fill(self, filled: bool) -> None:
        if filled != self.state.shape_fill:
            self.state.shape_fill = filled
            self.changed.emit()
