"""Opening the versions view decodes the kept thumbnails on the storage lane, not on the
UI thread (with hundreds of versions that decoding held the window up), and every
version with a picture still shows it."""

from __future__ import annotations

import threading

from helpers import drag, line
from PySide6.QtGui import QImage

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
    # Qt's own decoders hold the interpreter and take Qt's image-plugin lock: off the UI
    # thread they once left the suite waiting for ever, so the lane uses Pillow.
    qt_decoding_off_ui: list[str] = []
    load, from_data = QImage.loadFromData, QImage.fromData

    def noted(name: str) -> None:
        if threading.current_thread() is not threading.main_thread():
            qt_decoding_off_ui.append(name)

    monkeypatch.setattr(QImage, "loadFromData", lambda self, *a: noted("load") or load(self, *a))
    monkeypatch.setattr(QImage, "fromData", staticmethod(lambda *a: noted("from") or from_data(*a)))
    dock = window.versions.dock
    dock.show()
    dock.refresh()
    qtbot.waitUntil(lambda: not dock.reading and dock.timeline.count() == 3, timeout=10000)
    assert len(threads) >= 3, "each version's picture was decoded"
    assert not any(threads), "no picture was decoded on the UI thread"
    assert not qt_decoding_off_ui, "Qt's image decoders were used off the UI thread"
    for row in range(3):
        assert not dock.timeline.item(row).icon().isNull(), "each version shows its picture"
