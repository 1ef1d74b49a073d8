"""Wiring: the one place that builds the application's parts and connects them."""

from __future__ import annotations

import sys
from pathlib import Path

from containerstudio.storage.database import StorageProblem, open_database
from containerstudio.storage.library import Library

ORGANIZATION = "ContainerStudio"
APPLICATION = "Container Studio"


def run_app(data_dir: Path, argv: list[str] | None = None) -> int:
    """Start the desktop app on the library in `data_dir`; return the exit code."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QMessageBox

    from containerstudio.ui.background import BackgroundWork
    from containerstudio.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    try:
        db = open_database(data_dir)
    except StorageProblem as problem:
        QMessageBox.information(
            None,
            app.translate("App", "Container Studio could not open your library"),
            problem.message,
        )
        return 2
    work = BackgroundWork()
    window = MainWindow(Library(db), work)
    window.show()
    try:
        return app.exec()
    finally:
        work.wait()
        window.deleteLater()
        work.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        db.close()
