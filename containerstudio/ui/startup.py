"""Start-up safety: one app per library, a calm path back from a damaged file,
and a gentle word after a crash.

The decisions live in storage.recovery (Qt-free); this module only asks and tells.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from containerstudio.storage.database import Database, StorageProblem, open_database
from containerstudio.storage.recovery import backup_time, latest_good_backup, restore_latest_backup

LOCK_NAME = "containerstudio.lock"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Startup", text)


def acquire_instance_lock(data_dir: Path) -> QLockFile | None:
    """Lock the library folder for this app; None when another running app holds it.

    A lock left by a crashed or killed app (its process is gone) is stale and is
    taken over; a live app's lock is never considered stale, however old.
    """
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # decide by "is that process alive", never by age
    if lock.tryLock(200):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    # The folder is not writable: go on without a lock; the library says so calmly.
    return lock


def already_open_message() -> str:
    return _tr(
        "Container Studio is already open with this library. You may switch to its "
        "window; everything there is kept as you work."
    )


def crash_notice(when: dt.datetime | None) -> str:
    """What the status bar says after the previous run ended abruptly."""
    if when is None:
        return _tr("Container Studio closed unexpectedly last time. Your work was kept.")
    return _tr("We kept your work from %s.") % when.strftime("%H:%M")


class RestoreBackupDialog(QMessageBox):
    """Offers to put the newest good backup in place of a damaged library."""

    def __init__(self, problem: StorageProblem, backup: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(_tr("Your library needs a moment of care"))
        self.setAccessibleName(self.windowTitle())
        made = backup_time(backup)
        when = made.strftime("%d %b %Y, %H:%M") if made else backup.name
        self.setText(problem.message)
        self.setInformativeText(
            _tr(
                "An automatic backup from %s is ready. Restoring puts it in place of the "
                "library; the present file is kept beside it, renamed, and never deleted. "
                "Changes made after that backup are not in it."
            )
            % when
        )
        self.restore_button = self.addButton(
            _tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole
        )
        self.later_button = self.addButton(_tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        self.restore_button.setAccessibleName(_tr("Restore the backup"))
        self.later_button.setAccessibleName(_tr("Not now"))
        self.setDefaultButton(self.restore_button)

    def wants_restore(self) -> bool:
        return self.clickedButton() is self.restore_button


def open_library_with_recovery(data_dir: Path) -> tuple[Database | None, str | None]:
    """Open the library, offering a backup when it is damaged; return (db, notice).

    `db` is None when the user chose not to restore or nothing could be opened;
    every such path has shown a calm message naming the file first.
    """
    try:
        return open_database(data_dir), None
    except StorageProblem as problem:
        backup = None
        if problem.kind in ("damaged", "not-a-database"):
            backup = latest_good_backup(data_dir)
        if backup is None:
            QMessageBox.information(
                None, _tr("Container Studio could not open your library"), problem.message
            )
            return None, None
        dialog = RestoreBackupDialog(problem, backup)
        dialog.exec()
        if not dialog.wants_restore():
            return None, None
    try:
        aside = restore_latest_backup(data_dir)
        db = open_database(data_dir)
    except (StorageProblem, OSError) as again:
        message = again.message if isinstance(again, StorageProblem) else str(again)
        QMessageBox.information(None, _tr("The backup could not be put in place"), message)
        return None, None
    notice = _tr("Your library was restored from a backup; the earlier file is kept as “%s”.")
    return db, notice % aside.name
