"""Commands: the only way a document changes.

A command holds element ids and element values (immutable data), never views or
Qt items, so it can be undone after any view that built it is gone.
"""

from __future__ import annotations

from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import Element


class Command:
    """One undoable step with a user-facing name.

    `merge_key`: consecutive commands with the same non-None key may merge (a slider
    drag or a move gesture becomes one step).
    """

    name: str = ""
    merge_key: object | None = None

    def redo(self, doc: ContainerDocument) -> None:
        raise NotImplementedError

    def undo(self, doc: ContainerDocument) -> None:
        raise NotImplementedError

    def merge(self, newer: Command) -> bool:
        """Absorb `newer` (already applied) into self; return True if merged."""
        return False


class AddElement(Command):
    """Add an element at `index` (default: on top)."""

    def __init__(self, element: Element, name: str = "Add", index: int = -1) -> None:
        self.element = element
        self.name = name
        self.index = index

    def redo(self, doc: ContainerDocument) -> None:
        doc._insert(self.index, self.element)

    def undo(self, doc: ContainerDocument) -> None:
        doc._remove(self.element.id)


class RemoveElement(Command):
    """Remove an element; undo puts it back at the same place in the order."""

    def __init__(self, element_id: str, name: str = "Delete") -> None:
        self.element_id = element_id
        self.name = name
        self._removed: tuple[int, Element] | None = None

    def redo(self, doc: ContainerDocument) -> None:
        self._removed = doc._remove(self.element_id)

    def undo(self, doc: ContainerDocument) -> None:
        assert self._removed is not None
        index, element = self._removed
        doc._insert(index, element)


class ReplaceElement(Command):
    """Swap an element for a changed copy with the same id (move, recolour, edit text)."""

    def __init__(self, new: Element, name: str = "Change", merge_key: object | None = None) -> None:
        self.new = new
        self.name = name
        self.merge_key = merge_key
        self._old: Element | None = None

    def redo(self, doc: ContainerDocument) -> None:
        old = doc._replace(self.new)
        if self._old is None:
            self._old = old

    def undo(self, doc: ContainerDocument) -> None:
        assert self._old is not None
        doc._replace(self._old)

    def merge(self, newer: Command) -> bool:
        if (
            isinstance(newer, ReplaceElement)
            and self.merge_key is not None
            and newer.merge_key == self.merge_key
            and newer.new.id == self.new.id
        ):
            self.new = newer.new
            return True
        return False


class MoveElement(Command):
    """Move an element to another place in the paint order (bring forward / send back)."""

    def __init__(self, element_id: str, new_index: int, name: str = "Arrange") -> None:
        self.element_id = element_id
        self.new_index = new_index
        self.name = name
        self._old_index: int | None = None

    def redo(self, doc: ContainerDocument) -> None:
        index, element = doc._remove(self.element_id)
        self._old_index = index
        doc._insert(self.new_index, element)

    def undo(self, doc: ContainerDocument) -> None:
        assert self._old_index is not None
        _, element = doc._remove(self.element_id)
        doc._insert(self._old_index, element)


class CompoundCommand(Command):
    """Several commands as one step (e.g. cut-out: replace photo + add piece)."""

    def __init__(self, commands: list[Command], name: str) -> None:
        self.commands = list(commands)
        self.name = name

    def redo(self, doc: ContainerDocument) -> None:
        for cmd in self.commands:
            cmd.redo(doc)

    def undo(self, doc: ContainerDocument) -> None:
        for cmd in reversed(self.commands):
            cmd.undo(doc)
