"""The container document: an ordered list of elements plus image assets.

Nothing outside `model.commands` mutates a document; everything else goes through
`UndoStack.push(command)`. Views connect to `doc.events` and follow what each event
says changed (`model.events`); they never read a half-applied change.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from containerstudio.model.elements import Element
from containerstudio.model.events import (
    DocumentEvent,
    DocumentReset,
    ElementInserted,
    ElementRemoved,
    ElementReplaced,
    EventEmitter,
)

DEFAULT_CANVAS_SIZE: tuple[int, int] = (1600, 1200)


def asset_id_for(data: bytes) -> str:
    """Content address of an asset's bytes (also the storage key)."""
    return hashlib.sha256(data).hexdigest()[:32]


class ContainerDocument:
    """Elements in paint order (first is bottom-most) and the assets they use."""

    def __init__(self, canvas_size: tuple[int, int] = DEFAULT_CANVAS_SIZE) -> None:
        self.canvas_size = canvas_size
        self._order: list[str] = []
        self._elements: dict[str, Element] = {}
        self._assets: dict[str, bytes] = {}
        self.events: EventEmitter[DocumentEvent] = EventEmitter()
        """Tells views what changed: `ElementInserted`, `ElementRemoved`,
        `ElementReplaced` (each with its index) and `DocumentReset`."""

    # -- reading -------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._order)

    def __iter__(self) -> Iterator[Element]:
        return (self._elements[i] for i in self._order)

    def __contains__(self, element_id: object) -> bool:
        return element_id in self._elements

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ContainerDocument):
            return NotImplemented
        return (
            self.canvas_size == other.canvas_size
            and list(self) == list(other)
            and self.used_assets() == other.used_assets()
        )

    def get(self, element_id: str) -> Element:
        return self._elements[element_id]

    def index_of(self, element_id: str) -> int:
        return self._order.index(element_id)

    def elements(self) -> list[Element]:
        return [self._elements[i] for i in self._order]

    def asset(self, asset_id: str) -> bytes:
        return self._assets[asset_id]

    def has_asset(self, asset_id: str) -> bool:
        return asset_id in self._assets

    def used_assets(self) -> dict[str, bytes]:
        """Assets referenced by at least one element (what a save must keep)."""
        used = {aid for el in self for aid in el.asset_ids()}
        return {aid: self._assets[aid] for aid in sorted(used) if aid in self._assets}

    def copy(self) -> ContainerDocument:
        """An independent copy, cheap enough for the UI thread at every autosave:
        elements and asset bytes are immutable, so they are shared, not copied."""
        twin = ContainerDocument(self.canvas_size)
        twin._order = list(self._order)
        twin._elements = dict(self._elements)
        twin._assets = dict(self._assets)
        return twin

    # -- assets are content-addressed and immutable, so adding one is not a step --
    def add_asset(self, data: bytes) -> str:
        """Keep image bytes (already validated and cleaned) and return their id."""
        aid = asset_id_for(data)
        self._assets.setdefault(aid, data)
        return aid

    # -- mutation: only for commands and loaders ------------------------------
    def _insert(self, index: int, element: Element) -> None:
        if element.id in self._elements:
            raise ValueError(f"element {element.id} already present")
        index = len(self._order) if index < 0 else index
        self._order.insert(index, element.id)
        self._elements[element.id] = element
        self.events.emit(ElementInserted(index, element))

    def _remove(self, element_id: str) -> tuple[int, Element]:
        index = self._order.index(element_id)
        del self._order[index]
        element = self._elements.pop(element_id)
        self.events.emit(ElementRemoved(index, element))
        return index, element

    def _replace(self, element: Element) -> Element:
        old = self._elements[element.id]
        self._elements[element.id] = element
        self.events.emit(ElementReplaced(self._order.index(element.id), old, element))
        return old

    def load(self, elements: list[Element], assets: dict[str, bytes]) -> None:
        """Replace all content at once (opening a version); not an undo step."""
        self._order = [e.id for e in elements]
        self._elements = {e.id: e for e in elements}
        self._assets = dict(assets)
        self.events.emit(DocumentReset())


def closed_copy(doc: ContainerDocument) -> ContainerDocument:
    """A copy of `doc` as a closed container shows it: every element of the inside left
    out (and the assets only they use), so a viewer of it cannot reveal the inside."""
    from containerstudio.model.parts import INSIDE

    copy = ContainerDocument(doc.canvas_size)
    kept = [e for e in doc if e.part != INSIDE]
    used = {aid for e in kept for aid in e.asset_ids()}
    copy.load(kept, {aid: data for aid, data in doc.used_assets().items() if aid in used})
    return copy
