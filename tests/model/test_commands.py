"""Each command as a spec: what it does, what undo and redo give back, its name, and
when it merges. Plain model code: no Qt."""

from __future__ import annotations

import pytest

from containerstudio.model.commands import (
    AddElement,
    CompoundCommand,
    MoveElement,
    RemoveElement,
    ReplaceElement,
)
from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import Stroke
from containerstudio.model.undo import UndoStack


def _stroke(sid: str, color: str = "#112233", x: float = 0.0) -> Stroke:
    return Stroke(id=sid, color=color, points=((x, 0.0, 0.5),))


def _start(*ids: str) -> tuple[ContainerDocument, UndoStack]:
    doc = ContainerDocument()
    doc.load([_stroke(i) for i in ids], {})
    return doc, UndoStack(doc)


def _ids(doc: ContainerDocument) -> list[str]:
    return [e.id for e in doc]


class Events:
    """A view of the document that writes down the events it is told."""

    def __init__(self) -> None:
        self.seen: list[tuple] = []

    def __call__(self, event: object) -> None:
        from containerstudio.model.events import ElementInserted, ElementRemoved, ElementReplaced

        if isinstance(event, ElementInserted):
            self.seen.append(("inserted", event.index, event.element.id))
        elif isinstance(event, ElementRemoved):
            self.seen.append(("removed", event.index, event.element.id))
        elif isinstance(event, ElementReplaced):
            self.seen.append(("replaced", event.index, event.old.color, event.new.color))


# -- AddElement -------------------------------------------------------------------------
def test_add_puts_the_element_on_top_by_default_and_undo_takes_it_away():
    doc, stack = _start("a", "b")
    stack.push(AddElement(_stroke("c")))
    assert _ids(doc) == ["a", "b", "c"]
    assert stack.undo_name() == "Add"
    stack.undo()
    assert _ids(doc) == ["a", "b"] and "c" not in doc
    assert stack.redo_name() == "Add"
    stack.redo()
    assert _ids(doc) == ["a", "b", "c"]


def test_add_at_an_index_goes_exactly_there_each_time():
    doc, stack = _start("a", "b", "c")
    stack.push(AddElement(_stroke("x"), "Duplicate", index=1))
    assert _ids(doc) == ["a", "x", "b", "c"]
    assert stack.names() == ["Duplicate"]
    stack.undo()
    stack.redo()
    assert _ids(doc) == ["a", "x", "b", "c"]


def test_add_refuses_an_id_already_present():
    doc, stack = _start("a")
    with pytest.raises(ValueError):
        stack.push(AddElement(_stroke("a")))
    assert _ids(doc) == ["a"] and stack.names() == []


# -- RemoveElement ----------------------------------------------------------------------
def test_remove_takes_the_element_out_and_undo_puts_it_back_in_its_place():
    doc, stack = _start("a", "b", "c")
    kept = doc.get("b")
    stack.push(RemoveElement("b"))
    assert _ids(doc) == ["a", "c"] and stack.undo_name() == "Delete"
    stack.undo()
    assert _ids(doc) == ["a", "b", "c"] and doc.get("b") is kept
    stack.redo()
    assert _ids(doc) == ["a", "c"]


def test_remove_of_the_bottom_and_the_top_element_comes_back_there():
    doc, stack = _start("a", "b", "c")
    stack.push(RemoveElement("a", "Erase"))
    stack.push(RemoveElement("c", "Erase"))
    assert _ids(doc) == ["b"]
    stack.undo()
    assert _ids(doc) == ["b", "c"]
    stack.undo()
    assert _ids(doc) == ["a", "b", "c"]


# -- ReplaceElement ---------------------------------------------------------------------
def test_replace_swaps_the_element_in_place_and_undo_swaps_it_back():
    doc, stack = _start("a", "b", "c")
    stack.push(ReplaceElement(_stroke("b", "#ff8800"), "Colour"))
    assert _ids(doc) == ["a", "b", "c"] and doc.get("b").color == "#ff8800"
    assert stack.undo_name() == "Colour"
    stack.undo()
    assert doc.get("b").color == "#112233"
    stack.redo()
    assert doc.get("b").color == "#ff8800"


def test_replaces_with_the_same_merge_key_become_one_step_back_to_the_start():
    doc, stack = _start("a")
    for x in range(1, 6):
        stack.push(ReplaceElement(_stroke("a", x=float(x)), "Move", merge_key=("move", "a")))
    assert stack.names() == ["Move"] and doc.get("a").points[0][0] == 5.0
    stack.undo()
    assert doc.get("a").points[0][0] == 0.0, "one undo goes back to before the gesture"
    stack.redo()
    assert doc.get("a").points[0][0] == 5.0


@pytest.mark.parametrize(
    "second",
    [
        ReplaceElement(_stroke("a", x=2.0), "Move", merge_key=("move", "other")),
        ReplaceElement(_stroke("a", x=2.0), "Move", merge_key=None),
        ReplaceElement(_stroke("b", x=2.0), "Move", merge_key=("move", "a")),
    ],
    ids=["another key", "no key", "another element"],
)
def test_replaces_that_do_not_share_key_and_element_stay_two_steps(second):
    _doc, stack = _start("a", "b")
    stack.push(ReplaceElement(_stroke("a", x=1.0), "Move", merge_key=("move", "a")))
    stack.push(second)
    assert len(stack.names()) == 2


