"""All canvas tools of one open container, by the ids of the registry (model/tools.py)."""

from __future__ import annotations

from containerstudio.model.tools import (
    CROP,
    CUTOUT,
    EYEDROPPER,
    FILL,
    FREEHAND,
    SELECT,
    SHAPE,
    TEXT,
    TOOLS,
    tools_in,
)
from containerstudio.model.undo import UndoStack
from containerstudio.ui.canvas.eyedropper import EyedropperTool
from containerstudio.ui.canvas.fill_tool import FillTool
from containerstudio.ui.canvas.image_tools import CropTool, CutoutTool
from containerstudio.ui.canvas.scene import CanvasScene
from containerstudio.ui.canvas.select_tool import SelectTool
from containerstudio.ui.canvas.shape_tool import ShapeTool
from containerstudio.ui.canvas.text_tool import TextTool
from containerstudio.ui.canvas.tool_settings import ToolSettings
from containerstudio.ui.canvas.tools import CanvasTool, FreehandTool

COLOUR_PICK_RETURNS = frozenset(tool.id for tool in TOOLS if tool.colour_pick_returns)


class CanvasToolbox:
    """Creates each tool once per container; `tool_for` maps a choice to its tool."""

    def __init__(self, scene: CanvasScene, stack: UndoStack, settings: ToolSettings) -> None:
        self.freehand = FreehandTool(scene, stack, settings, settings.state.part)
        self.select = SelectTool(scene, stack, settings)
        self.eyedropper = EyedropperTool(scene, stack, settings)
        self.text = TextTool(scene, stack, settings)
        shapes = {t: ShapeTool(scene, stack, settings, t) for t in tools_in(SHAPE)}
        one_per_family: dict[str, CanvasTool] = {
            FREEHAND: self.freehand,
            FILL: FillTool(scene, stack, settings),
            TEXT: self.text,
            SELECT: self.select,
            CROP: CropTool(scene, stack, settings),
            CUTOUT: CutoutTool(scene, stack, settings),
            EYEDROPPER: self.eyedropper,
        }
        self._tools: dict[str, CanvasTool] = {
            tool.id: shapes[tool.id] if tool.family == SHAPE else one_per_family[tool.family]
            for tool in TOOLS
        }

    def tool_for(self, name: str) -> CanvasTool:
        """The tool for a tool name; unknown names fall back to the pencil's tool."""
        tool = self._tools.get(name, self.freehand)
        if tool is not self.eyedropper and name in COLOUR_PICK_RETURNS:
            self.eyedropper.return_to = name
        return tool
