"""Records every storage call made on the UI thread (tests only).

Every read and write of the library opens an SQLAlchemy connection (`Database.begin` and
`engine.connect` both do), so one listener on every engine sees them all. A call made on
the main thread is recorded with the nearest frames in `containerstudio/ui/`, to say
which screen made it.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import event
from sqlalchemy.engine import Engine


@dataclass
class StorageWatch:
    """Storage calls seen on the UI thread while `recording` is on."""

    recording: bool = False
    calls: list[str] = field(default_factory=list)

    def _on_connect(self, _conn: object) -> None:
        if not self.recording or threading.current_thread() is not threading.main_thread():
            return
        frames = [
            f"{f.filename.split('containerstudio/')[-1]}:{f.lineno} {f.name}"
            for f in traceback.extract_stack()
            if "containerstudio/ui/" in f.filename
        ]
        self.calls.append(" <- ".join(reversed(frames[-3:])) or "outside ui/")


@contextmanager
def watch_storage() -> Iterator[StorageWatch]:
    """Listen on every engine for the duration; start recording with `watch.recording`."""
    watch = StorageWatch()
    event.listen(Engine, "engine_connect", watch._on_connect)
    try:
        yield watch
    finally:
        event.remove(Engine, "engine_connect", watch._on_connect)
