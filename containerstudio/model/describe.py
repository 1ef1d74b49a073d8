"""What is on a container, by part, for a screen reader (and anyone who asks).

The canvas says in words what it shows: "Outside: a chest outline, a padlock sticker,
12 brush strokes, a photo; Inside: 3 slips (folded)". Here the core only counts: for each
part, which kinds of thing are there and how many (`describe`). The words, translated and
with real plural forms, are the UI's (`ui/canvas/description.py`).

A closed lid is respected: the inside is then told as closed, never counted, so nothing
about what it holds (not even whether it holds anything) reaches a listener.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import Element, Stroke
from containerstudio.model.parts import INSIDE, PARTS
from containerstudio.model.placed import ImageElement, StickerElement, TextElement
from containerstudio.model.shapes import FillElement, ShapeElement
from containerstudio.model.slips import Slip

# The kinds of thing a description counts (`Thing.kind`).
TEMPLATE = "template"  # a container outline (`name`: the template, "chest")
STICKER = "sticker"  # `name`: the sticker ("padlock")
STROKE = "stroke"  # `name`: the tool ("brush", "eraser")
SHAPE = "shape"  # `name`: the shape ("rect")
TEXT = "text"
PHOTO = "photo"
FILL = "fill"
SLIP = "slip"  # `folded`: how many of them are folded
THING_KINDS: tuple[str, ...] = (TEMPLATE, STICKER, STROKE, SHAPE, TEXT, PHOTO, FILL, SLIP)


@dataclass(frozen=True)
class Thing:
    """Some things of one kind (and name) on one part: "12 brush strokes"."""

    kind: str
    name: str
    count: int
    folded: int = 0
    """For slips: how many of the `count` are folded."""


@dataclass(frozen=True)
class PartContents:
    """One part of the container and what it holds; `closed` when the lid hides it."""

    part: str
    things: tuple[Thing, ...]
    closed: bool = False

    @property
    def empty(self) -> bool:
        return not self.things and not self.closed


@dataclass(frozen=True)
class Description:
    """The whole container, part by part (in `PARTS` order, empty parts left out)."""

    parts: tuple[PartContents, ...]

    @property
    def empty(self) -> bool:
        return not self.parts

    def count(self, part: str, kind: str, name: str = "") -> int:
        """How many things of `kind` (and `name`, when given) `part` holds."""
        return sum(
            t.count
            for p in self.parts
            if p.part == part
            for t in p.things
            if t.kind == kind and (not name or t.name == name)
        )

    def part(self, part: str) -> PartContents | None:
        return next((p for p in self.parts if p.part == part), None)


def thing_of(element: Element) -> tuple[str, str]:
    """The (kind, name) a description counts `element` as."""
    if isinstance(element, Stroke):
        return STROKE, element.tool
    if isinstance(element, StickerElement):
        return (TEMPLATE if element.collection == "templates" else STICKER), element.name
    if isinstance(element, ShapeElement):
        return SHAPE, element.shape
    if isinstance(element, ImageElement):
        return PHOTO, ""
    if isinstance(element, TextElement):
        return TEXT, ""
    if isinstance(element, FillElement):
        return FILL, ""
    return element.kind, ""  # a kind added later is still counted, by its own name


def _count(things: Iterable[tuple[str, str]]) -> tuple[Thing, ...]:
    """Counts in order of first appearance within each kind, kinds in THING_KINDS order."""
    counts: dict[tuple[str, str], int] = {}
    for key in things:
        counts[key] = counts.get(key, 0) + 1
    order = {kind: i for i, kind in enumerate(THING_KINDS)}
    keys = sorted(counts, key=lambda k: order.get(k[0], len(order)))  # stable within a kind
    return tuple(Thing(kind, name, counts[(kind, name)]) for kind, name in keys)


def describe(
    doc: ContainerDocument, slips: Iterable[Slip] = (), *, lid_closed: bool = False
) -> Description:
    """What `doc` (with the `slips` placed inside) holds, part by part.

    With `lid_closed` the inside is only said to be closed: none of its elements and
    none of the slips are counted.
    """
    by_part: dict[str, list[tuple[str, str]]] = {part: [] for part in PARTS}
    for element in doc:
        by_part.setdefault(element.part, []).append(thing_of(element))
    slips = list(slips)
    parts = []
    for part, found in by_part.items():
        if part == INSIDE and lid_closed:
            # Said closed whether or not it holds anything: even "empty" is not told.
            parts.append(PartContents(part, (), closed=True))
            continue
        things = _count(found)
        if part == INSIDE and slips:
            folded = sum(1 for s in slips if s.folded)
            things = (*things, Thing(SLIP, "", len(slips), folded))
        if things:
            parts.append(PartContents(part, things))
    return Description(tuple(parts))
