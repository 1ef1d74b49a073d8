"""A choice that shapes the whole app (the theme, the language, the preferences): the
value in use, the data folder it is remembered in, and a signal when it changes.

Each of those modules keeps one such record, made on first use (after the
QApplication: a QObject needs it), by a `functools.cache`d `current_state()`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")


class AppChoice(QObject, Generic[T]):
    """The value in use of one app-wide choice."""

    changed = Signal(object)
    """Another value is in use (the value)."""

    def __init__(self, value: T) -> None:
        super().__init__()
        self.value: T = value
        self.data_dir: Path | None = None
        """The data folder the choice is read from at start-up and remembered in."""

    def take(self, value: T) -> None:
        """Make `value` the one in use, and say so when it differs from the last."""
        changed = value != self.value
        self.value = value
        if changed:
            self.changed.emit(value)

    def folder(self) -> Path | None:
        """The data folder to remember a choice in, when there is one (a folder that is
        gone is never made again for it)."""
        folder = self.data_dir
        return folder if folder is not None and folder.is_dir() else None
