"""Random do/undo/redo sequences against a simple reference model (a list of snapshots)."""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from containerstudio.model import (
    AddElement,
    ContainerDocument,
    RemoveElement,
    ReplaceElement,
    Stroke,
    UndoStack,
)

coords = st.floats(min_value=0, max_value=1600, allow_nan=False, allow_infinity=False)
colors = st.sampled_from(["#112233", "#abcdef", "#ff8800"])


class UndoMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.doc = ContainerDocument()
        self.stack = UndoStack(self.doc)
        # Reference: the list of document states; `pos` is the current one.
        self.states: list[list[Stroke]] = [[]]
        self.pos = 0
        self.counter = 0

    def _record(self) -> None:
        del self.states[self.pos + 1 :]
        self.states.append(list(self.doc))
        self.pos += 1

    @rule(x=coords, y=coords, color=colors)
    def add(self, x: float, y: float, color: str) -> None:
        self.counter += 1
        stroke = Stroke(id=f"s{self.counter}", color=color, points=((x, y, 0.5),))
        self.stack.push(AddElement(stroke, "Stroke"))
        self._record()

    @precondition(lambda self: len(self.doc) > 0)
    @rule(data=st.data())
    def remove(self, data: st.DataObject) -> None:
        victim = data.draw(st.sampled_from([e.id for e in self.doc]))
        self.stack.push(RemoveElement(victim))
        self._record()

    @precondition(lambda self: len(self.doc) > 0)
    @rule(data=st.data(), color=colors)
    def recolour(self, data: st.DataObject, color: str) -> None:
        target = data.draw(st.sampled_from(list(self.doc)))
        new = Stroke(id=target.id, color=color, points=target.points)
        self.stack.push(ReplaceElement(new, "Recolour"))
        self._record()

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
