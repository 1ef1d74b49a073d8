"""Acceptance (foundation 5): newer schema and non-database files are refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

import pytest

from containerstudio.storage.database import StorageProblem, open_database


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make_newer_library(path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.execute("CREATE TABLE containers (id INTEGER PRIMARY KEY, title TEXT)")
    conn.commit()
    conn.close()


def test_newer_schema_is_refused_untouched(data_dir):
    db_file = data_dir / "library.sqlite3"
    _make_newer_library(db_file)
    before = _sha(db_file)
    with pytest.raises(StorageProblem) as caught:
        open_database(data_dir)
    assert caught.value.kind == "newer"
    assert str(db_file) in caught.value.message
    assert "newer" in caught.value.message
    assert _sha(db_file) == before
    assert not (data_dir / "backups").exists()


def test_not_a_database_is_refused_untouched(data_dir):
    db_file = data_dir / "library.sqlite3"
    db_file.write_bytes(b"These are my notes, not a database.\n" * 50)
    before = _sha(db_file)
    with pytest.raises(StorageProblem) as caught:
        open_database(data_dir)
    assert caught.value.kind == "not-a-database"
    assert str(db_file) in caught.value.message
    assert _sha(db_file) == before


def test_cli_reports_calmly_and_names_the_file(data_dir):
    db_file = data_dir / "library.sqlite3"
    _make_newer_library(db_file)
    before = _sha(db_file)
    result = subprocess.run(
        [sys.executable, "-m", "containerstudio", "--data-dir", str(data_dir), "list"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert str(db_file) in result.stderr
    assert "Traceback" not in result.stderr
    assert _sha(db_file) == before


def test_new_library_is_created_and_stamped(data_dir):
    from containerstudio.storage.database import head_revision, schema_revision

    db = open_database(data_dir)
    try:
        assert schema_revision(db) == head_revision()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()


def test_schema_head_constant_matches_the_migrations():
    from containerstudio.storage.database import SCHEMA_HEAD, head_revision

    assert head_revision() == SCHEMA_HEAD


def test_current_library_opens_without_loading_alembic(data_dir):
    import subprocess
    import sys

    open_database(data_dir).close()
    code = (
        "import sys; from pathlib import Path\n"
        "from containerstudio.storage.database import open_database\n"
        f"open_database(Path({str(data_dir)!r})).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
