"""UI fixtures: a real main window on a real library, closed and checked for leaks."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from containerstudio.ui.background import BackgroundWork
from containerstudio.ui.main_window import MainWindow
from containerstudio.ui.translations import install_translations


@pytest.fixture(autouse=True)
def _translations(qapp):
    """The English plural forms the app installs at start-up (app.py)."""
    install_translations(qapp)


@pytest.fixture
def open_window(qtbot, data_dir):
    """Factory: open a MainWindow on `data_dir` (or another folder); all closed at the end."""
    opened: list[tuple[MainWindow, object]] = []

    def factory(folder=None) -> MainWindow:
        db = open_database(folder or data_dir)
        work = BackgroundWork()
        window = MainWindow(work, Library(db))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        opened.append((window, db))
        return window

    yield factory
    for window, db in opened:
        if window.isVisible():
            window.close()
        window.work.wait()
        db.close()
    QApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not leaked, f"windows left open: {leaked}"


@pytest.fixture(autouse=True)
def _calm_answers_end_with_their_test():
    """A test's CalmAnswers never answer the next test's dialogs."""
    yield
    from helpers import LIVE_ANSWERS

    for answers in list(LIVE_ANSWERS):
        answers.stop()