def test_a_merge_key_without_merging_after_the_gesture_ends_or_an_undo():
    doc, stack = _start("a")
    key = ("move", "a")
    stack.push(ReplaceElement(_stroke("a", x=1.0), "Move", merge_key=key))
    stack.break_merge()  # the pen lifted: the next drag is a step of its own
    stack.push(ReplaceElement(_stroke("a", x=2.0), "Move", merge_key=key))
    assert len(stack.names()) == 2
    stack.undo()
    stack.push(ReplaceElement(_stroke("a", x=3.0), "Move", merge_key=key))
    assert len(stack.names()) == 2, "after an undo a push never merges into an older step"
    stack.undo()
    assert doc.get("a").points[0][0] == 1.0


def test_only_replace_merges():
    add, remove = AddElement(_stroke("x")), RemoveElement("x")
    move = MoveElement("x", 0)
    compound = CompoundCommand([add], "Both")
    for command in (add, remove, move, compound):
        assert command.merge(AddElement(_stroke("y"))) is False


# -- MoveElement: the paint order -------------------------------------------------------
@pytest.mark.parametrize(
    ("moved", "index", "after"),
    [
        ("a", 2, ["b", "c", "a", "d"]),  # bring forward (above "c")
        ("d", 0, ["d", "a", "b", "c"]),  # send to the back
        ("c", 3, ["a", "b", "d", "c"]),  # to the top
        ("b", 1, ["a", "b", "c", "d"]),  # where it is: no change
    ],
)
def test_move_puts_the_element_at_the_index_and_undo_back_where_it_was(moved, index, after):
    doc, stack = _start("a", "b", "c", "d")
    stack.push(MoveElement(moved, index, name="Bring forward"))
    assert _ids(doc) == after
    assert stack.undo_name() == "Bring forward"
    stack.undo()
    assert _ids(doc) == ["a", "b", "c", "d"]
    stack.redo()
    assert _ids(doc) == after


def test_move_keeps_the_element_itself_and_its_name_defaults_to_arrange():
    doc, stack = _start("a", "b")
    element = doc.get("a")
    stack.push(MoveElement("a", 1))
    assert doc.get("a") is element and _ids(doc) == ["b", "a"]
    assert stack.names() == ["Arrange"]


def test_move_tells_views_removed_then_inserted_with_both_places():
    doc, stack = _start("a", "b", "c")
    events = Events()
    doc.events.connect(events)
    stack.push(MoveElement("a", 2))
    stack.undo()
    assert events.seen == [
        ("removed", 0, "a"),
        ("inserted", 2, "a"),
        ("removed", 2, "a"),
        ("inserted", 0, "a"),
    ]


# -- CompoundCommand --------------------------------------------------------------------
def test_compound_is_one_step_that_does_all_and_undoes_in_reverse_order():
    doc, stack = _start("a", "b")
    # Reverse order matters: undoing the add before the move would move a missing element.
    compound = CompoundCommand([AddElement(_stroke("x")), MoveElement("x", 0)], "Cut out")
    stack.push(compound)
    assert _ids(doc) == ["x", "a", "b"]
    assert stack.names() == ["Cut out"]
    stack.undo()
    assert _ids(doc) == ["a", "b"] and not stack.can_undo()
    stack.redo()
    assert _ids(doc) == ["x", "a", "b"]
    stack.undo()
    stack.redo()
    assert _ids(doc) == ["x", "a", "b"], "redo after undo does the same again"


def test_compound_replace_and_add_as_a_cut_out_does():
    doc, stack = _start("photo")
    stack.push(
        CompoundCommand(
            [ReplaceElement(_stroke("photo", "#abcdef")), AddElement(_stroke("piece"))],
            "Cut out",
        )
    )
    assert _ids(doc) == ["photo", "piece"] and doc.get("photo").color == "#abcdef"
    stack.undo()
    assert _ids(doc) == ["photo"] and doc.get("photo").color == "#112233"


# -- the stack around the commands ------------------------------------------------------
def test_a_push_after_undo_drops_the_redo_steps():
    doc, stack = _start()
    stack.push(AddElement(_stroke("a"), "A"))
    stack.push(AddElement(_stroke("b"), "B"))
    stack.undo()
    stack.push(AddElement(_stroke("c"), "C"))
    assert stack.names() == ["A", "C"] and not stack.can_redo()
    assert _ids(doc) == ["a", "c"]


def test_set_to_walks_to_any_step_of_the_history():
    doc, stack = _start()
    for sid in "abcd":
        stack.push(AddElement(_stroke(sid), sid.upper()))
    stack.set_to(1)
    assert _ids(doc) == ["a"] and stack.redo_name() == "B"
    stack.set_to(3)
    assert _ids(doc) == ["a", "b", "c"]
    stack.set_to(99)
    assert _ids(doc) == ["a", "b", "c", "d"] and stack.index == 4
    stack.set_to(-5)
    assert _ids(doc) == [] and stack.undo_name() == ""
