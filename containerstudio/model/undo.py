"""Unlimited undo/redo with a clean mark, owned by the model (the UI mirrors it)."""

from __future__ import annotations

from containerstudio.model.commands import Command
from containerstudio.model.document import ContainerDocument
from containerstudio.model.events import (
    CleanChanged,
    EventEmitter,
    HistoryCleared,
    StepMerged,
    StepPushed,
    StepRedone,
    StepUndone,
    UndoEvent,
)


class UndoStack:
    """Runs commands on a document and remembers them for undo and redo.

    `index` is the number of applied commands; commands past it are redoable.
    The clean index marks the state last saved (None when that state was lost
    by undoing below it and branching).

    `events` says what happened after each change: `StepPushed(index, name)`,
    `StepMerged(index, name)`, `StepUndone(index)`, `StepRedone(index)`,
    `HistoryCleared()`, then `CleanChanged(clean)` whenever that changed with it.
    """

    def __init__(self, doc: ContainerDocument) -> None:
        self.doc = doc
        self._commands: list[Command] = []
        self._index = 0
        self._clean: int | None = 0
        self.events: EventEmitter[UndoEvent] = EventEmitter()
        self._was_clean = True
        self._allow_merge = True

    # -- changes -----------------------------------------------------------------
    def push(self, command: Command) -> None:
        """Apply a command and make it the newest undo step (or merge it into it)."""
        command.redo(self.doc)
        del self._commands[self._index :]
        if self._clean is not None and self._clean > self._index:
            self._clean = None
        last = self._commands[-1] if self._commands else None
        if self._allow_merge and last is not None and last.merge(command):
            self._changed(StepMerged(self._index, last.name))
            return
        self._commands.append(command)
        self._index += 1
        self._allow_merge = True
        self._changed(StepPushed(self._index, command.name))

    def break_merge(self) -> None:
        """End the current gesture: the next command will not merge into the last one."""
        self._allow_merge = False

    def undo(self) -> bool:
        if not self.can_undo():
            return False
        self._index -= 1
        self._commands[self._index].undo(self.doc)
        self._allow_merge = False
        self._changed(StepUndone(self._index))
        return True

    def redo(self) -> bool:
        if not self.can_redo():
            return False
        self._commands[self._index].redo(self.doc)
        self._index += 1
        self._allow_merge = False
        self._changed(StepRedone(self._index))
        return True

    def clear(self) -> None:
        """Forget history (after loading another document)."""
        self._commands.clear()
        self._index = 0
        self._clean = 0
        self._changed(HistoryCleared())

    # -- state -------------------------------------------------------------------
    def can_undo(self) -> bool:
        return self._index > 0

    def can_redo(self) -> bool:
        return self._index < len(self._commands)

    @property
    def index(self) -> int:
        return self._index

    @property
    def step_count(self) -> int:
        """How many steps are kept, undone ones included."""
        return len(self._commands)

    def undo_name(self) -> str:
        return self._commands[self._index - 1].name if self.can_undo() else ""

    def redo_name(self) -> str:
        return self._commands[self._index].name if self.can_redo() else ""

    def names(self) -> list[str]:
        """Names of every step, oldest first (for a history panel)."""
        return [c.name for c in self._commands]

    def set_to(self, index: int) -> None:
        """Undo or redo until `index` steps are applied (clicking in a history panel)."""
        index = max(0, min(index, len(self._commands)))
        while self._index > index:
            self.undo()
        while self._index < index:
            self.redo()

    def is_clean(self) -> bool:
        return self._clean == self._index

    def set_clean(self, index: int | None = None) -> None:
        """Mark the state after `index` steps (default: now) as the saved one."""
        self._clean = self._index if index is None else index
        self._changed(None)

    def _changed(self, event: UndoEvent | None) -> None:
        if event is not None:
            self.events.emit(event)
        clean = self.is_clean()
        if clean != self._was_clean:
            self._was_clean = clean
            self.events.emit(CleanChanged(clean))
