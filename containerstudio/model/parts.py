"""The parts of a container an element can belong to (a module of its own, so the
window's parts bar can name them without loading the whole model)."""

from __future__ import annotations

# The fixed parts of a container, bottom to top: the outside (what everyone may see),
# the inside (what it holds, shown when open), and the lid (shown when closed).
PARTS: tuple[str, ...] = ("outside", "inside", "lid")
# What a closed container shows: its outside with the lid on; the inside stays sealed.
CLOSED_PARTS: tuple[str, ...] = ("outside", "lid")
INSIDE = "inside"
