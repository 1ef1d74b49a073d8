"""Switching containers while the storage lane is busy (a large version being written)
keeps the UI thread free: a container whose changes are kept already closes without
waiting for the lane; only unsaved changes are written at once (after the lane)."""

from __future__ import annotations

import threading

from helpers import drag, line
from PySide6.QtWidgets import QApplication

LANE_BOUND_S = 10.0  # the busy task ends by itself after this, so nothing can hang


def _occupy_lane(window) -> tuple[threading.Event, threading.Event]:
    """A storage task that runs until `release` is set; `finished` says it ended."""
    release, started, finished = threading.Event(), threading.Event(), threading.Event()

    def busy() -> None:
        started.set()
        release.wait(LANE_BOUND_S)
        finished.set()

    window.work.run(busy, storage=True)
    assert started.wait(LANE_BOUND_S)
    return release, finished


def test_a_kept_container_switches_without_waiting_for_the_lane(open_window, qtbot) -> None:
    window = open_window()
    other = window.library.create_container("Second")
    drag(window, line(100, 100, 300, 200))
    saver = window.current.autosaver
    qtbot.waitUntil(lambda: not saver.dirty, timeout=10000)
    qtbot.waitUntil(lambda: not window.work.busy(), timeout=10000)
    QApplication.processEvents()

    release, finished = _occupy_lane(window)
    try:
        doc = window.library.load_working(other)
        assert window.open_container(other, doc)
        assert not finished.is_set(), "closing a kept container waited for the storage lane"
        assert window.current.container_id == other
    finally:
        release.set()
    window.work.wait()


def test_unsaved_changes_are_still_written_when_switching(open_window, qtbot) -> None:
    window = open_window()
    first = window.current.container_id
    other = window.library.create_container("Second")
    qtbot.waitUntil(lambda: not window.work.busy(), timeout=10000)
    drag(window, line(100, 100, 300, 200))
    saver = window.current.autosaver
    assert saver.dirty
    saver._soon.stop()  # the change is still only here, as right after a pen release
    assert window.open_container(other, window.library.load_working(other))
    assert len(window.library.load_working(first)) == 1
