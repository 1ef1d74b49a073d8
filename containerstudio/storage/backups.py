"""Consistent copies of the library through SQLite's online backup API."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from containerstudio.storage.private import create_private_file, make_private_folder

KEEP_BACKUPS = 7


def backup_database(source: Path, folder: Path, reason: str = "daily") -> Path:
    """Copy `source` into `folder` consistently, even while the app writes to it.

    The copy is written to a temporary name and renamed, so a crash never leaves a
    half-written backup that looks whole.
    """
    make_private_folder(folder)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"library-{stamp}-{reason}.sqlite3"
    write_backup(source, target)
    prune_backups(folder)
    return target


def write_backup(source: Path, target: Path) -> None:
    """Online-backup `source` to exactly `target` (atomically). The copy holds the whole
    library, so it is private (0600) from its first byte, wherever it is written."""
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)  # an interrupted copy of ours
    create_private_file(tmp)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def list_backups(folder: Path) -> list[Path]:
    """Backups, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob("library-*.sqlite3"), reverse=True)


def prune_backups(folder: Path, keep: int = KEEP_BACKUPS) -> None:
    """Keep the newest `keep` rolling backups; the one made before each update stays too."""
    rolling = [b for b in list_backups(folder) if not b.stem.endswith("-before-update")]
    for old in rolling[keep:]:
        old.unlink(missing_ok=True)
