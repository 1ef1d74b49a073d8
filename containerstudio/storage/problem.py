"""The one exception storage raises for the user to read.

It lives apart from the database code so the window can name it (in `except` clauses)
before SQLAlchemy is loaded: start-up shows the window first (see app.py).
"""

from __future__ import annotations

from pathlib import Path


class StorageProblem(Exception):
    """The library cannot be opened or written; `message` is for the user."""

    def __init__(self, message: str, path: Path | None = None, kind: str = "other") -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        # "newer", "not-a-database", "damaged", "unwritable", "disk-full", "other"
        self.kind = kind
