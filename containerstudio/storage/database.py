"""Opening the library database safely.

Before anything writes to an existing file we look at it read-only: is it SQLite,
is it intact, is its schema one we know? Anything else is refused with a calm
message that names the file, and the file is left exactly as it was.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, text

from containerstudio.storage.backups import backup_database
from containerstudio.storage.problem import StorageProblem

if TYPE_CHECKING:
    from alembic.config import Config

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest migration. Alembic (slow to import) is only loaded when a library is new or
# older than this; tests/storage checks that this matches the migrations folder.
SCHEMA_HEAD = "0004"


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


@dataclass(frozen=True)
class Inspection:
    """What a read-only look at an existing file found."""

    revision: str | None
    intact: bool


def inspect_existing(path: Path) -> Inspection:
    """Look at an existing database without changing a byte; raise StorageProblem."""
    with open(path, "rb") as fh:
        header = fh.read(16)
    if header != SQLITE_HEADER and not (header == b"" and path.stat().st_size == 0):
        raise StorageProblem(
            f"The file “{path}” is not a Container Studio library, so it was left untouched. "
            "You may choose another data folder, or move this file elsewhere.",
            path,
            "not-a-database",
        )
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return Inspection(revision=None, intact=False)
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()
        intact = bool(check) and check[0] == "ok"
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        revision = None
        if has_table:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return Inspection(revision=revision, intact=intact)
    except sqlite3.DatabaseError:
        return Inspection(revision=None, intact=False)
    finally:
        conn.close()


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


class Database:
    """An open library database: an SQLAlchemy engine with our settings and schema."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path

    @contextmanager
    def begin(self) -> Iterator:
        """A transaction; disk problems become a calm StorageProblem."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except Exception as exc:
            raise translate_disk_problem(exc, self.path) from exc

    def checkpoint(self) -> None:
        """Fold the WAL into the main file and empty it (after purges and on close)."""
        if self.engine.dialect.name == "sqlite":
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        try:
            self.checkpoint()
        finally:
            self.engine.dispose()


def translate_disk_problem(exc: BaseException, path: Path | None) -> BaseException:
    """Map low-level failures to a StorageProblem with calm words; pass others through."""
    if isinstance(exc, StorageProblem):
        return exc
    text_ = str(exc).lower()
    where = f" ({path.parent})" if path else ""
    if "disk is full" in text_ or "no space" in text_ or "database or disk is full" in text_:
        return StorageProblem(
            f"The disk is full{where}, so the latest change could not be kept yet. "
            "Your work is still open; you may free some space and it will be saved.",
            path,
            "disk-full",
        )
    if "readonly" in text_ or "read-only" in text_ or "permission" in text_:
        return StorageProblem(
            f"The data folder{where} cannot be written to right now. "
            "Your work is still open; you may choose another folder.",
            path,
            "unwritable",
        )
    return exc


def open_database(data_dir: Path, *, url: str | None = None) -> Database:
    """Open (or create) the library in `data_dir` and bring its schema up to date.

    `url` may name another SQLAlchemy database (e.g. PostgreSQL for a shared practice).
    """
    if url is not None and not url.startswith("sqlite"):
        engine = create_engine(url, future=True)
        _migrate(engine)
        return Database(engine, None)

    path = data_dir / "library.sqlite3"
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageProblem(
            f"The data folder “{data_dir}” could not be made. You may choose another one.",
            data_dir,
            "unwritable",
        ) from exc
    _check_writable(data_dir)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        found = inspect_existing(path)
        if not found.intact:
            raise StorageProblem(
                f"The library file “{path}” seems damaged, so it was left untouched. "
                "You may restore it from one of the automatic backups.",
                path,
                "damaged",
            )
        current = found.revision == SCHEMA_HEAD
        if not current and found.revision is not None and found.revision not in known_revisions():
            raise StorageProblem(
                f"The library file “{path}” was written by a newer Container Studio, "
                "so this version left it untouched. You may open it with the newer version.",
                path,
                "newer",
            )
        if not current:
            backup_database(path, data_dir / "backups", reason="before-update")
    else:
        current = False

    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
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


def _check_writable(data_dir: Path) -> None:
    """Refuse a read-only folder up front, so it is not mistaken for a damaged library."""
    try:
        with tempfile.TemporaryFile(dir=data_dir, prefix=".write-check-"):
            pass
    except OSError as exc:
        raise StorageProblem(
            f"The data folder “{data_dir}” cannot be written to just now (it may be on a "
            "read-only disk), so the library there was left untouched. You may make the "
            "folder writable, or choose another one with --data-dir.",
            data_dir,
            "unwritable",
        ) from exc


def _migrate(engine: Engine) -> None:
    from alembic import command

    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def schema_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT version_num FROM alembic_version")).fetchone()
        return row[0] if row else None
