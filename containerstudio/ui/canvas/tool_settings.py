"""The user's current tool choices (tool, colour, size, opacity, smoothing)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from containerstudio.model.tools import DEFAULT_COLOR, DEFAULT_TOOL, TOOLS

# Each tool with a size remembers its own (defaults chosen for a mouse, in the registry);
# tools with a starting opacity take it each time they are picked.
TOOL_WIDTHS: dict[str, float] = {t.id: t.width for t in TOOLS if t.width is not None}
TOOL_OPACITIES: dict[str, float] = {t.id: t.opacity for t in TOOLS if t.opacity is not None}


@dataclass
class ToolState:
    tool: str = DEFAULT_TOOL
    color: str = DEFAULT_COLOR
    width: float = TOOL_WIDTHS[DEFAULT_TOOL]
    opacity: float = TOOL_OPACITIES[DEFAULT_TOOL]
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
        self._widths: dict[str, float] = dict(TOOL_WIDTHS)
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
        if tool in TOOL_OPACITIES:
            self.state.opacity = TOOL_OPACITIES[tool]
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
