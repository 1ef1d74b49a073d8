"""The core's one event mechanism, and what the document and the undo stack tell views."""

from __future__ import annotations

import gc
from typing import Any

import pytest

from containerstudio.model import AddElement, ContainerDocument, ReplaceElement, Stroke, UndoStack
from containerstudio.model.commands import RemoveElement
from containerstudio.model.events import (
    CleanChanged,
    DocumentReset,
    ElementInserted,
    ElementRemoved,
    ElementReplaced,
    EventEmitter,
    HistoryCleared,
    StepMerged,
    StepPushed,
    StepRedone,
    StepUndone,
)


def stroke(sid: str, x: float = 1.0) -> Stroke:
    return Stroke(
        id=sid,
        part="outside",
        tool="pencil",
        color="#333333",
        width=4.0,
        opacity=1.0,
        points=((x, 1.0, 0.5), (x + 5, 6.0, 0.5)),
    )


class View:
    """A view following an emitter with a bound method (held weakly)."""

    def __init__(self) -> None:
        self.seen: list[Any] = []

    def on_event(self, event: Any) -> None:
        self.seen.append(event)


def test_connect_calls_in_order_and_once_each() -> None:
    emitter: EventEmitter[int] = EventEmitter()
    calls: list[tuple[str, int]] = []
    first = lambda e: calls.append(("first", e))  # noqa: E731
    emitter.connect(first)
    emitter.connect(lambda e: calls.append(("second", e)))
    emitter.connect(first)  # already connected: still called once
    emitter.emit(1)
    assert calls == [("first", 1), ("second", 1)]
    assert len(emitter) == 2


def test_disconnect_by_callback_and_by_handle() -> None:
    emitter: EventEmitter[int] = EventEmitter()
    a, b = [], []
    emitter.connect(a.append)
    handle = emitter.connect(b.append)
    emitter.emit(1)
    emitter.disconnect(a.append)
    emitter.disconnect(a.append)  # forgiving
    emitter.emit(2)
    assert handle.connected
    handle.disconnect()
    handle.disconnect()  # forgiving
    assert not handle.connected
    emitter.emit(3)
    assert a == [1] and b == [1, 2]
    assert len(emitter) == 0


def test_a_callback_may_disconnect_itself_or_a_later_one() -> None:
    emitter: EventEmitter[int] = EventEmitter()
    calls: list[str] = []
    later = lambda e: calls.append("later")  # noqa: E731

    def once(event: int) -> None:
        calls.append("once")
        emitter.disconnect(once)
        emitter.disconnect(later)

    emitter.connect(once)
    emitter.connect(later)
    emitter.emit(1)
    emitter.emit(2)
    assert calls == ["once"]


def test_a_dropped_view_is_never_called() -> None:
    emitter: EventEmitter[int] = EventEmitter()
    kept, dropped = View(), View()
    emitter.connect(kept.on_event)
    emitter.connect(dropped.on_event)
    seen_by_dropped = dropped.seen
    del dropped
    gc.collect()
    emitter.emit(5)
    assert kept.seen == [5] and seen_by_dropped == []
    assert len(emitter) == 1


def test_a_bound_method_disconnects_by_equality() -> None:
    emitter: EventEmitter[int] = EventEmitter()
    view = View()
    emitter.connect(view.on_event)
    emitter.disconnect(view.on_event)  # a new bound-method object, equal to the first
    emitter.emit(1)
    assert view.seen == []


def test_events_are_frozen() -> None:
    event = StepPushed(3, "Pencil stroke")
    with pytest.raises(AttributeError):
        event.index = 4  # type: ignore[misc]


def test_document_events_say_what_changed() -> None:
    doc = ContainerDocument()
    stack = UndoStack(doc)
    view = View()
    doc.events.connect(view.on_event)
    a, b = stroke("a"), stroke("b")
    stack.push(AddElement(a))
    stack.push(AddElement(b, index=0))
    moved = stroke("a", x=40.0)
    stack.push(ReplaceElement(moved))
    stack.push(RemoveElement("b"))
    doc.load([a], {})
    assert view.seen == [
        ElementInserted(0, a),
        ElementInserted(0, b),
        ElementReplaced(1, a, moved),
        ElementRemoved(0, b),
        DocumentReset(),
    ]


def test_undo_stack_events_carry_index_and_name() -> None:
    doc = ContainerDocument()
    stack = UndoStack(doc)
    view = View()
    stack.events.connect(view.on_event)
    stack.push(AddElement(stroke("a"), name="Pencil"))
    stack.push(ReplaceElement(stroke("a", 5.0), name="Move", merge_key="drag"))
    stack.push(ReplaceElement(stroke("a", 9.0), name="Move", merge_key="drag"))  # merges
    stack.undo()
    stack.redo()
    stack.undo()
    stack.push(AddElement(stroke("b"), name="Marker"))  # the undone Move is gone
    expected = [
        StepPushed(1, "Pencil"),
        CleanChanged(False),
        StepPushed(2, "Move"),
        StepMerged(2, "Move"),
        StepUndone(1),
        StepRedone(2),
        StepUndone(1),
        StepPushed(2, "Marker"),
    ]
    assert view.seen == expected
    assert stack.names() == ["Pencil", "Marker"] and stack.step_count == 2


def test_clean_changes_are_told_once_each_way() -> None:
    doc = ContainerDocument()
    stack = UndoStack(doc)
    view = View()
    stack.events.connect(view.on_event)
    stack.push(AddElement(stroke("a"), name="Pencil"))
    stack.set_clean()
    stack.set_clean()  # no change: nothing told
    stack.undo()
    stack.redo()
    stack.push(AddElement(stroke("b"), name="Pencil"))
    stack.clear()  # clean again: told with the clearing
    assert [e for e in view.seen if isinstance(e, CleanChanged)] == [
        CleanChanged(False),
        CleanChanged(True),
        CleanChanged(False),
        CleanChanged(True),
        CleanChanged(False),
        CleanChanged(True),
    ]
    assert view.seen[-2:] == [HistoryCleared(), CleanChanged(True)]


def test_a_copy_is_independent_and_tells_nobody() -> None:
    doc = ContainerDocument()
    stack = UndoStack(doc)
    stack.push(AddElement(stroke("a")))
    aid = doc.add_asset(b"photo bytes")
    view = View()
    doc.events.connect(view.on_event)
    twin = doc.copy()
    assert twin == doc and twin.has_asset(aid) and len(twin.events) == 0
    stack.push(AddElement(stroke("b")))
    assert [e.id for e in twin] == ["a"] and [e.id for e in doc] == ["a", "b"]
    assert view.seen == [ElementInserted(1, doc.get("b"))]
