"""Closing a container (switching to another) keeps its drawing's pixels for the next
opening; comparing them with what is kept already (keys that wait for the library's
lock, which a large save holds) and copying them run on the storage lane."""

from __future__ import annotations

import threading

from helpers import drag, line

from containerstudio.storage.render_cache import RenderCacheStore
from containerstudio.ui.canvas.run_cache import MIN_CACHED_ELEMENTS, RunCache


def test_closing_keeps_the_run_pixels_from_the_storage_lane(open_window, qtbot, monkeypatch):
    window = open_window()
    for i in range(MIN_CACHED_ELEMENTS + 2):
        y = 120 + (i * 37) % 700
        drag(window, line(150 + i * 9, y, 900 + i * 11, y + 140, steps=8))
    cid = window.current.container_id
    other = window.library.create_container("Second")
    qtbot.waitUntil(lambda: not window.current.autosaver.dirty, timeout=10000)

    on_ui_thread: list[bool] = []
    signature = RunCache._signature

    def watched(cache, ordered):
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return signature(cache, ordered)

    monkeypatch.setattr(RunCache, "_signature", watched)
    assert window.open_container(other, window.library.load_working(other))
    window.work.wait()
    assert on_ui_thread, "the pixels were compared with what is kept"
    assert not any(on_ui_thread), "comparing and copying them ran off the UI thread"
    entries = RenderCacheStore(window.library.db, window.library.codec).entries(cid)
    assert entries, "the pixels are kept for the next opening"
