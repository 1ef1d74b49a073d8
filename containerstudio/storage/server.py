"""The library on a practice's own PostgreSQL server.

The same tables, migrations and library code as the SQLite file: each profile's library
lives in its own schema (the connection's search path names it, so no query needs to
know). Only the server the person configured is ever contacted. A protected profile's
keys stay in its local folder, so the server only ever holds ciphertext.

Opening the same container from two app instances is refused through a server-side
advisory lock (`hold_container`): the local lock file cannot see another computer. The
server drops the lock by itself when the holding app's connection ends (a crash, a
pulled cable), so a lock is never left behind.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from containerstudio.storage.handle import Database
from containerstudio.storage.private import make_private_folder
from containerstudio.storage.problem import StorageKind, StorageProblem
from containerstudio.storage.schema_versions import (
    OUR_TABLES,
    SCHEMA_HEAD,
    known_revisions,
    migrate_connection,
)

SCHEMA_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
CONNECT_SECONDS = 10


def server_label(url: str) -> str:
    """How a server is named to the person: its host and database, never a password."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "?"
    return f"{parsed.host or 'localhost'}/{parsed.database or ''}"


def server_engine(url: str, schema: str) -> Engine:
    """An engine whose every connection works in `schema` (PostgreSQL only)."""
    if not SCHEMA_NAME.match(schema):
        raise ValueError("a schema name is lower-case letters, digits and _")
    try:
        parsed = make_url(url)
        backend = parsed.get_backend_name()
    except ArgumentError:
        backend = ""
    if backend != "postgresql":
        raise StorageProblem(StorageKind.NOT_A_SERVER_ADDRESS)
    try:
        return create_engine(
            parsed,
            connect_args={
                "options": f"-csearch_path={schema}",
                "connect_timeout": CONNECT_SECONDS,
            },
            pool_pre_ping=True,
        )
    except (NoSuchModuleError, ImportError) as exc:
        raise StorageProblem(StorageKind.SERVER_DRIVER_MISSING) from exc


def _lock_key(purpose: str, name: str) -> int:
    """A signed 64-bit advisory lock key for a name (the lock space is per database)."""
    digest = hashlib.sha256(f"containerstudio.{purpose}:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def _inspect(conn: Connection, schema: str) -> tuple[set[str], str | None]:
    tables = set(
        conn.execute(
            text("SELECT table_name FROM information_schema.tables WHERE table_schema = :s"),
            {"s": schema},
        ).scalars()
    )
    revision = None
    if "alembic_version" in tables:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return tables, revision


def open_server_database(url: str, schema: str, folder: Path) -> Database:
    """Open (or create) the library in `schema` on the server at `url`.

    A schema holding another program's tables, or a newer schema version, is refused
    and left as it is; a server that cannot be reached is said calmly (by host only)."""
    try:
        make_private_folder(folder)
    except OSError as exc:
        raise StorageProblem(StorageKind.FOLDER_NOT_MADE, folder, folder=str(folder)) from exc
    engine = server_engine(url, schema)
    label = server_label(url)
    try:
        with engine.begin() as conn:
            # Two apps starting at once on a new profile: one makes it, the other waits.
            conn.execute(
                text("SELECT pg_advisory_xact_lock(:k)"), {"k": _lock_key("schema", schema)}
            )
            conn.exec_driver_sql(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            tables, revision = _inspect(conn, schema)
            if tables and not tables >= OUR_TABLES:
                raise StorageProblem(StorageKind.SERVER_FOREIGN, schema=schema, server=label)
            newer = revision not in (None, SCHEMA_HEAD) and revision not in known_revisions()
            if newer:
                raise StorageProblem(StorageKind.SERVER_NEWER, server=label)
            if revision != SCHEMA_HEAD:
                migrate_connection(conn)
    except StorageProblem:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise StorageProblem(StorageKind.SERVER_UNREACHABLE, server=label) from exc
    return Database(engine, None, folder, schema)


class ContainerHold:
    """A container this app has open: nobody else on the server may open it meanwhile.

    On an SQLite file the folder's lock file already keeps a second app out of the
    whole library, so the hold there holds nothing."""

    def __init__(self, conn: Connection | None = None, key: int = 0) -> None:
        self._conn = conn
        self._key = key

    @property
    def held(self) -> bool:
        return self._conn is not None

    def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self._key})
        except DBAPIError:
            pass  # the connection is gone, and the server dropped the lock with it
        finally:
            conn.close()


def hold_container(engine: Engine, uid: str) -> ContainerHold:
    """Take the server-side lock of container `uid`; a calm StorageProblem when another
    app holds it. The lock lives as long as this one connection (kept for it)."""
    if engine.dialect.name != "postgresql":
        return ContainerHold()
    key = _lock_key("container", uid)
    conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    try:
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar()
    except BaseException:
        conn.close()
        raise
    if not got:
        conn.close()
        raise StorageProblem(StorageKind.OPEN_ELSEWHERE)
    return ContainerHold(conn, key)
