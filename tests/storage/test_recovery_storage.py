"""Acceptance 4 (storage side): damaged files are detected, kept aside, and restored."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from lib_helpers import random_stroke

from containerstudio.model import ContainerDocument
from containerstudio.storage.backups import backup_database, list_backups
from containerstudio.storage.database import StorageProblem, open_database
from containerstudio.storage.library import Library
from containerstudio.storage.recovery import (
    backup_folder,
    begin_run,
    end_run,
    ensure_daily_backup,
    restore_latest_backup,
)

PAGE = 4096


def make_library(data_dir: Path, strokes: int = 300) -> ContainerDocument:
    """A library with one container, a backup of it, then more work after the backup."""
    db = open_database(data_dir)
    try:
        library = Library(db)
        cid = library.create_container("Chest")
        doc = ContainerDocument()
        rng = random.Random(8)
        doc.load([random_stroke(rng, 200) for _ in range(strokes)], {})
        library.save_version(cid, doc, name="kept")
        backup_database(db.path, backup_folder(data_dir), reason="daily")
        library.save_working(cid, ContainerDocument())  # later work, after the backup
    finally:
        db.close()
    return doc


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3 + 123])


def scribble_over_a_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = len(data) // PAGE // 2  # a page in the middle of the tables
    data[page * PAGE : (page + 1) * PAGE] = random.Random(3).randbytes(PAGE)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [truncate, scribble_over_a_page])
def test_damaged_library_is_kept_aside_and_the_backup_restored(data_dir, damage):
    doc = make_library(data_dir)
    library_file = data_dir / "library.sqlite3"
    damage(library_file)
    damaged_bytes = library_file.read_bytes()

    with pytest.raises(StorageProblem) as caught:
        open_database(data_dir)
    assert caught.value.kind == "damaged"
    assert library_file.read_bytes() == damaged_bytes, "the damaged file was changed"

    aside = restore_latest_backup(data_dir)
    assert aside.name.startswith("library.sqlite3.damaged-")
    assert aside.read_bytes() == damaged_bytes, "the damaged file must be kept as it was"

    db = open_database(data_dir)
    try:
        library = Library(db)
        (info,) = library.list_containers()
        assert library.load_version(library.list_versions(info.id)[0].id) == doc
    finally:
        db.close()


def test_no_backup_means_nothing_is_moved(data_dir):
    (data_dir / "library.sqlite3").write_bytes(b"x" * 5000)
    with pytest.raises(StorageProblem) as caught:
        restore_latest_backup(data_dir)
    assert caught.value.kind == "no-backup"
    assert (data_dir / "library.sqlite3").read_bytes() == b"x" * 5000


def test_a_damaged_backup_is_passed_over(data_dir):
    make_library(data_dir, strokes=20)
    good = list_backups(backup_folder(data_dir))[0]
    newer = good.with_name("library-29990101-000000-000000-daily.sqlite3")
    newer.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    truncate(data_dir / "library.sqlite3")
    restore_latest_backup(data_dir)
    assert (data_dir / "library.sqlite3").read_bytes() == good.read_bytes()


def test_one_daily_backup_per_day_and_seven_kept(data_dir):
    db = open_database(data_dir)
    try:
        Library(db).create_container("Box")
        assert ensure_daily_backup(db.path, data_dir) is not None
        assert ensure_daily_backup(db.path, data_dir) is None, "one a day is enough"
        for day in range(1, 10):
            ensure_daily_backup(db.path, data_dir, today=dt.date.today() + dt.timedelta(day))
        assert len(list_backups(backup_folder(data_dir))) == 7
    finally:
        db.close()


def test_an_abrupt_end_is_noticed_on_the_next_start(data_dir):
    db = open_database(data_dir)
    try:
        library = Library(db)
        library.create_container("Box")
        assert not begin_run(library).crashed, "a first start has nothing to recover"
        end_run(library)
        assert not begin_run(library).crashed, "a clean close has nothing to recover"
        # No end_run: the app was killed.
        start = begin_run(library)
        assert start.crashed and start.kept_at == library.list_containers()[0].updated_at
    finally:
        db.close()


def test_backups_made_before_updates_are_not_rolled_away(data_dir):
    db = open_database(data_dir)
    try:
        folder = backup_folder(data_dir)
        before_update = backup_database(db.path, folder, reason="before-update")
        for _ in range(9):
            backup_database(db.path, folder, reason="daily")
        kept = list_backups(folder)
        assert before_update in kept and len(kept) == 8
    finally:
        db.close()


@pytest.mark.both_engines
def test_a_protected_library_after_a_crash_starts_while_still_locked(data_dir):
    """The crash notice is read before the passcode is asked for: from plain columns."""
    from containerstudio.storage.encryption import enable_encryption
    from tests.storage.crypto_helpers import FAST_KDF, PASSCODE

    library = Library(open_database(data_dir))
    enable_encryption(library, PASSCODE, FAST_KDF)
    library.create_container("Sealed")
    begin_run(library)  # and then the app is killed: no end_run
    library.db.close()
    locked = Library(open_database(data_dir))
    try:
        assert locked.is_locked
        start = begin_run(locked)
        assert start.crashed and start.kept_at is not None
    finally:
        locked.db.close()
