"""The parts of a container an element can belong to, and the views that show them (a
module of its own, so the window's parts bar can name them without loading the model).

Every screen and export asks here which parts a view shows: the canvas's parts bar, the
PNG export (through the canvas) and the PDF artwork.
"""

from __future__ import annotations

# The fixed parts of a container, bottom to top: the outside (what everyone may see),
# the inside (what it holds, shown when open), and the lid (shown when closed).
PARTS: tuple[str, ...] = ("outside", "inside", "lid")
OUTSIDE, INSIDE, LID = PARTS
PART_LABELS: dict[str, str] = {OUTSIDE: "Outside", INSIDE: "Inside", LID: "Lid"}
"""English names of the parts; the UI translates them (context "Parts")."""

# What a closed container shows: its outside with the lid on; the inside stays sealed.
CLOSED_PARTS: tuple[str, ...] = (OUTSIDE, LID)
# What an open container shows: its outside and what it holds, the lid set aside.
OPEN_PARTS: tuple[str, ...] = (OUTSIDE, INSIDE)

VIEWS: dict[str, tuple[str, ...]] = {"outside": CLOSED_PARTS, "open": OPEN_PARTS}
"""The ways an export shows a container, by name (the command line's `--view`)."""
DEFAULT_VIEW = "outside"


def view_parts(view: str) -> tuple[str, ...]:
    """The parts `view` shows, bottom to top; an unknown view shows the closed container."""
    return VIEWS.get(view, VIEWS[DEFAULT_VIEW])
