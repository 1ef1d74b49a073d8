"""Things that may stand at the library path instead of a library of ours, and a
fingerprint that shows each is left exactly as it was (bytes, mode, and for a folder
its listing and every file in it)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

from containerstudio.model import ContainerDocument, Stroke
from containerstudio.storage.backups import backup_database
from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from containerstudio.storage.recovery import backup_folder

CASES = ("empty", "foreign", "text", "folder", "truncated")
LIBRARY = "library.sqlite3"


def make_real_library(data_dir: Path, *, with_backup: bool) -> None:
    """A library with one container holding a few strokes (and a backup of it)."""
    db = open_database(data_dir)
    try:
        library = Library(db)
        cid = library.create_container("Chest")
        doc = ContainerDocument()
        strokes = [
            Stroke(id=f"{i:016x}", points=tuple((float(x), 100.0 + i, 0.5) for x in range(200)))
            for i in range(200)
        ]
        doc.load(strokes, {})
        library.save_version(cid, doc, name="kept")
        if with_backup:
            backup_database(db.path, backup_folder(data_dir), reason="daily")
    finally:
        db.close()


def place(case: str, data_dir: Path, *, with_backup: bool = False) -> Path:
    """Put `case` at the library path (a real library and its backup first, if asked)."""
    path = data_dir / LIBRARY
    if with_backup or case == "truncated":
        make_real_library(data_dir, with_backup=with_backup)
        if case != "truncated":
            for name in (LIBRARY, f"{LIBRARY}-wal", f"{LIBRARY}-shm"):
                (data_dir / name).unlink(missing_ok=True)
    if case == "empty":
        path.write_bytes(b"")
    elif case == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT, steps TEXT)")
        conn.executemany(
            "INSERT INTO recipes (name, steps) VALUES (?, ?)",
            [(f"soup {i}", "chop, stir, wait " * 20) for i in range(50)],
        )
        conn.commit()
        conn.close()
    elif case == "text":
        path.write_text("Shopping: bread, apples, tea.\n" * 40, encoding="utf-8")
    elif case == "folder":
        path.mkdir()
        (path / "notes.txt").write_text("mine", encoding="utf-8")
        (path / "inner").mkdir()
        (path / "inner" / "photo.bin").write_bytes(bytes(range(256)) * 8)
    elif case == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    else:
        raise AssertionError(case)
    os.chmod(path, 0o755 if case == "folder" else 0o644)
    return path


def fingerprint(path: Path, *, modes: bool = True) -> str:
    """A hash of what is at `path`: kind, mode and bytes; for a folder, its listing
    (names, kinds, modes) and the bytes of every file in it. `modes=False` leaves the
    permission bits out (a file set aside in the data folder is made private)."""
    digest = hashlib.sha256()
    entries = [path]
    if path.is_dir():
        entries += sorted(path.rglob("*"))
    for entry in entries:
        info = entry.lstat()
        mode = info.st_mode if modes else info.st_mode & ~0o7777
        digest.update(f"{entry.relative_to(path.parent)}\0{mode:o}\0".encode())
        if entry.is_file():
            digest.update(entry.read_bytes())
        digest.update(b"\1")
    return digest.hexdigest()


def folder_names(data_dir: Path) -> set[str]:
    """Every name in the data folder (so nothing new appears beside the file either)."""
    return {str(p.relative_to(data_dir)) for p in data_dir.rglob("*")}
