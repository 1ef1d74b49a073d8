"""The stroke-run planner: which consecutive strokes of a part are painted as one run.

A *run* is a stretch of strokes of one part with no other element between them; the
canvas paints each into one raster (`ui/canvas/raster_run.py`) and the PDF draws each as
one step (`export/artwork.py`), so both agree on what lies above what. An eraser clears
what was painted before it: it belongs to every run of its part whose first stroke comes
earlier. Qt-free and pure, so the canvas and the PDF share one plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from containerstudio.model.elements import Element, Stroke
from containerstudio.model.parts import PARTS

Placed = tuple[int, Stroke]
"""A stroke and its position in the document."""


@dataclass(frozen=True)
class StrokeRun:
    """One run: its own strokes, and what its pixels show."""

    members: tuple[Stroke, ...]
    """The run's strokes (never an eraser), in document order."""
    strokes: tuple[Stroke, ...]
    """The members and, interleaved in document order, the erasers after the first."""


def erasers_of(elements: Iterable[Element], part: str) -> list[Placed]:
    """The erasers of `part`, with their positions in `elements`."""
    return [
        (pos, e)
        for pos, e in enumerate(elements)
        if e.part == part and isinstance(e, Stroke) and e.is_eraser
    ]


def with_later_erasers(members: Sequence[Placed], erasers: Sequence[Placed]) -> list[Stroke]:
    """What a run of `members` shows: them and the `erasers` after its first stroke, in
    document order."""
    first = members[0][0]
    ordered = sorted([*members, *(e for e in erasers if e[0] > first)], key=lambda e: e[0])
    return [stroke for _, stroke in ordered]


def plan_part(elements: Iterable[Element], part: str) -> list[StrokeRun | Element]:
    """`part`'s elements bottom to top, consecutive strokes gathered into runs."""
    slots: list[list[Placed] | Element] = []
    erasers: list[Placed] = []
    current: list[Placed] | None = None
    for pos, element in enumerate(elements):
        if element.part != part:
            continue
        if isinstance(element, Stroke):
            if element.is_eraser:
                erasers.append((pos, element))
                continue
            if current is None:
                current = []
                slots.append(current)
            current.append((pos, element))
        else:
            current = None
            slots.append(element)
    return [
        StrokeRun(tuple(s for _, s in slot), tuple(with_later_erasers(slot, erasers)))
        if isinstance(slot, list)
        else slot
        for slot in slots
    ]


def plan_parts(elements: Sequence[Element], parts: Iterable[str]) -> list[StrokeRun | Element]:
    """The plan of each of `parts`, bottom part first (in the order of `PARTS`)."""
    wanted = set(parts)
    return [step for part in PARTS if part in wanted for step in plan_part(elements, part)]
