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


def _random_element(rng, part: str) -> Element:
    kind = rng.randrange(4)
    if kind == 0:
        return _stroke(part, rng.choice(["brush", "pencil", "eraser"]))
    if kind == 1:
        return StickerElement(id=next(_ids), part=part, name=rng.choice(["heart", "key"]))
    if kind == 2:
        return ShapeElement(id=next(_ids), part=part, shape="rect", points=((0, 0), (5, 5)))
    return TextElement(id=next(_ids), part=part, text="words")


def test_the_tally_follows_every_change_as_a_fresh_count_would():
    """Inserted anywhere, removed anywhere, replaced by another kind or part, reset: the
    counts kept from the document's events say what counting it afresh says, order of
    first appearance included."""
    import random
    from dataclasses import replace

    from containerstudio.model.describe import ContentTally

    rng = random.Random(14)
    doc = ContainerDocument()
    tally = ContentTally(doc)
    doc.events.connect(tally.apply)
    for step in range(1500):
        ids = [e.id for e in doc]
        what = rng.random()
        part = rng.choice([OUTSIDE, OUTSIDE, OUTSIDE, INSIDE, LID])
        if what < 0.55 or not ids:
            index = len(ids) if rng.random() < 0.5 else rng.randrange(len(ids) + 1)
            doc._insert(index, _random_element(rng, part))
        elif what < 0.85:
            doc._remove(ids[-1] if rng.random() < 0.5 else rng.choice(ids))
        elif what < 0.97:
            doc._replace(replace(_random_element(rng, part), id=rng.choice(ids)))
        else:
            doc.load(list(doc)[: len(ids) // 2], {})
        for lid_closed in (False, True):
            fresh = ContentTally(doc).description(SLIPS, lid_closed=lid_closed)
            assert tally.description(SLIPS, lid_closed=lid_closed) == fresh, step


def test_strokes_added_and_undone_at_the_end_are_never_counted_again():
    """A pen release adds one stroke at the end, an undo takes the last away: the tally
    counts them in place (telling the canvas again after a stroke on a 10,000-stroke
    drawing used to walk every element, 60 ms on the UI thread)."""
    from containerstudio.model.describe import ContentTally

    doc = _scripted()
    tally = ContentTally(doc)
    doc.events.connect(tally.apply)
    added = [_stroke(OUTSIDE, tool) for tool in ("brush", "pencil", "eraser") * 100]
    for stroke in added:
        doc._insert(-1, stroke)
    for stroke in reversed(added[150:]):  # undone, last first
        doc._remove(stroke.id)
    assert tally.recounts == 1
    assert tally.description(SLIPS) == describe(doc, SLIPS)
    assert tally.description(SLIPS).count(OUTSIDE, STROKE, "eraser") == 50
