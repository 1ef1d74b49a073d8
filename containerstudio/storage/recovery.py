"""Health of the library: daily backups, restore after damage, and crash detection.

Nothing here deletes a user's file: a damaged library is moved aside under a new
name before a backup takes its place.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from containerstudio.storage.backups import backup_database, list_backups
from containerstudio.storage.library import Library
from containerstudio.storage.paths import DATABASE_NAME
from containerstudio.storage.private import create_private_file
from containerstudio.storage.problem import StorageKind, StorageProblem

BACKUP_FOLDER = "backups"
CLEAN_SHUTDOWN_KEY = "run.clean_shutdown"
# What may stand at the library path and be replaced by a backup (kept aside, renamed):
# everything that is not ours or not whole. A newer library or a read-only folder is not.
RESTORABLE = frozenset(
    {
        StorageKind.DAMAGED,
        StorageKind.CUT_SHORT,
        StorageKind.EMPTY,
        StorageKind.NOT_A_DATABASE,
        StorageKind.FOREIGN,
        StorageKind.FOLDER,
        StorageKind.NOT_ORDINARY,
    }
)


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def is_intact(path: Path) -> bool:
    """True when `path` is an SQLite file whose quick check passes (read-only look)."""
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return False
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return False
    try:
        row = conn.execute("PRAGMA quick_check").fetchone()
        return bool(row) and row[0] == "ok"
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def latest_good_backup(data_dir: Path) -> Path | None:
    """The newest backup that passes a quick check, or None."""
    for candidate in list_backups(backup_folder(data_dir)):
        if is_intact(candidate):
            return candidate
    return None


def backup_time(path: Path) -> dt.datetime | None:
    """When a backup was made, from its name (library-YYYYmmdd-HHMMSS-ffffff-reason)."""
    parts = path.stem.split("-")
    try:
        return dt.datetime.strptime(f"{parts[1]}{parts[2]}", "%Y%m%d%H%M%S")
    except (IndexError, ValueError):
        return None


def restore_latest_backup(data_dir: Path, label: str = "damaged") -> Path:
    """Put the newest good backup in place of the library; return where the old file went.

    The current library (and its -wal and -shm files) is renamed to
    `library.sqlite3.<label>-<timestamp>`, never deleted. The backup is copied to a
    temporary name first, so the library file is always either the old or the new one.
    """
    backup = latest_good_backup(data_dir)
    if backup is None:
        raise StorageProblem(StorageKind.NO_BACKUP, data_dir, folder=str(backup_folder(data_dir)))
    library = data_dir / DATABASE_NAME
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = data_dir / f"{DATABASE_NAME}.{label}-{stamp}"
    tmp = data_dir / f"{DATABASE_NAME}.restoring"
    tmp.unlink(missing_ok=True)  # an interrupted restore of ours
    create_private_file(tmp)  # private from the first byte; the copy keeps its mode
    shutil.copyfile(backup, tmp)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    if library.exists():
        os.replace(library, aside)
    for suffix in ("-wal", "-shm"):
        side = data_dir / f"{DATABASE_NAME}{suffix}"
        if side.exists():
            os.replace(side, data_dir / f"{aside.name}{suffix}")
    os.replace(tmp, library)
    return aside


def aside_label(problem: StorageProblem) -> str:
    """How the file at the library path is renamed when a backup takes its place."""
    damaged = (StorageKind.DAMAGED, StorageKind.CUT_SHORT, StorageKind.EMPTY)
    return "damaged" if problem.kind in damaged else "set-aside"


def choices(problem: StorageProblem, data_dir: Path) -> str:
    """What the person may do about a library that was left untouched, for the command
    line: only the choices that exist (a restore only when a good backup is there)."""
    if problem.kind not in RESTORABLE:
        return ""
    elsewhere = "start a new library in another folder with --data-dir DIR"
    backup = latest_good_backup(data_dir)
    if backup is None:
        return f"There is no automatic backup of it; you may {elsewhere}."
    made = backup_time(backup)
    when = made.strftime("%d %b %Y, %H:%M") if made else backup.name
    return (
        f"Starting Container Studio offers to put the automatic backup from {when} in its "
        f"place (this file is kept beside it, renamed); or you may {elsewhere}."
    )


def ensure_daily_backup(db_path: Path, data_dir: Path, today: dt.date | None = None) -> Path | None:
    """Make today's rolling backup unless one exists; return the new file or None."""
    today = today or dt.date.today()
    for existing in list_backups(backup_folder(data_dir)):
        made = backup_time(existing)
        if made is not None and made.date() == today and existing.stem.endswith("-daily"):
            return None
    return backup_database(db_path, backup_folder(data_dir), reason="daily")


@dataclass(frozen=True)
class RunStart:
    """What `begin_run` found: did the last run end abruptly, and when was work kept."""

    crashed: bool
    kept_at: dt.datetime | None = None


def begin_run(library: Library) -> RunStart:
    """Note that the app is running; tell whether the last run ended abruptly.

    After a crash or kill, `kept_at` is the time of the latest kept work.
    """
    previous = library.setting(CLEAN_SHUTDOWN_KEY)
    library.set_setting(CLEAN_SHUTDOWN_KEY, "0")
    if previous != "0":
        return RunStart(crashed=False)
    # Read from the plain columns: a protected library is still locked at this point.
    from sqlalchemy import func, select

    from containerstudio.storage.schema import containers

    with library.db.engine.connect() as conn:
        kept_at = conn.execute(
            select(func.max(containers.c.updated_at)).where(containers.c.deleted_at.is_(None))
        ).scalar()
    return RunStart(crashed=True, kept_at=kept_at)


def end_run(library: Library) -> None:
    """Note a clean shutdown (the next start has nothing to recover)."""
    library.set_setting(CLEAN_SHUTDOWN_KEY, "1")
