"""A result that arrives after its widget is gone (a dialog closed while its read was on
the storage lane) is dropped quietly, never a RuntimeError from a deleted Qt object."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from containerstudio.ui.kit.background import BackgroundWork


class _Shows(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel(self)
        self.shown: list[str] = []

    def show_result(self, text: str) -> None:
        self.label.setText(text)  # raises once the C++ label is deleted
        self.shown.append(text)


def test_a_result_for_a_deleted_widget_is_dropped(qtbot):
    work = BackgroundWork()
    release = threading.Event()
    widget = _Shows()
    work.run(lambda: release.wait(10) and "read", widget.show_result, storage=True)
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    assert work.wait(10000)
    QCoreApplication.processEvents()  # the result is delivered (or dropped) here
    alive = _Shows()
    work.run(lambda: "read", alive.show_result, storage=True)
    qtbot.waitUntil(lambda: alive.shown == ["read"], timeout=5000)  # the living still hear
    alive.deleteLater()
    work.deleteLater()
