"""Events the app has no business with run none of its Python code.

An application-wide event filter written in Python is called for every event of every
object (each paint, timer and queued call), and each call costs the UI thread the
interpreter's time: at a pen release that is a part of the frame, at start-up a part
of the first one. Here plain events go to a plain widget of an open main window, and
a profiler hook notes every Python function of the app that runs meanwhile."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from containerstudio.ui.kit.icons import icon


def _app_code_run_by(send) -> set[str]:
    ran: set[str] = set()

    def hook(frame, event, _arg) -> None:
        if event == "call" and "containerstudio" in frame.f_code.co_filename:
            ran.add(
                f"{frame.f_code.co_filename.rsplit('containerstudio', 1)[1]}:{frame.f_code.co_name}"
            )

    sys.setprofile(hook)
    try:
        send()
    finally:
        sys.setprofile(None)
    return ran


def test_icons_see_no_event_of_other_widgets(open_window, qtbot) -> None:
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    icon("undo").pixmap(24)  # the icons are in use
    plain = QWidget(window)

    def send() -> None:
        for _ in range(50):
            QApplication.sendEvent(plain, QEvent(QEvent.Type.User))
            QApplication.sendEvent(plain, QEvent(QEvent.Type.UpdateRequest))

    ran = _app_code_run_by(send)
    assert not [name for name in ran if "icons" in name], ran
