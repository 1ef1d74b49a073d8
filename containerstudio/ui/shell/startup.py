"""Start-up: one app per library, the library opened while the window already shows,
a calm path back from a damaged file, and a gentle word after a crash.

The decisions live in storage.recovery (Qt-free); this module only asks and tells.
Storage (and SQLAlchemy with it) loads here on a worker thread once the window is
built and showing, so nothing of it is imported at module level.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from containerstudio.storage.problem import StorageKind, StorageProblem
from containerstudio.ui.kit.calm_dialog import CalmDialog, tell
from containerstudio.ui.kit.problem_texts import problem_text
from containerstudio.ui.kit.translations import format_moment, format_time

if TYPE_CHECKING:
    from containerstudio.flow import PackLoadResult
    from containerstudio.storage.database import Database
    from containerstudio.storage.library import Library
    from containerstudio.storage.recovery import RunStart
    from containerstudio.ui.kit.background import BackgroundWork
    from containerstudio.ui.lock import AppLock
    from containerstudio.ui.shell.container_read import ContainerRead
    from containerstudio.ui.shell.main_window import MainWindow

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
        with contextlib.suppress(OSError):  # the lock names this process: only ours to read
            os.chmod(data_dir / LOCK_NAME, 0o600)
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
    return _tr("We kept your work from %s.") % format_time(when)


class RestoreBackupDialog(CalmDialog):
    """Offers to put the newest good backup in place of a damaged library ("Not now" is
    the answer on Escape or closing; nothing changes then)."""

    def __init__(self, problem: StorageProblem, backup: Path, parent: QWidget | None = None):
        from containerstudio.storage.recovery import backup_time

        made = backup_time(backup)
        when = format_moment(made) if made else backup.name
        super().__init__(
            parent,
            _tr("Your library needs a moment of care"),
            problem_text(problem),
            [("restore", _tr("Restore the backup")), ("later", _tr("Not now"))],
            default="restore",
            safe="later",
            detail=_tr(
                "An automatic backup from %s is ready. Restoring puts it in place of the "
                "library; the present file is kept beside it, renamed, and never deleted. "
                "Changes made after that backup are not in it."
            )
            % when,
        )
        self.restore_button = self.buttons["restore"]
        self.later_button = self.buttons["later"]


Recovered = Callable[["Database | None", "str | None"], object]
"""Called with (db, notice) once recovery is over: `db` None when nothing opens."""


def recover_library(
    data_dir: Path, problem: StorageProblem, parent: QWidget | None, done: Recovered
) -> CalmDialog:
    """After opening failed: offer the newest good backup (when there is one) or say
    calmly what is wrong; `done(db, notice)` runs when the person has answered.

    Nothing waits in a nested event loop, so Hide now and Pause can cover the question
    and bring it back. `db` is None when the person chose not to restore or nothing
    could be opened; every such path has shown a calm message naming the file first.
    `notice` names the file kept aside after a restore. Returns the dialog shown.
    """
    from containerstudio.storage.recovery import RESTORABLE, latest_good_backup

    backup = None
    if problem.kind in RESTORABLE:
        try:
            backup = latest_good_backup(data_dir)
        except OSError:
            backup = None
    if backup is None:
        text = problem_text(problem)
        if problem.kind in RESTORABLE:
            text += " " + _tr(
                "There is no automatic backup of it. You may move it elsewhere (a new "
                "library then starts here), or start Container Studio with another "
                "folder (--data-dir DIR)."
            )
        return tell(
            parent,
            _tr("Container Studio could not open your library"),
            text,
            on_closed=lambda: done(None, None),
        )
    dialog = RestoreBackupDialog(problem, backup, parent)

    def answered(key: str) -> None:
        if key == "restore":
            _restore(data_dir, problem, parent, done)
        else:
            done(None, None)

    dialog.answered.connect(answered)
    dialog.open()
    return dialog


def _restore(data_dir: Path, problem: StorageProblem, parent: QWidget | None, done: Recovered):
    from containerstudio.storage.database import open_database
    from containerstudio.storage.recovery import aside_label, restore_latest_backup

    try:
        aside = restore_latest_backup(data_dir, aside_label(problem))
        db = open_database(data_dir)
    except (StorageProblem, OSError) as again:
        message = (
            problem_text(again)
            if isinstance(again, StorageProblem)
            else _tr("The backup could not be copied into “%s”; everything is as it was.")
            % data_dir
        )
        tell(
            parent,
            _tr("The backup could not be put in place"),
            message,
            on_closed=lambda: done(None, None),
        )
        return
    notice = _tr("Your library was restored from a backup; the earlier file is kept as “%s”.")
    done(db, notice % aside.name)


# -- opening the library while the window shows ------------------------------------------
@dataclass
class OpenedLibrary:
    """What the worker thread hands back: the library, ready to use."""

    db: Database
    library: Library
    start: RunStart
    packs: PackLoadResult
    first: ContainerRead | None
    """The container to open, read here (its drawing, guide state and cached pixels'
    index); None if it is to be made or could not be read (the window then says so
    calmly)."""


def open_library_in_background(
    data_dir: Path, opener: Callable[[], Database] | None = None
) -> OpenedLibrary | StorageProblem:
    """Runs on the storage lane: load storage, open the library, note the run, read the
    prompt packs and the drawing to open. A problem opening the library is returned (not
    raised) for the UI thread to talk about. `opener` opens a profile's library (a file
    elsewhere, or a schema on a server) instead of the one in `data_dir`."""
    from containerstudio.storage.database import open_database

    try:
        db = open_database(data_dir) if opener is None else opener()
    except StorageProblem as problem:
        return problem
    try:
        opened = prepare_library(db)
    except StorageProblem as problem:
        db.close()
        return problem
    # What the window needs to show the container loads here too, so the UI thread only
    # builds it (defining classes is safe on any thread; no Qt object is made here).
    importlib.import_module("containerstudio.ui.canvas.open_container")
    importlib.import_module("containerstudio.ui.canvas.view")
    importlib.import_module("containerstudio.ui.guide.controller")
    # The artwork the studio lists once the container opens is read here, once per run.
    artwork = importlib.import_module("containerstudio.ui.studio.artwork")
    artwork.load_artwork("templates")
    artwork.load_artwork("stickers")
    return opened


def prepare_library(db: Database) -> OpenedLibrary:
    """For an open database: note the run, read the prompt packs and the drawing to open."""
    from containerstudio.flow import load_packs, pack_folders
    from containerstudio.storage.library import Library
    from containerstudio.storage.recovery import begin_run

    library = Library(db)
    start = begin_run(library)
    packs = load_packs(pack_folders(library.data_dir))
    return OpenedLibrary(db, library, start, packs, _read_first(library))


def _read_first(library: Library) -> ContainerRead | None:
    from containerstudio.ui.shell.container_read import read_container

    try:
        container_id = library.container_to_open()
        return None if container_id is None else read_container(library, container_id)
    except StorageProblem:
        return None  # the window reads it again and says calmly what is wrong


class LibraryOpening(QObject):
    """Opens the library for a window that is already showing, then hands it over.

    The work starts at the event loop's first turn, as the window paints for the first
    time: the window is built by then, and its first paint is mostly Qt's own drawing,
    so the storage lane loading meanwhile brings the container sooner (measured side by
    side: about 0.4 s sooner on a busy machine, the window no later) than waiting for
    that paint to end. Meanwhile the window stays responsive (Ground me, Pause and Hide
    now work) and its canvas area keeps what is drawn (ui/canvas/early_strokes.py).
    `exit_code` is set when the app should end instead (the library could not be opened
    and the person chose not to restore it).
    """

    def __init__(
        self,
        data_dir: Path,
        window: MainWindow,
        work: BackgroundWork,
        opener: Callable[[], Database] | None = None,
    ) -> None:
        super().__init__(window)
        self.data_dir = data_dir
        self.opener = opener
        self.window = window
        self.work = work
        self.db: Database | None = None
        self.library: Library | None = None
        self.app_lock: AppLock | None = None
        self.exit_code: int | None = None
        self._started = False
        QTimer.singleShot(0, self, self.start)

    def start(self) -> None:
        """Begin opening (once): at the event loop's first turn, or now when called."""
        if self._started:
            return
        self._started = True
        self.work.run(
            lambda: open_library_in_background(self.data_dir, self.opener),
            self._on_opened,
            self._on_failed,
            storage=True,
        )
        # Meanwhile this thread is idle: the fonts load here (mostly in Qt, off the GIL).
        from containerstudio.ui.kit.fonts import load_app_fonts

        QTimer.singleShot(0, self, load_app_fonts)

    def _on_failed(self, exc: BaseException) -> None:
        # Not a StorageProblem (those come back as results): say so calmly and end. The
        # exception's own words are technical (and could name a file), so they stay out.
        self._end_with(
            StorageProblem(StorageKind.NOT_OPENED, self.data_dir, folder=str(self.data_dir))
        )

    def _on_opened(self, result: OpenedLibrary | StorageProblem) -> None:
        if isinstance(result, StorageProblem):
            self._end_with(result)
            return
        self._hand_over(result, None)

    def _end_with(self, problem: StorageProblem) -> None:
        """Offer recovery; if the library still cannot be used, close the window."""
        parent = self.window if self.window.isVisible() else None
        self.recovery_dialog = recover_library(self.data_dir, problem, parent, self._recovered)

    def _recovered(self, db: Database | None, notice: str | None) -> None:
        if db is None:
            self.exit_code = 2
            self.window.close()
            return
        self._hand_over(prepare_library(db), notice)

    def _hand_over(self, opened: OpenedLibrary, notice: str | None) -> None:
        self.db, self.library = opened.db, opened.library
        if not self.window.isVisible():  # closed while the library was opening
            return
        from containerstudio.ui.lock import install_lock

        self.app_lock = install_lock(self.window.services, opened.library)
        if opened.library.is_locked:  # a protected library: its passcode first
            self.app_lock.unlocked.connect(
                lambda: self._attach(opened, notice), Qt.ConnectionType.SingleShotConnection
            )
            return
        self._attach(opened, notice)

    def _attach(self, opened: OpenedLibrary, notice: str | None) -> None:
        from containerstudio.storage.recovery import ensure_daily_backup

        self.window.attach_library(opened.library, opened.packs, opened.first)
        start = opened.start
        if notice or start.crashed:
            self.window.statusBar().showMessage(notice or crash_notice(start.kept_at))
        if opened.db.path is not None:
            path, data_dir = opened.db.path, self.data_dir
            self.work.run(lambda: ensure_daily_backup(path, data_dir), storage=True)
