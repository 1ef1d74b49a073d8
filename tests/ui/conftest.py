"""UI fixtures: a real main window on a real library, closed and checked for leaks."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.kit.theme import DEFAULT, apply_theme, current_state
from containerstudio.ui.kit.translations import apply_language, install_translations
from containerstudio.ui.kit.translations import current_state as translations_state
from containerstudio.ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def _translations(qapp):
    """The language the app installs at start-up (app.py): English here, whatever the
    system speaks and whichever language a test before chose; nothing remembers it."""
    state = translations_state()
    state.data_dir = None
    if state.value != "en":
        apply_language(qapp, "en")
    state.choice = "en"
    install_translations(qapp)


@pytest.fixture(autouse=True)
def _default_theme(qapp):
    """The look the app applies before its first window (app.py): every test sees what
    people see, whichever test ran before it; nothing remembers a choice."""
    state = current_state()
    state.data_dir = None
    if state.value is not DEFAULT or not qapp.styleSheet():
        apply_theme(qapp, DEFAULT)


@pytest.fixture(autouse=True)
def _default_preferences(qapp):
    """Text size and large targets as a first start has them; nothing remembers a choice."""
    from containerstudio.ui.kit import preferences

    state = preferences.current_state()
    state.data_dir = None
    if state.value != preferences.Preferences():
        preferences.apply_preferences(qapp, preferences.Preferences())


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
    stuck = []
    try:
        for window, db in opened:
            if window.isVisible():
                window.close()
            if not window.work.wait(WORK_BOUND_MS):
                stuck.append(window.work)
            db.close()
    finally:  # also when the teardown's time bound (tests/time_bounds.py) cuts it short
        _STUCK_WORK.extend(window.work for window, _db in opened if window.work.busy())
    QApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not leaked, f"windows left open: {leaked}"
    assert not stuck, f"background work still running {WORK_BOUND_MS} ms after closing"


WORK_BOUND_MS = 20_000
_STUCK_WORK: list[BackgroundWork] = []
"""Work that never finished, kept alive: destroying a Qt thread pool waits for its
threads without a bound, which would hang the suite instead of failing one test."""


def pytest_unconfigure(config) -> None:
    """End the run when stuck work is still stuck (its pools cannot be destroyed)."""
    if _STUCK_WORK and not all(work.wait(10_000) for work in _STUCK_WORK):
        import os
        import sys

        sys.stderr.write("background work never finished; ending the test run here\n")
        sys.stderr.flush()
        os._exit(1)


@pytest.fixture(autouse=True)
def _calm_answers_end_with_their_test():
    """A test's CalmAnswers never answer the next test's dialogs."""
    yield
    from helpers import LIVE_ANSWERS

    for answers in list(LIVE_ANSWERS):
        answers.stop()
