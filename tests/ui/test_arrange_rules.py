"""The paint-order rules of Bring forward and Send back (ui/canvas/selection_commands.py):
an element moves past the next element of its own part only; elements of other parts
keep their places, and there is no step when nothing of its part is in the way."""

from __future__ import annotations

import pytest

from containerstudio.model.commands import MoveElement
from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import Stroke
from containerstudio.model.undo import UndoStack
from containerstudio.ui.canvas.selection_commands import bring_forward, send_back

# bottom to top: two outside strokes with an inside one and a lid one between them
ORDER = [("o1", "outside"), ("i1", "inside"), ("l1", "lid"), ("o2", "outside"), ("i2", "inside")]


def _doc() -> tuple[ContainerDocument, UndoStack]:
    doc = ContainerDocument()
    doc.load([Stroke(id=sid, part=part) for sid, part in ORDER], {})
    return doc, UndoStack(doc)


def _ids(doc: ContainerDocument) -> list[str]:
    return [e.id for e in doc]


@pytest.mark.parametrize(
    ("rule", "element", "after"),
    [
        (bring_forward, "o1", ["i1", "l1", "o2", "o1", "i2"]),  # just above o2
        (bring_forward, "i1", ["o1", "l1", "o2", "i2", "i1"]),  # just above i2, the top
        (send_back, "o2", ["o2", "o1", "i1", "l1", "i2"]),  # just below o1
        (send_back, "i2", ["o1", "i2", "i1", "l1", "o2"]),  # just below i1
    ],
)
def test_arranging_passes_the_next_element_of_the_same_part(qapp, rule, element, after):
    doc, stack = _doc()
    command = rule(doc, element)
    assert isinstance(command, MoveElement)
    stack.push(command)
    assert _ids(doc) == after
    assert [e.id for e in doc if e.part != doc.get(element).part] == [
        sid for sid, part in ORDER if part != doc.get(element).part
    ], "the other parts keep their order"
    stack.undo()
    assert _ids(doc) == [sid for sid, _ in ORDER]


@pytest.mark.parametrize(
    ("rule", "element"),
    [(bring_forward, "o2"), (bring_forward, "i2"), (bring_forward, "l1"), (send_back, "o1"),
     (send_back, "i1"), (send_back, "l1")],
)  # fmt: skip
def test_no_step_when_nothing_of_the_part_is_in_the_way(qapp, rule, element):
    doc, _stack = _doc()
    assert rule(doc, element) is None


def test_the_steps_are_named_for_the_history(qapp):
    doc, _stack = _doc()
    assert bring_forward(doc, "o1").name == "Bring forward"
    assert send_back(doc, "o2").name == "Send back"
