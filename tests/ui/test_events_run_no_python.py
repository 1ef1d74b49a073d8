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


def test_building_the_window_hands_the_safety_filter_no_other_widget(qtbot) -> None:
    """While the window builds, polishes and shows its bars and panels, the safety keys'
    filter watches the window alone (no key or dialog comes before it shows); from then
    on it sees the whole app, so the keys work from the first frame everywhere."""
    from containerstudio.ui.kit.background import BackgroundWork
    from containerstudio.ui.shell.main_window import MainWindow

    seen: list[tuple[int, str]] = []  # whose filter (its window), what it was handed

    def hook(frame, event, _arg) -> None:
        code = frame.f_code
        if event == "call" and code.co_name == "eventFilter" and "app_filter" in code.co_filename:
            handed = frame.f_locals
            if not getattr(handed["self"], "everywhere", False):  # before the window shows
                seen.append((id(handed["self"].owner), type(handed["watched"]).__name__))

    work = BackgroundWork()
    sys.setprofile(hook)
    try:
        window = MainWindow(work)
        window.show()
    finally:
        sys.setprofile(None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    ours = [name for owner, name in seen if owner == id(window)]
    assert ours, "the filter watched the window"
    others = [name for name in ours if name != "MainWindow"]
    assert not others, f"the filter was handed {len(others)} events of other objects"
    assert window.guide.safety.key_filter.everywhere, "it sees the whole app once shown"
    try:
        QApplication.processEvents()
    finally:
        window.close()
        work.wait()
