"""A protected library in the real window: drawing is kept, the cached pixels of the
drawing come back sealed, and the data folder holds none of it readable."""

from __future__ import annotations

import pytest
from helpers import drag, line, render
from PySide6.QtWidgets import QApplication

from containerstudio.storage.database import open_database
from containerstudio.storage.encryption import enable_encryption
from containerstudio.storage.library import Library
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.kit.exception_guard import ExceptionGuard, log_path
from containerstudio.ui.shell.main_window import MainWindow
from tests.storage.crypto_helpers import (
    FAST_KDF,
    MARKERS,
    PASSCODE,
    fill_with_markers,
    leaks_in_folder,
)


@pytest.fixture
def open_protected(qtbot, data_dir):
    library = Library(open_database(data_dir))
    enable_encryption(library, PASSCODE, FAST_KDF)
    library.db.close()
    opened = []

    def factory() -> MainWindow:
        lib = Library(open_database(data_dir))
        lib.unlock(PASSCODE)
        window = MainWindow(BackgroundWork(), lib)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        opened.append(window)
        return window

    yield factory
    for window in opened:
        if window.isVisible():
            window.close()
        window.work.wait()
        window.library.db.close()
    QApplication.processEvents()


def test_drawing_and_cached_pixels_come_back_sealed(open_protected, data_dir):
    window = open_protected()
    for i in range(20):
        y = 120 + (i * 37) % 900
        drag(window, line(150 + i * 9, y, 900 + i * 11, y + 140, steps=8))
    before = render(window)
    doc = window.current.doc
    window.close()
    window.work.wait()
    assert leaks_in_folder(data_dir) == {}

    again = open_protected()
    assert again.current.doc == doc
    assert again.current.run_cache.hits == 1
    assert render(again) == before


@pytest.mark.qt_no_exception_capture
def test_the_log_holds_no_marker_after_an_unexpected_exception(open_protected, qtbot, data_dir):
    """The log is searched like the database: an exception whose message carries every
    marker, raised in a slot of the running window, is logged without any of them."""
    from PySide6.QtCore import QTimer

    window = open_protected()
    fill_with_markers(window.library)
    guard = ExceptionGuard(data_dir)
    try:

        def _on_timer() -> None:
            raise RuntimeError(" ".join(MARKERS.values()))

        QTimer.singleShot(0, _on_timer)
        qtbot.waitUntil(lambda: guard.caught == 1, timeout=5000)
        assert guard.message_box is not None
        guard.message_box.close()
    finally:
        guard.uninstall()
    window.close()
    window.work.wait()
    log = log_path(data_dir)
    assert "_on_timer" in log.read_text(encoding="utf-8"), "the exception was logged"
    assert leaks_in_folder(data_dir) == {}


def test_the_library_searches_sealed_titles_and_remove_for_good_says_it_reaches_backups(
    open_protected, qtbot
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractButton

    window = open_protected()
    library = window.library
    gone = library.create_container("Jar for worries")
    library.create_container("Blue box")
    dialog = window.versions.show_library()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.search, "jar")
    qtbot.waitUntil(lambda: not dialog.reading)  # the grids are read on the storage lane
    assert dialog.titles() == ["Jar for worries"]
    dialog.search.clear()

    from containerstudio.storage.trash import move_to_trash

    move_to_trash(library, gone)
    dialog.refresh()
    dialog.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not dialog.reading)
    dialog.trash_grid.setCurrentRow(0)
    said: list[str] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, answer)
            return
        said.append(modal.informativeText())
        for button in modal.findChildren(QAbstractButton):
            if button.text().replace("&", "") == "Remove for good":
                button.click()

    QTimer.singleShot(0, answer)
    uid = library.container_uid(gone)
    removed: list[int] = []
    dialog.container_removed.connect(removed.append)
    dialog.purge_button.click()
    qtbot.waitUntil(lambda: removed == [gone], timeout=10000)
    assert "destroys its key" in said[0] and "made earlier or later" in said[0]
    assert not library.keyring.has_container(uid)
    dialog.close()
