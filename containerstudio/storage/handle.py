"""An open library database: the engine, where it lives, and calm disk problems."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine

from containerstudio.storage.problem import StorageKind, StorageProblem


class Database:
    """An open library database: an SQLAlchemy engine with our settings and schema.

    `path` is the SQLite file (None on a server); `folder` is the local folder that
    goes with it either way: it holds the keys of a protected library, which never
    leave this computer, so a server only ever holds ciphertext."""

    def __init__(
        self, engine: Engine, path: Path | None, folder: Path | None = None, schema: str = ""
    ) -> None:
        self.engine = engine
        self.path = path
        self.folder = folder if folder is not None else (path.parent if path else None)
        self.schema = schema
        """The server schema this library lives in ("" for an SQLite file)."""

    @property
    def on_server(self) -> bool:
        return self.path is None

    @contextmanager
    def begin(self) -> Iterator[Connection]:
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
    folder = str(path.parent) if path else "?"
    if "disk is full" in text_ or "no space" in text_ or "database or disk is full" in text_:
        return StorageProblem(StorageKind.DISK_FULL, path, folder=folder)
    if "readonly" in text_ or "read-only" in text_ or "permission" in text_:
        return StorageProblem(StorageKind.UNWRITABLE, path, folder=folder)
    return exc
