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


def _ordered(counts: dict[tuple[str, str], int]) -> tuple[Thing, ...]:
    """`counts` (in order of first appearance) as things, kinds in THING_KINDS order and
    first appearance within a kind."""
    order = {kind: i for i, kind in enumerate(THING_KINDS)}
    keys = sorted(counts, key=lambda k: order.get(k[0], len(order)))  # stable within a kind
    return tuple(Thing(kind, name, counts[(kind, name)]) for kind, name in keys)


class ContentTally:
    """What `describe` counts, kept up to date from the document's events, so that
    telling the canvas again after a pen release costs a few dictionary updates, not a
    walk over every element (60 ms with 10,000 strokes).

    Per part, the counts are kept in order of first appearance (a dict keeps the order
    keys came in). An element added at the end, or one of a kind the part holds under
    one name only, leaves that order as it was; any other change (an element put in
    before the first of its kind, a reset) counts the document again.
    """

    def __init__(self, doc: ContainerDocument) -> None:
        self.doc = doc
        self.recounts = 0
        """How many times the whole document was counted (the first time included)."""
        self._counts: dict[str, dict[tuple[str, str], int]] = {}
        self.recount()

    def recount(self) -> None:
        """Count every element of the document again."""
        counts: dict[str, dict[tuple[str, str], int]] = {part: {} for part in PARTS}
        for element in self.doc:
            found = counts.setdefault(element.part, {})
            key = thing_of(element)
            found[key] = found.get(key, 0) + 1
        self._counts = counts
        self.recounts += 1

    def _alone_in_kind(self, part: str, key: tuple[str, str]) -> bool:
        """True when `part` holds no other name of `key`'s kind (so where `key` first
        appears cannot change the order)."""
        return all(k == key or k[0] != key[0] for k in self._counts.get(part, {}))

    def _add(self, index: int, element: Element) -> bool:
        """Count `element`, added at `index`; False when the order may have changed."""
        found = self._counts.setdefault(element.part, {})
        key = thing_of(element)
        at_end = index >= len(self.doc) - 1
        if key in found:
            found[key] += 1
            return at_end or self._alone_in_kind(element.part, key)
        found[key] = 1  # last in the part's order: right when added at the end
        return at_end or self._alone_in_kind(element.part, key)

    def _take(self, index: int, element: Element) -> bool:
        """Count `element` out (it was at `index`); False when the order may have changed."""
        found = self._counts.get(element.part, {})
        key = thing_of(element)
        if key not in found:
            return False
        found[key] -= 1
        if found[key] <= 0:
            del found[key]  # the others keep their order
            return True
        return index >= len(self.doc) or self._alone_in_kind(element.part, key)

    def apply(self, event: object) -> None:
        """Follow one of the document's events (`ElementInserted`, `ElementRemoved`,
        `ElementReplaced`, `DocumentReset`)."""
        from containerstudio.model.events import (
            ElementInserted,
            ElementRemoved,
            ElementReplaced,
        )

        if isinstance(event, ElementInserted):
            kept = self._add(event.index, event.element)
        elif isinstance(event, ElementRemoved):
            kept = self._take(event.index, event.element)
        elif isinstance(event, ElementReplaced):
            old, new = event.old, event.new
            if old.part == new.part and thing_of(old) == thing_of(new):
                return  # moved or restyled: counted the same
            kept = False  # another kind or part: rare, counted again
        else:
            kept = False
        if not kept:
            self.recount()

    def description(self, slips: Iterable[Slip] = (), *, lid_closed: bool = False) -> Description:
        """What the document (with the `slips` placed inside) holds, part by part (see
        `describe`)."""
        slips = list(slips)
        parts = []
        for part, counts in self._counts.items():
            if part == INSIDE and lid_closed:
                # Said closed whether or not it holds anything: even "empty" is not told.
                parts.append(PartContents(part, (), closed=True))
                continue
            things = _ordered(counts)
            if part == INSIDE and slips:
                folded = sum(1 for s in slips if s.folded)
                things = (*things, Thing(SLIP, "", len(slips), folded))
            if things:
                parts.append(PartContents(part, things))
        return Description(tuple(parts))


def describe(
    doc: ContainerDocument, slips: Iterable[Slip] = (), *, lid_closed: bool = False
) -> Description:
    """What `doc` (with the `slips` placed inside) holds, part by part.

    With `lid_closed` the inside is only said to be closed: none of its elements and
    none of the slips are counted.
    """
    return ContentTally(doc).description(slips, lid_closed=lid_closed)
