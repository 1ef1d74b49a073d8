"""Acceptance (issue 16, point 4): the canvas description of a scripted container counts
each element kind per part, and says nothing of the inside while the lid is closed."""

from __future__ import annotations

import itertools

from containerstudio.model.describe import (
    FILL,
    PHOTO,
    SHAPE,
    SLIP,
    STICKER,
    STROKE,
    TEMPLATE,
    TEXT,
    THING_KINDS,
    Thing,
    describe,
)
from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import Element, Stroke, element_types
from containerstudio.model.parts import INSIDE, LID, OUTSIDE
from containerstudio.model.placed import ImageElement, StickerElement, TextElement
from containerstudio.model.shapes import FillElement, ShapeElement
from containerstudio.model.slips import Slip

_ids = (f"e{i}" for i in itertools.count())


def _stroke(part: str, tool: str = "brush") -> Stroke:
    return Stroke(id=next(_ids), part=part, tool=tool, points=((1.0, 2.0, 0.5), (3.0, 4.0, 0.5)))


def _scripted() -> ContainerDocument:
    """Outside: a chest outline, a padlock sticker, 12 brush strokes, 2 pencil strokes,
    a photo, a rectangle, a fill, a text; inside: 2 marker strokes and a heart sticker;
    lid: a key sticker and an ellipse."""
    els: list[Element] = [
        StickerElement(id=next(_ids), collection="templates", name="chest"),
        StickerElement(id=next(_ids), collection="stickers", name="padlock"),
        *(_stroke(OUTSIDE) for _ in range(12)),
        _stroke(OUTSIDE, "pencil"),
        ImageElement(id=next(_ids), asset="abc"),
        ShapeElement(id=next(_ids), shape="rect", points=((0, 0), (5, 5))),
        FillElement(id=next(_ids), mask="m", width=4, height=4),
        TextElement(id=next(_ids), text="Private words"),
        _stroke(OUTSIDE, "pencil"),
        _stroke(INSIDE, "marker"),
        _stroke(INSIDE, "marker"),
        StickerElement(id=next(_ids), part=INSIDE, name="heart"),
        StickerElement(id=next(_ids), part=LID, name="key"),
        ShapeElement(id=next(_ids), part=LID, shape="ellipse", points=((0, 0), (5, 5))),
    ]
    doc = ContainerDocument()
    doc.load(els, {})
    return doc


SLIPS = [Slip(text="one", folded=True), Slip(text="two", folded=True), Slip(kind="blank")]


def test_each_element_kind_is_counted_per_part():
    found = describe(_scripted(), SLIPS)
    assert [p.part for p in found.parts] == [OUTSIDE, INSIDE, LID]
    outside = found.part(OUTSIDE)
    assert outside is not None and not outside.closed
    assert outside.things == (
        Thing(TEMPLATE, "chest", 1),
        Thing(STICKER, "padlock", 1),
        Thing(STROKE, "brush", 12),
        Thing(STROKE, "pencil", 2),  # the two pencil strokes are counted together
        Thing(SHAPE, "rect", 1),
        Thing(TEXT, "", 1),
        Thing(PHOTO, "", 1),
        Thing(FILL, "", 1),
    )
    inside = found.part(INSIDE)
    assert inside is not None and inside.things == (
        Thing(STICKER, "heart", 1),
        Thing(STROKE, "marker", 2),
        Thing(SLIP, "", 3, folded=2),
    )
    assert found.count(LID, STICKER, "key") == 1
    assert found.count(LID, SHAPE) == 1
    assert found.count(OUTSIDE, STROKE) == 14


def test_the_inside_is_only_said_closed_while_the_lid_is_closed():
    found = describe(_scripted(), SLIPS, lid_closed=True)
    inside = found.part(INSIDE)
    assert inside is not None and inside.closed and inside.things == ()
    assert found.count(INSIDE, STROKE) == 0 and found.count(INSIDE, SLIP) == 0
    # The other parts are still told in full.
    assert found.count(OUTSIDE, STROKE, "brush") == 12
    assert found.count(LID, STICKER, "key") == 1
    # An empty inside is said closed too: whether it holds anything is not told.
    empty = describe(ContainerDocument(), [], lid_closed=True)
    assert [(p.part, p.closed) for p in empty.parts] == [(INSIDE, True)]


def test_an_empty_open_container_has_nothing_to_tell():
    assert describe(ContainerDocument()).empty
    only_slips = describe(ContainerDocument(), [Slip(text="x")])
    assert only_slips.parts[0].things == (Thing(SLIP, "", 1, folded=0),)


def test_every_registered_element_kind_has_a_thing_kind():
    """A new element kind gets a word: the description's kinds cover the registry."""
    from containerstudio.model.describe import thing_of

    samples = {
        "stroke": _stroke(OUTSIDE),
        "image": ImageElement(id="i"),
        "sticker": StickerElement(id="s", name="star"),
        "text": TextElement(id="t"),
        "shape": ShapeElement(id="h", points=((0, 0), (1, 1))),
        "fill": FillElement(id="f"),
    }
    assert set(samples) == set(element_types()), "a kind was added: give it a sample here"
    assert {thing_of(e)[0] for e in samples.values()} <= set(THING_KINDS)
