"""Opening the library database safely.

Before anything writes to an existing file we look at it read-only: is it SQLite,
is it intact, is its schema one we know? Anything else is refused with a calm
message that names the file, and the file is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import CursorResult, Engine, create_engine, event, select, text

from containerstudio.storage.backups import backup_database
from containerstudio.storage.handle import Database, translate_disk_problem
from containerstudio.storage.paths import DATABASE_NAME, DEFAULT_SCHEMA
from containerstudio.storage.private import (
    create_private_file,
    make_private_folder,
    tighten_folder,
)
from containerstudio.storage.problem import StorageKind, StorageProblem
from containerstudio.storage.schema_versions import (
    MIGRATIONS_DIR,
    OUR_TABLES,
    SCHEMA_HEAD,
    _alembic_config,
    head_revision,
    known_revisions,
    migrate_connection,
)

# Re-exported: the rest of the app and the tests name them through this module.
__all__ = [
    "MIGRATIONS_DIR",
    "OUR_TABLES",
    "SCHEMA_HEAD",
    "Database",
    "StorageProblem",
    "_alembic_config",
    "head_revision",
    "known_revisions",
    "migrate_connection",
    "open_database",
    "translate_disk_problem",
]

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Inspection:
    """What a read-only look at an existing SQLite file found."""

    revision: str | None
    intact: bool
    ours: bool = True
    """False when the file is another program's database (not our tables)."""


def _untouched(path: Path, kind: StorageKind) -> StorageProblem:
    """A calm problem for a library path that holds something else; it names the path."""
    return StorageProblem(kind, path, path=str(path))


def inspect_existing(path: Path) -> Inspection:
    """Look at what is at the library path without changing a byte.

    Raise StorageProblem for anything that is not an SQLite file: a folder or another
    kind of entry, an empty file, a file that cannot be read, or other content.
    """
    try:
        info = path.lstat()
        if path.is_symlink():
            info = path.stat()
    except OSError:
        raise _untouched(path, StorageKind.NOTHING_THERE) from None
    if stat.S_ISDIR(info.st_mode):
        raise _untouched(path, StorageKind.FOLDER)
    if not stat.S_ISREG(info.st_mode):
        raise _untouched(path, StorageKind.NOT_ORDINARY)
    if info.st_size == 0:
        raise _untouched(path, StorageKind.EMPTY)
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError:
        raise _untouched(path, StorageKind.UNREADABLE) from None
    if len(header) < len(SQLITE_HEADER) and SQLITE_HEADER.startswith(header):
        raise _untouched(path, StorageKind.CUT_SHORT)
    if header != SQLITE_HEADER:
        raise _untouched(path, StorageKind.NOT_A_DATABASE)
    # Without a -wal file beside it, everything is in the file itself: read it as
    # immutable, so SQLite does not make -wal and -shm files next to it either.
    wal = path.with_name(path.name + "-wal").exists()
    mode = "mode=ro" if wal else "immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    except sqlite3.Error:
        return Inspection(revision=None, intact=False)
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()
        intact = bool(check) and check[0] == "ok"
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return Inspection(revision=revision, intact=intact, ours=tables >= OUR_TABLES)
    except sqlite3.DatabaseError:
        return Inspection(revision=None, intact=False)
    finally:
        conn.close()


def check_library_file(data_dir: Path) -> Inspection | None:
    """Is the library in `data_dir` one this version can open? None when there is none.

    Raise the calm StorageProblem `open_database` would raise (nothing is written).
    """
    path = data_dir / DATABASE_NAME
    if not (path.is_symlink() or path.exists()):
        return None
    found = inspect_existing(path)
    if not found.intact:
        raise _untouched(path, StorageKind.DAMAGED)
    if not found.ours:
        raise _untouched(path, StorageKind.FOREIGN)
    if found.revision is None:  # our tables, but no schema version: never written so
        raise _untouched(path, StorageKind.DAMAGED)
    if found.revision != SCHEMA_HEAD and found.revision not in known_revisions():
        raise _untouched(path, StorageKind.NEWER)
    return found


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit reported as done survives power loss (the autosave promise).
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    # Deleted content (slips, purged containers) is overwritten, not left in free pages.
    cur.execute("PRAGMA secure_delete=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def open_database(
    data_dir: Path, *, url: str | None = None, schema: str = DEFAULT_SCHEMA
) -> Database:
    """Open (or create) the library in `data_dir` and bring its schema up to date.

    `url` may name a PostgreSQL server (a practice's own): the library then lives in
    its `schema` there, and `data_dir` keeps only what stays on this computer (keys).
    """
    if url is not None:
        from containerstudio.storage.server import open_server_database

        return open_server_database(url, schema, data_dir)

    path = data_dir / DATABASE_NAME
    try:
        make_private_folder(data_dir)
    except OSError as exc:
        raise StorageProblem(StorageKind.FOLDER_NOT_MADE, data_dir, folder=str(data_dir)) from exc
    _check_writable(data_dir)
    found = check_library_file(data_dir)  # raises, touching nothing, for what is not ours
    tighten_folder(data_dir)
    if found is None:
        _create_library(path)
        current = True
    else:
        current = found.revision == SCHEMA_HEAD
        if not current:
            backup_database(path, data_dir / "backups", reason="before-update")

    engine = _engine(path)
    try:
        if not current:
            _migrate(engine)
        else:
            with engine.connect():  # apply the pragmas (WAL) now, not on the first save
                pass
    except Exception as exc:
        engine.dispose()
        raise translate_disk_problem(exc, path) from exc
    return Database(engine, path)


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _create_library(path: Path) -> None:
    """Make a new library beside `path` and move it into place only once it is whole.

    So an interrupted first start never leaves an empty or half-made file at the
    library path (which the next start would refuse to take over). The file is private
    (0600) from the first byte; SQLite gives its -wal and -shm files the same mode.
    """
    tmp = path.with_name(path.name + ".new")
    for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)  # our own unfinished start, never the user's file
    try:
        create_private_file(tmp)
        engine = _engine(tmp)
        try:
            _migrate(engine)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # never replaces a file that appeared meanwhile
            tmp.unlink()
        except FileExistsError:
            raise _untouched(path, StorageKind.APPEARED) from None
        except OSError:  # a file system without hard links
            os.replace(tmp, path)
    except StorageProblem:
        raise
    except Exception as exc:
        raise translate_disk_problem(exc, path) from exc
    finally:
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-wal", "-shm"))):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)


def _check_writable(data_dir: Path) -> None:
    """Refuse a read-only folder up front, so it is not mistaken for a damaged library."""
    try:
        with tempfile.TemporaryFile(dir=data_dir, prefix=".write-check-"):
            pass
    except OSError as exc:
        raise StorageProblem(StorageKind.READ_ONLY_FOLDER, data_dir, folder=str(data_dir)) from exc


def _migrate(engine: Engine) -> None:
    with engine.begin() as conn:
        migrate_connection(conn)


def schema_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT version_num FROM alembic_version")).fetchone()
        return row[0] if row else None


def inserted_id(result: CursorResult[Any]) -> int:
    """The primary key of the one row an insert just wrote."""
    key = result.inserted_primary_key
    assert key is not None  # None only for a many-row insert, which we never run
    return int(key[0])


def container_uid(db: Database, container_id: int) -> str:
    """The container's uid: part of each stored value's identity, and its key's name.
    Read each time, never cached: a purged container's id may be given to a new one."""
    from containerstudio.storage.schema import containers

    with db.engine.connect() as conn:
        uid: str = conn.execute(
            select(containers.c.uid).where(containers.c.id == container_id)
        ).scalar_one()
    return uid
