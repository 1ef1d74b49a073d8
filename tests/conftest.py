"""Shared fixtures. Every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os

# Set before anything imports Qt, so tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

import pytest


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A private data folder, also exported as $CONTAINERSTUDIO_DATA_DIR."""
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("CONTAINERSTUDIO_DATA_DIR", str(path))
    return path


class SmallDisk:
    """A data folder on a genuinely small filesystem (a 4 MB tmpfs) that a test can fill
    and free again. Where mounting is not allowed, SQLite's max_page_count caps the
    library instead, which makes its writes end with SQLITE_FULL just as a full disk does.
    """

    def __init__(self, path) -> None:
        import subprocess

        self.path = path
        self.mounted = (
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(path)],
                capture_output=True,
            ).returncode
            == 0
        )
        self._capped: list = []

    def fill(self, db) -> None:
        """Leave no room: writes to the library (and the folder) run out of space."""
        if self.mounted:
            chunk = b"\0" * 65536
            # Unbuffered: the write that meets the full disk fails here, and closing the
            # file has nothing left over to write (which would fail once more).
            with open(self.path / "filler.bin", "wb", buffering=0) as fh:
                try:
                    while True:
                        fh.write(chunk)
                except OSError:
                    pass
            return
        from sqlalchemy import event

        def cap(conn, _record) -> None:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count={pages}")

        event.listen(db.engine, "connect", cap)
        db.engine.dispose()
        self._capped.append((db, cap))

    def free(self) -> None:
        """Make room again."""
        from sqlalchemy import event

        (self.path / "filler.bin").unlink(missing_ok=True)
        for db, cap in self._capped:
            event.remove(db.engine, "connect", cap)
            db.engine.dispose()
        self._capped.clear()

    def unmount(self) -> None:
        import subprocess

        if self.mounted:
            if subprocess.run(["umount", str(self.path)], capture_output=True).returncode:
                subprocess.run(["umount", "-l", str(self.path)], capture_output=True)
            self.mounted = False


@pytest.fixture
def small_disk(data_dir):
    """The data folder on a small disk (see SmallDisk); unmounted at the end."""
    disk = SmallDisk(data_dir)
    yield disk
    disk.unmount()
