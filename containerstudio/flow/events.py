"""A minimal observer list, so Qt-free state can tell any view what changed.

Views subscribe when they open and unsubscribe when they close (STYLE.md rule 4); a view
that forgets would keep receiving events, so ``unsubscribe`` is cheap and forgiving.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Observer = Callable[..., None]


class Observable:
    """Calls each subscriber as ``callback(event_name, **details)``, in subscription order."""

    def __init__(self) -> None:
        self._observers: list[Observer] = []

    def subscribe(self, callback: Observer) -> Observer:
        """Call ``callback(event_name, **details)`` after each change; returns the callback."""
        if callback not in self._observers:
            self._observers.append(callback)
        return callback

    def unsubscribe(self, callback: Observer) -> None:
        """Stop calling ``callback``; a callback that was not subscribed is ignored."""
        if callback in self._observers:
            self._observers.remove(callback)

    def _emit(self, event: str, **details: Any) -> None:
        # A copy, so a callback may unsubscribe itself while being called.
        for callback in list(self._observers):
            callback(event, **details)
