"""Storage tests on both engines: an SQLite file, and a real PostgreSQL server.

A test (or module) marked `both_engines` runs once per engine: on "postgresql" the name
`open_database` in its module opens the library in a schema of its own on the server
named by $CONTAINERSTUDIO_TEST_PG_URL (each data folder its own schema, dropped after
the test), so the very same test body runs on the server. Without that variable the
PostgreSQL runs are skipped with the reason shown; `.ci/run` always starts a server and
sets it. The `pg_url` fixture gives the URL to tests written for the server itself.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

PG_URL_VAR = "CONTAINERSTUDIO_TEST_PG_URL"
NO_SERVER = (
    f"PostgreSQL: no test server (set {PG_URL_VAR}=postgresql+psycopg://...; .ci/run starts "
    "one and sets it)"
)


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers", "both_engines: run on an SQLite file and on the PostgreSQL test server"
    )


def pytest_generate_tests(metafunc) -> None:
    if metafunc.definition.get_closest_marker("both_engines") is not None:
        metafunc.fixturenames.append("storage_engine")
        metafunc.parametrize("storage_engine", ["sqlite", "postgresql"], indirect=True)


def server_url() -> str | None:
    return os.environ.get(PG_URL_VAR) or None


class ServerSchemas:
    """Gives each data folder its own schema on the test server; drops them all after."""

    def __init__(self, url: str, test_id: str) -> None:
        self.url = url
        self.test_id = test_id
        self.made: list[str] = []

    def schema_for(self, data_dir: Path) -> str:
        digest = hashlib.sha256(f"{self.test_id}:{Path(data_dir).resolve()}".encode())
        name = f"t{os.getpid()}_{digest.hexdigest()[:16]}"
        if name not in self.made:
            self.made.append(name)
        return name

    def drop_all(self) -> None:
        if not self.made:
            return
        from sqlalchemy import create_engine

        engine = create_engine(self.url)
        try:
            with engine.begin() as conn:
                for name in self.made:
                    conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        finally:
            engine.dispose()


@pytest.fixture
def pg_url() -> str:
    url = server_url()
    if url is None:
        pytest.skip(NO_SERVER)
    return url


@pytest.fixture
def server_schemas(request, pg_url):
    schemas = ServerSchemas(pg_url, request.node.nodeid)
    yield schemas
    schemas.drop_all()


@pytest.fixture
def storage_engine(request, monkeypatch):
    """The engine this run of a `both_engines` test uses."""
    if request.param == "postgresql":
        url = server_url()
        if url is None:
            pytest.skip(NO_SERVER)
        from containerstudio.storage import database

        schemas = ServerSchemas(url, request.node.nodeid)
        real = database.open_database

        def on_server(data_dir: Path, *, url: str | None = url, schema: str = "") -> object:
            return real(data_dir, url=url, schema=schema or schemas.schema_for(data_dir))

        monkeypatch.setattr(request.module, "open_database", on_server, raising=False)
        yield "postgresql"
        monkeypatch.undo()
        schemas.drop_all()
        return
    yield "sqlite"


@pytest.fixture(autouse=True)
def _engine_of_marked_tests(request) -> None:
    """Sets up `storage_engine` for tests marked `both_engines` (before their body runs)."""
    if request.node.get_closest_marker("both_engines") is not None:
        request.getfixturevalue("storage_engine")


@pytest.fixture
def server_database(pg_url):
    """The URL of a new, empty database on the test server (dropped after the test), for
    tests that use the server's default schema names (profiles, two apps at once)."""
    import secrets

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = f"cs_test_{os.getpid()}_{secrets.token_hex(4)}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def library_url(request) -> str | None:
    """None (each library an SQLite file) or a fresh server database's URL."""
    if request.param == "sqlite":
        return None
    return request.getfixturevalue("server_database")
