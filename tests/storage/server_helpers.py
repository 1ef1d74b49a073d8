"""Helpers for the tests on a PostgreSQL server: a dump of it, and what leaks into one."""

from __future__ import annotations

import os
import re

from tests.storage.crypto_helpers import _streams, needles

_BYTEA = re.compile(rb"\\x((?:[0-9a-f]{2})+)")


def pg_dump(url: str, schema: str | None = None) -> bytes:
    """A plain-text `pg_dump` of the test server's database (or of one schema in it)."""
    import glob
    import shutil
    import subprocess

    from sqlalchemy.engine import make_url

    found = os.environ.get("CS_PG_BIN")
    tool = os.path.join(found, "pg_dump") if found else None
    if not tool or not os.path.exists(tool):
        candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump")) or [
            shutil.which("pg_dump") or ""
        ]
        tool = candidates[-1]
    assert tool and os.path.exists(tool), "pg_dump is needed with a test server"
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    args = [tool, "--no-owner", "--dbname", plain]
    if schema:
        args += ["--schema", schema]
    return subprocess.run(args, check=True, capture_output=True, timeout=120).stdout


def dump_leaks(dump: bytes) -> set[str]:
    """Names of the marker needles found in a dump: in its text, and in every bytea
    value (a dump shows those as hex), raw or inside any zlib stream."""
    wanted = needles()
    pieces = [dump, *(bytes.fromhex(m.group(1).decode()) for m in _BYTEA.finditer(dump))]
    found: set[str] = set()
    for piece in pieces:
        for stream in _streams(piece):
            found.update(name for name, ways in wanted.items() if any(w in stream for w in ways))
    return found
