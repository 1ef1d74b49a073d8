"""The drawing tools, in one registry: id, the canvas tool that handles it, the element
kind it makes, its label, shortcut and icon, its defaults (size, opacity, pressure response).

Everything that names tools reads them here: the stroke and shape elements (which tools
and shapes are valid), the brush (how width follows pressure), the canvas's toolbox and
settings, the tool panel, the guide's suggestions and the prompt-pack schema. Adding a
tool of an existing family is one `ToolSpec` below; see docs/architecture.md ("Where
does my change go"). Qt-free and free of imports, so the first frame can read it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ToolSpec:
    """One tool the person can pick. Texts are English; the UI translates them."""

    id: str
    family: str
    """The canvas tool that handles it: freehand, shape, fill, text, select, crop, cutout
    or eyedropper (`ui/canvas/toolbox.py` makes one per family, or one per shape)."""
    makes: str | None
    """The element kind its gesture adds (`Element.kind`), or None."""
    label: str
    """The tool panel's name for it (translation context "ToolPanel")."""
    shortcut: str
    step_name: str | None = None
    """The undo step a gesture makes (context "Tools"); None: the tool names its own."""
    width: float | None = None
    """The size it starts at (line width, or text size); None: it has no size."""
    opacity: float | None = None
    """The opacity it starts at each time it is picked; None: it keeps the current one."""
    pressure: tuple[float, float] = (1.0, 1.0)
    """Width factor at pen pressure 0 and at 1 (`model/brush.py`)."""
    colour_pick_returns: bool = False
    """The eyedropper, picked from this tool, returns to it."""
    icon: str = ""
    """Its picture: a name of the set in `resources/icons/ui/` (`ui/kit/icons.py`)."""


# The families (each handled by one canvas tool class, see ToolSpec.family).
FREEHAND, SHAPE, FILL, TEXT = "freehand", "shape", "fill", "text"
SELECT, CROP, CUTOUT, EYEDROPPER = "select", "crop", "cutout", "eyedropper"

# In the tool panel's order (two to a row).
TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec("pencil", FREEHAND, "stroke", "Pencil", "P", "Pencil stroke", 4.0, 1.0,
             (0.35, 1.0), colour_pick_returns=True, icon="pencil"),
    ToolSpec("marker", FREEHAND, "stroke", "Marker", "M", "Marker stroke", 18.0, 0.6,
             (0.85, 1.0), colour_pick_returns=True, icon="marker"),
    ToolSpec("brush", FREEHAND, "stroke", "Soft brush", "B", "Brush stroke", 36.0, 1.0,
             (0.2, 1.0), colour_pick_returns=True, icon="brush"),
    ToolSpec("eraser", FREEHAND, "stroke", "Eraser", "E", "Erase", 30.0, 1.0,
             colour_pick_returns=True, icon="eraser"),
    ToolSpec("fill", FILL, "fill", "Fill", "F", colour_pick_returns=True, icon="fill"),
    ToolSpec("eyedropper", EYEDROPPER, None, "Pick colour", "I", icon="eyedropper"),
    ToolSpec("line", SHAPE, "shape", "Line", "L", "Line", 6.0, colour_pick_returns=True,
             icon="line"),
    ToolSpec("rect", SHAPE, "shape", "Rectangle", "R", "Rectangle", 6.0,
             colour_pick_returns=True, icon="rect"),
    ToolSpec("ellipse", SHAPE, "shape", "Ellipse", "O", "Ellipse", 6.0,
             colour_pick_returns=True, icon="ellipse"),
    ToolSpec("polygon", SHAPE, "shape", "Freeform shape", "G", "Freeform shape", 6.0,
             colour_pick_returns=True, icon="polygon"),
    ToolSpec("text", TEXT, "text", "Text", "T", width=36.0, icon="text"),
    ToolSpec("select", SELECT, None, "Move and turn", "V", icon="select"),
    ToolSpec("crop", CROP, None, "Crop photo", "C", icon="crop"),
    ToolSpec("cutout", CUTOUT, None, "Cut out photo", "X", icon="cutout"),
)  # fmt: skip
TOOLS_BY_ID: dict[str, ToolSpec] = {tool.id: tool for tool in TOOLS}

DEFAULT_TOOL = "pencil"
"""The tool a first start (or a stroke that names none) uses."""
DEFAULT_COLOR = "#3b5b6d"
"""The colour a first start draws with."""


def tool_spec(tool_id: str) -> ToolSpec:
    """The registry's entry for `tool_id` (KeyError for an unknown id)."""
    return TOOLS_BY_ID[tool_id]


def tools_in(family: str) -> tuple[str, ...]:
    """Ids of the tools of one family, in panel order."""
    return tuple(tool.id for tool in TOOLS if tool.family == family)


def tools_making(kind: str) -> tuple[str, ...]:
    """Ids of the tools whose gesture adds an element of `kind`, in panel order."""
    return tuple(tool.id for tool in TOOLS if tool.makes == kind)


@dataclass(frozen=True)
class Suggestion:
    """A name a prompt pack's step may suggest (`tools = [...]`, see prompts/README.md)."""

    name: str
    label: str
    """How the step panel names it (translation context "StepPanel")."""
    tool: str | None
    """The canvas tool it picks; None: it shows a panel of the same name instead."""


SUGGESTIONS: tuple[Suggestion, ...] = (
    *(Suggestion(t, tool_spec(t).label, t) for t in tools_in(FREEHAND)),
    Suggestion("fill", "Fill", "fill"),
    Suggestion("shapes", "Shapes", "rect"),  # a family: the rectangle stands for it
    Suggestion("text", "Text", "text"),
    Suggestion("stickers", "Stickers", None),
    Suggestion("templates", "Container shapes", None),
    Suggestion("photos", "Photos", None),
)
SUGGESTIONS_BY_NAME: dict[str, Suggestion] = {s.name: s for s in SUGGESTIONS}
