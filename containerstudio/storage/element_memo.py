"""Elements remembered with their content keys, both ways.

Elements are immutable, so an element read once can be handed out again for the same
key: reopening a container, previewing or restoring a version (which share almost all
their elements) and saving all skip decoding and hashing what is already known. The
memo keeps the most recently used elements, up to a bound, so a long session does not
hold every drawing it ever opened.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from containerstudio.model.elements import Element

DEFAULT_CAPACITY = 12_000  # a big drawing and then some; a stroke is a few kB


class ElementMemo:
    """Key of an element and element of a key, least recently used forgotten first.
    Not thread-safe by itself: the library changes it under its lock. `key_of` alone may
    be read without the lock (one dictionary read of a whole entry, checked against the
    element it is for)."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self.capacity = capacity
        self._by_key: OrderedDict[str, Element] = OrderedDict()
        # id(element) -> (element, key); holding the element keeps its id from reuse.
        self._by_id: dict[int, tuple[Element, str]] = {}

    def make_room(self, count: int) -> None:
        """Hold at least twice `count` (a document's elements): a drawing bigger than the
        bound must not push its own elements out while it is saved or read."""
        self.capacity = max(self.capacity, 2 * count)

    def __len__(self) -> int:
        return len(self._by_key)

    def key_of(self, element: Element) -> str | None:
        found = self._by_id.get(id(element))
        if found is None or found[0] is not element:
            return None
        return found[1]

    def element_at(self, key: str) -> Element | None:
        element = self._by_key.get(key)
        if element is not None:
            self._by_key.move_to_end(key)
        return element

    def remember(self, element: Element, key: str) -> None:
        old = self._by_key.pop(key, None)
        if old is not None and old is not element:
            self._by_id.pop(id(old), None)
        self._by_key[key] = element
        self._by_id[id(element)] = (element, key)
        while len(self._by_key) > self.capacity:
            _, dropped = self._by_key.popitem(last=False)
            self._by_id.pop(id(dropped), None)

    def forget(self, keys: Iterable[str]) -> None:
        """Forget these keys (removed for good: nothing deleted lingers in memory)."""
        for key in keys:
            element = self._by_key.pop(key, None)
            if element is not None:
                self._by_id.pop(id(element), None)

    def clear(self) -> None:
        """Forget everything."""
        self._by_key.clear()
        self._by_id.clear()
