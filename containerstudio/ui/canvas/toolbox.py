"""All canvas tools of one open container, by the names the tool panel uses."""

from __future__ import annotations

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

FREEHAND_TOOLS = ("pencil", "marker", "brush", "eraser")
SHAPE_TOOLS = ("line", "rect", "ellipse", "polygon")
TOOL_NAMES = (
    *FREEHAND_TOOLS,
    "fill",
    *SHAPE_TOOLS,
    "text",
    "select",
    "crop",
    "cutout",
    "eyedropper",
)


class CanvasToolbox:
    """Creates each tool once per container; `tool_for` maps a choice to its tool."""

    def __init__(self, scene: CanvasScene, stack: UndoStack, settings: ToolSettings) -> None:
        self.freehand = FreehandTool(scene, stack, settings, settings.state.part)
        self.select = SelectTool(scene, stack, settings)
        self.eyedropper = EyedropperTool(scene, stack, settings)
        self.text = TextTool(scene, stack, settings)
        self._tools: dict[str, CanvasTool] = {name: self.freehand for name in FREEHAND_TOOLS}
        self._tools.update({name: ShapeTool(scene, stack, settings, name) for name in SHAPE_TOOLS})
        self._tools.update(
            fill=FillTool(scene, stack, settings),
            text=self.text,
            select=self.select,
            crop=CropTool(scene, stack, settings),
            cutout=CutoutTool(scene, stack, settings),
            eyedropper=self.eyedropper,
        )

    def tool_for(self, name: str) -> CanvasTool:
        """The tool for a tool name; unknown names fall back to the pencil's tool."""
        tool = self._tools.get(name, self.freehand)
        if tool is not self.eyedropper and name in FREEHAND_TOOLS + SHAPE_TOOLS + ("fill",):
            self.eyedropper.return_to = name
        return tool
