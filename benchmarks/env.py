"""Shared set-up: an offscreen QApplication and a throwaway library."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def qapp():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["benchmarks"])


def temp_library():
    """A fresh library in a temporary folder: (library, folder)."""
    from containerstudio.storage.database import open_database
    from containerstudio.storage.library import Library

    folder = Path(tempfile.mkdtemp(prefix="cs-bench-"))
    return Library(open_database(folder)), folder


def file_bytes(folder: Path) -> int:
    """Bytes of the library files (database and its write-ahead log)."""
    total = 0
    for name in ("library.sqlite3", "library.sqlite3-wal"):
        path = folder / name
        if path.exists():
            total += path.stat().st_size
    return total
