"""Opening the versions view decodes the kept thumbnails on the storage lane, not on the
UI thread (with hundreds of versions that decoding held the window up), and every
version with a picture still shows it."""

from __future__ import annotations

import threading

from helpers import drag, line

from containerstudio.ui.versions.dock import VersionsDock


def test_version_pictures_are_decoded_off_the_ui_thread(open_window, qtbot, monkeypatch):
    window = open_window()
    saved: list[int] = []
    window.current.version_saved.connect(saved.append)
    for i in range(3):
        drag(window, line(150, 200 + 150 * i, 650, 200 + 150 * i))
        window.current.save_version(name=f"v{i}")
        qtbot.waitUntil(lambda i=i: len(saved) == i + 1, timeout=10000)

    threads: list[bool] = []
    decode = VersionsDock._decoded

    def watched(data: bytes):
        threads.append(threading.current_thread() is threading.main_thread())
        return decode(data)

    monkeypatch.setattr(VersionsDock, "_decoded", staticmethod(watched))
    dock = window.versions.dock
    dock.show()
    dock.refresh()
    qtbot.waitUntil(lambda: not dock.reading and dock.timeline.count() == 3, timeout=10000)
    assert len(threads) >= 3, "each version's picture was decoded"
    assert not any(threads), "no picture was decoded on the UI thread"
    for row in range(3):
        assert not dock.timeline.item(row).icon().isNull(), "each version shows its picture"
