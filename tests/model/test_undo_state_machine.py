"""Random do/undo/redo sequences against a reference model: each command's effect is
worked out independently and checked, then undo and redo must walk those states."""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from containerstudio.model import (
    AddElement,
    CompoundCommand,
    ContainerDocument,
    RemoveElement,
    ReplaceElement,
    Stroke,
    UndoStack,
)
from containerstudio.model.commands import MoveElement

coords = st.floats(min_value=0, max_value=1600, allow_nan=False, allow_infinity=False)
colors = st.sampled_from(["#112233", "#abcdef", "#ff8800"])


class UndoMachine(RuleBasedStateMachine):
    """Each rule works out, by itself, what its command must make of the document (the
    reference), pushes the command, and checks the document became exactly that. Undo
    and redo must then walk those same states back and forth."""

    def __init__(self) -> None:
        super().__init__()
        self.doc = ContainerDocument()
        self.stack = UndoStack(self.doc)
        # Reference: the list of document states; `pos` is the current one.
        self.states: list[list[Stroke]] = [[]]
        self.pos = 0
        self.counter = 0

    def _push(self, command, expected: list[Stroke]) -> None:
        """Push `command`; the document must now be `expected` (worked out beforehand)."""
        self.stack.push(command)
        assert list(self.doc) == expected, f"{type(command).__name__} did not do what it says"
        del self.states[self.pos + 1 :]
        self.states.append(expected)
        self.pos += 1

    @rule(x=coords, y=coords, color=colors, on_top=st.booleans(), data=st.data())
    def add(self, x: float, y: float, color: str, on_top: bool, data: st.DataObject) -> None:
        self.counter += 1
        stroke = Stroke(id=f"s{self.counter}", color=color, points=((x, y, 0.5),))
        now = list(self.doc)
        index = -1 if on_top else data.draw(st.integers(0, len(now)))
        expected = [*now, stroke] if index < 0 else [*now[:index], stroke, *now[index:]]
        self._push(AddElement(stroke, "Stroke", index=index), expected)

    @precondition(lambda self: len(self.doc) > 0)
    @rule(data=st.data())
    def remove(self, data: st.DataObject) -> None:
        victim = data.draw(st.sampled_from([e.id for e in self.doc]))
        self._push(RemoveElement(victim), [e for e in self.doc if e.id != victim])

    @precondition(lambda self: len(self.doc) > 0)
    @rule(data=st.data(), color=colors)
    def recolour(self, data: st.DataObject, color: str) -> None:
        target = data.draw(st.sampled_from(list(self.doc)))
        new = Stroke(id=target.id, color=color, points=target.points)
        expected = [new if e.id == target.id else e for e in self.doc]
        self._push(ReplaceElement(new, "Recolour"), expected)

    @precondition(lambda self: len(self.doc) > 1)
    @rule(data=st.data())
    def arrange(self, data: st.DataObject) -> None:
        now = list(self.doc)
        moved = data.draw(st.sampled_from(now))
        index = data.draw(st.integers(0, len(now) - 1))
        rest = [e for e in now if e.id != moved.id]
        self._push(MoveElement(moved.id, index), [*rest[:index], moved, *rest[index:]])

    @precondition(lambda self: len(self.doc) > 0)
    @rule(data=st.data(), color=colors)
    def cut_and_add(self, data: st.DataObject, color: str) -> None:
        """A compound step: remove one element and add another on top, as one undo step."""
        victim = data.draw(st.sampled_from([e.id for e in self.doc]))
        self.counter += 1
        piece = Stroke(id=f"s{self.counter}", color=color, points=((1.0, 2.0, 0.5),))
        expected = [*(e for e in self.doc if e.id != victim), piece]
        self._push(CompoundCommand([RemoveElement(victim), AddElement(piece)], "Cut out"), expected)

    @rule()
    def undo(self) -> None:
        if self.stack.undo():
            self.pos -= 1
        else:
            assert self.pos == 0

    @rule()
    def redo(self) -> None:
        if self.stack.redo():
            self.pos += 1
        else:
            assert self.pos == len(self.states) - 1

    @rule()
    def mark_clean(self) -> None:
        self.stack.set_clean()
        assert self.stack.is_clean()

    @invariant()
    def matches_reference(self) -> None:
        assert list(self.doc) == self.states[self.pos]
        assert self.stack.index == self.pos
        assert self.stack.can_undo() == (self.pos > 0)
        assert self.stack.can_redo() == (self.pos < len(self.states) - 1)
        assert len(self.stack.names()) == len(self.states) - 1


TestUndoMachine = UndoMachine.TestCase
TestUndoMachine.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)


def test_merge_makes_one_step_per_gesture() -> None:
    doc = ContainerDocument()
    stack = UndoStack(doc)
    stack.push(AddElement(Stroke(id="a", points=((0, 0, 0.5),)), "Stroke"))
    for x in range(10):
        moved = Stroke(id="a", points=((float(x), 0, 0.5),))
        stack.push(ReplaceElement(moved, "Move", merge_key=("move", "a")))
    assert stack.names() == ["Stroke", "Move"]
    stack.undo()
    assert doc.get("a").points == ((0, 0, 0.5),)
    stack.break_merge()
    stack.redo()
    assert doc.get("a").points == ((9.0, 0, 0.5),)


def test_clean_state_follows_undo_and_is_lost_by_branching() -> None:
    doc = ContainerDocument()
    stack = UndoStack(doc)
    stack.push(AddElement(Stroke(id="a"), "A"))
    stack.set_clean()
    stack.push(AddElement(Stroke(id="b"), "B"))
    assert not stack.is_clean()
    stack.undo()
    assert stack.is_clean()
    stack.undo()
    stack.push(AddElement(Stroke(id="c"), "C"))
    assert not stack.is_clean()
    stack.undo()
    assert not stack.is_clean()  # the saved state "A" cannot be reached any more


def test_unlimited_undo() -> None:
    doc = ContainerDocument()
    stack = UndoStack(doc)
    for i in range(5000):
        stack.push(AddElement(Stroke(id=f"s{i}"), "Stroke"))
    while stack.undo():
        pass
    assert len(doc) == 0


def test_points_behave_like_a_tuple_but_pack_tightly() -> None:
    from containerstudio.model.elements import PointList

    pts = ((1.0, 2.0, 0.5), (3.25, 4.5, 1.0), (5.0, 6.0, 0.0))
    stroke = Stroke(id="p", points=pts)
    assert isinstance(stroke.points, PointList)
    assert stroke.points == pts and list(stroke.points) == list(pts)
    assert stroke.points[1] == pts[1] and stroke.points[-1] == pts[-1]
    assert stroke.points[1:] == pts[1:]
    assert len(stroke.points) == 3
    assert Stroke(id="p", points=pts) == stroke
    assert hash(Stroke(id="p", points=pts)) == hash(stroke)
    assert stroke.points.flat().itemsize * len(stroke.points.flat()) == 24 * 3
