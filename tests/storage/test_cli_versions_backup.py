"""CLI: `versions ID` lists versions; `backup --out FILE` copies a library in use."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from lib_helpers import collage

from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library


def _cli(data_dir, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "containerstudio", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_versions_lists_number_name_kind_created(data_dir):
    db = open_database(data_dir)
    try:
        library = Library(db)
        cid = library.create_container("Safe")
        doc = collage(strokes=3, photos=0)
        library.save_version(cid, doc, name="Lid closed")
        library.save_version(cid, doc, kind="step", name="Make the outside yours")
        library.save_version(cid, doc, kind="auto")
    finally:
        db.close()
    result = _cli(data_dir, "versions", str(cid))
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.strip().splitlines()]
    assert rows[0] == ["number", "name", "kind", "created"]
    assert [r[:3] for r in rows[1:]] == [
        ["1", "Lid closed", "named"],
        ["2", "Make the outside yours", "step"],
        ["3", "", "auto"],
    ]
    missing = _cli(data_dir, "versions", "999")
    assert missing.returncode == 1 and "999" in missing.stderr and "Traceback" not in missing.stderr


def test_backup_while_the_library_is_open_and_written(data_dir, tmp_path):
    db = open_database(data_dir)
    try:
        library = Library(db)
        cid = library.create_container("Bottle")
        library.save_working(cid, collage(strokes=40, photos=1))
        # Still open, recent work only in the WAL: the copy must include it.
        assert (data_dir / "library.sqlite3-wal").stat().st_size > 0
        out = tmp_path / "copy" / "library.sqlite3"
        out.parent.mkdir()
        result = _cli(data_dir, "backup", "--out", str(out))
        assert result.returncode == 0, result.stderr
        library.save_working(cid, collage(strokes=41, photos=1))  # the app keeps going
    finally:
        db.close()
    conn = sqlite3.connect(out)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    copy = open_database(out.parent)
    try:
        assert len(Library(copy).load_working(cid)) == 41  # 40 strokes + 1 photo
    finally:
        copy.close()
