"""Wiring: the one place that builds the application's parts and connects them."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from containerstudio.storage.library import Library
from containerstudio.storage.recovery import begin_run, end_run, ensure_daily_backup

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

ORGANIZATION = "ContainerStudio"
APPLICATION = "Container Studio"


def run_app(data_dir: Path, argv: list[str] | None = None) -> int:
    """Start the desktop app on the library in `data_dir`; return the exit code."""
    from PySide6.QtWidgets import QApplication

    from containerstudio.ui.exception_guard import ExceptionGuard

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    with contextlib.suppress(OSError):  # if it cannot be made, opening says so calmly
        data_dir.mkdir(parents=True, exist_ok=True)
    guard = ExceptionGuard(data_dir)  # nothing uncaught ever shows its traceback
    try:
        return _run_window(app, data_dir)
    finally:
        guard.uninstall()


def _run_window(app: QApplication, data_dir: Path) -> int:
    """Open the library and the main window, run the event loop, close everything."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QMessageBox

    from containerstudio.ui.background import BackgroundWork
    from containerstudio.ui.main_window import MainWindow
    from containerstudio.ui.startup import (
        acquire_instance_lock,
        already_open_message,
        crash_notice,
        open_library_with_recovery,
    )

    lock = acquire_instance_lock(data_dir) if data_dir.is_dir() else None
    if data_dir.is_dir() and lock is None:
        QMessageBox.information(None, app.translate("App", "Already open"), already_open_message())
        return 3
    db, notice = open_library_with_recovery(data_dir)
    if db is None:
        if lock is not None:
            lock.unlock()
        return 2
    library = Library(db)
    start = begin_run(library)
    work = BackgroundWork()
    window = MainWindow(library, work)
    window.show()
    if notice or start.crashed:
        window.statusBar().showMessage(notice or crash_notice(start.kept_at))
    if db.path is not None:
        path = db.path
        work.run(lambda: ensure_daily_backup(path, data_dir), storage=True)
    try:
        code = app.exec()
        work.wait()
        end_run(library)
        return code
    finally:
        work.wait()
        window.deleteLater()
        work.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        db.close()
        if lock is not None:
            lock.unlock()
