"""How wide each brush draws at a given pen pressure.

Shared by the canvas painter and the PDF export so a stroke has the same shape on
screen and on paper. Qt-free.
"""

from __future__ import annotations

from containerstudio.model.tools import TOOLS

# Width factor at pressure p: pencil and brush follow pressure, the marker barely does
# (each tool's `pressure` in model/tools.py).
PRESSURE_RANGE: dict[str, tuple[float, float]] = {tool.id: tool.pressure for tool in TOOLS}

MIN_WIDTH = 0.5


def width_at(tool: str, width: float, pressure: float) -> float:
    """Diameter of a `tool` stroke of nominal `width` at `pressure` (0..1)."""
    lo, hi = PRESSURE_RANGE.get(tool, (1.0, 1.0))
    return max(MIN_WIDTH, width * (lo + (hi - lo) * max(0.0, min(1.0, pressure))))


# The soft brush: radial dabs, opaque-ish core out to half the radius, then fading out.
SOFT_CORE_ALPHA = 0.35
SOFT_CORE_FRACTION = 0.5


def soft_step(width: float) -> float:
    """Spacing of the soft brush's dabs along a segment."""
    return max(1.0, width / 4)
