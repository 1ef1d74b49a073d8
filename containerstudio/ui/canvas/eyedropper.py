"""Eyedropper: takes the colour under the click, then returns to the previous tool."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from containerstudio.model.tools import DEFAULT_TOOL
from containerstudio.ui.canvas.render import render_scene
from containerstudio.ui.canvas.tools import CanvasTool


class EyedropperTool(CanvasTool):
    """Changes the colour choice only; the document is untouched, so no undo step."""

    return_to = DEFAULT_TOOL

    def press(self, pos: QPointF, pressure: float) -> None:
        x, y = int(pos.x()), int(pos.y())
        if not self.scene.canvas_rect.contains(x, y):
            return
        color = render_scene(self.scene, paper=True).pixelColor(x, y)
        self.settings.set_color(color.name())
        self.settings.set_tool(self.return_to)
