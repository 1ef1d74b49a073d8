"""The one way the Qt-free core tells views what changed.

An `EventEmitter` calls each connected callback with one small frozen event that says
what happened (which index, which element, which step), so a view can update just the
part that changed instead of reading everything again. The document, the undo stack and
the guided session each own one (`doc.events`, `stack.events`, `session.events`).

Views connect when they open and disconnect when they close (`connect` returns a
`Connection` whose `disconnect()` undoes it). A bound method is held weakly, so a view
that was dropped without disconnecting is never called (a callback into a deleted view
is the classic "wrapped C/C++ object has been deleted"); a plain function or lambda is
held as given, since nothing else may keep it alive.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from types import MethodType
from typing import Any, Generic, TypeVar

E = TypeVar("E")
Callback = Callable[[E], None]


class _Slot(Generic[E]):
    """One connected callback: a weak reference for a bound method, else the callable."""

    __slots__ = ("_method", "_strong")

    def __init__(self, callback: Callable[[E], None]) -> None:
        self._method: weakref.WeakMethod[Callable[[E], None]] | None = None
        self._strong: Callable[[E], None] | None = None
        if isinstance(callback, MethodType):
            self._method = weakref.WeakMethod(callback)
        else:
            self._strong = callback

    def target(self) -> Callable[[E], None] | None:
        """The callable, or None when its object has gone."""
        return self._method() if self._method is not None else self._strong

    def matches(self, callback: Callable[[E], None]) -> bool:
        live = self.target()
        return live is not None and live == callback


class Connection:
    """What `connect` returns: `disconnect()` stops the calls (safe to call twice)."""

    __slots__ = ("_emitter", "_slot")

    def __init__(self, emitter: EventEmitter[Any], slot: _Slot[Any]) -> None:
        self._emitter: EventEmitter[Any] | None = emitter
        self._slot = slot

    @property
    def connected(self) -> bool:
        emitter = self._emitter
        return emitter is not None and self._slot in emitter._slots

    def disconnect(self) -> None:
        if self._emitter is not None:
            self._emitter._drop(self._slot)
            self._emitter = None


class EventEmitter(Generic[E]):
    """Calls each connected callback as ``callback(event)``, in connection order."""

    def __init__(self) -> None:
        self._slots: list[_Slot[E]] = []

    def connect(self, callback: Callable[[E], None]) -> Connection:
        """Call ``callback(event)`` after each change. Connecting the same callback again
        does nothing more (it is still called once)."""
        for slot in self._slots:
            if slot.matches(callback):
                return Connection(self, slot)
        slot = _Slot(callback)
        self._slots.append(slot)
        return Connection(self, slot)

    def disconnect(self, callback: Callable[[E], None]) -> None:
        """Stop calling ``callback``; one that was not connected is ignored."""
        self._slots = [s for s in self._slots if not s.matches(callback)]

    def __len__(self) -> int:
        """How many live callbacks are connected."""
        return sum(1 for s in self._slots if s.target() is not None)

    def emit(self, event: E) -> None:
        """Tell every live callback; callbacks whose object has gone are forgotten."""
        # A copy, so a callback may disconnect itself (or another) while being called.
        for slot in list(self._slots):
            if slot not in self._slots:
                continue  # disconnected by an earlier callback of this very event
            callback = slot.target()
            if callback is None:
                self._drop(slot)
            else:
                callback(event)

    def _drop(self, slot: _Slot[E]) -> None:
        self._slots = [s for s in self._slots if s is not slot]


# -- the document's events ------------------------------------------------------------
@dataclass(frozen=True)
class ElementInserted:
    """`element` now stands at `index` in paint order."""

    index: int
    element: Any  # an Element (kept as Any so this module imports nothing of the model)


@dataclass(frozen=True)
class ElementRemoved:
    """`element` was at `index` and is gone."""

    index: int
    element: Any


@dataclass(frozen=True)
class ElementReplaced:
    """The element at `index` changed from `old` to `new` (same id)."""

    index: int
    old: Any
    new: Any


@dataclass(frozen=True)
class DocumentReset:
    """All content was replaced at once (a version was opened): read it again."""


DocumentEvent = ElementInserted | ElementRemoved | ElementReplaced | DocumentReset


# -- the undo stack's events ----------------------------------------------------------
@dataclass(frozen=True)
class StepPushed:
    """A new step `name` was applied; `index` steps are applied now and there are
    exactly `index` steps (any that were undone before it are gone)."""

    index: int
    name: str


@dataclass(frozen=True)
class StepMerged:
    """The newest step (the `index`-th, named `name`) took in one more change."""

    index: int
    name: str


@dataclass(frozen=True)
class StepUndone:
    """One step was undone; `index` steps are applied now."""

    index: int


@dataclass(frozen=True)
class StepRedone:
    """One step was redone; `index` steps are applied now."""

    index: int


@dataclass(frozen=True)
class HistoryCleared:
    """Every step was forgotten (another document was loaded)."""


@dataclass(frozen=True)
class CleanChanged:
    """Whether the state shown is the saved one changed to `clean`."""

    clean: bool


UndoEvent = StepPushed | StepMerged | StepUndone | StepRedone | HistoryCleared | CleanChanged
