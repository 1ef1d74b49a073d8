"""The one helper for slow work (saving, export, photo import, backups).

Work runs on a QThreadPool; results come back to the UI thread through queued
signals. Work functions receive plain data and never touch widgets.

Python runs one thread at a time: while a worker runs Python (a large save encodes
thousands of elements), the UI thread waits for its turn each time it comes back from
Qt, by default up to 5 ms each time, many times per event-loop turn. The helper asks
for a handover within HANDOVER_S instead (measured with a large save running: the
slowest tenth of list repaints took 24 ms at 5 ms, 13-15 ms at 0.5 ms).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from containerstudio.ui.kit.exception_guard import describe

log = logging.getLogger(__name__)

HANDOVER_S = 0.0005  # longest the UI thread waits for a working thread to let it run


class _Relay(QObject):
    """Lives in the UI thread; its signals carry a task's outcome back there."""

    finished = Signal(object)
    """Emitted with the work function's return value."""
    failed = Signal(object)
    """Emitted with the exception the work function raised."""
    progressed = Signal(float)
    """Emitted with progress from 0.0 to 1.0."""


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], relay: _Relay, wants_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.wants_progress = wants_progress
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.relay.progressed.emit) if self.wants_progress else self.fn()
        except BaseException as exc:
            # The caller's `failed` tells the person calmly. Only the type and the code
            # locations are noted (never the message: it may name a file or hold words),
            # and below warning level, so nothing reaches stderr.
            log.debug("background work did not finish:\n%s", describe(type(exc), exc.__traceback__))
            self.relay.failed.emit(exc)
            return
        self.relay.finished.emit(result)


class BackgroundWork(QObject):
    """Runs callables off the UI thread. Storage work runs one at a time, in order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if sys.getswitchinterval() > HANDOVER_S:
            sys.setswitchinterval(HANDOVER_S)
        self._storage = QThreadPool(self)
        self._storage.setMaxThreadCount(1)
        self._general = QThreadPool(self)
        self._general.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float], None] | None = None,
        *,
        storage: bool = False,
    ) -> None:
        """Run `fn` (given a progress callback if `on_progress` is set) in the background."""
        relay = _Relay()
        self._relays.add(relay)

        def done(result: Any) -> None:
            self._relays.discard(relay)
            if on_done is not None and _receiver_alive(on_done):
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._relays.discard(relay)
            if on_failed is not None and _receiver_alive(on_failed):
                on_failed(exc)

        relay.finished.connect(done)
        relay.failed.connect(failed)
        if on_progress is not None:
            relay.progressed.connect(on_progress)
        pool = self._storage if storage else self._general
        pool.start(_Task(fn, relay, on_progress is not None))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until all work is done, at most `msecs` in all (on quit, and in tests);
        False when some work is still running then (a stuck task never hangs the caller)."""
        start = time.monotonic()
        ok = self._storage.waitForDone(msecs)
        if ok:
            left = max(0, msecs - round((time.monotonic() - start) * 1000))
            ok = self._general.waitForDone(left)
        if not ok:
            log.warning("background work was still running after %d ms", msecs)
        return ok

    def busy(self) -> bool:
        return self._storage.activeThreadCount() > 0 or self._general.activeThreadCount() > 0


def _receiver_alive(callback: Callable[..., Any]) -> bool:
    """False when `callback` is a method of a Qt object that is gone (a dialog closed and
    deleted while its read was on the lane): its result has nowhere to show."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
