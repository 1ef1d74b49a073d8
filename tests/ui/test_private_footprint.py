"""Acceptance 5: the data folder is 0700 and every file in it 0600 (library, -wal,
-shm, backups, logs, lock file) after a session, after a backup, and after a
crash-style exit, whatever the umask; exported files keep ordinary permissions."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library

PROBE = Path(__file__).with_name("app_probe.py")
UMASK = 0o022  # the usual one: without care, folders would be 0755 and files 0644


def _with_usual_umask() -> None:
    os.umask(UMASK)


def _not_private(folder: Path) -> list[str]:
    """Everything in `folder` (and the folder) that others could read or enter."""
    found = []
    for path in [folder, *sorted(folder.rglob("*"))]:
        mode = path.lstat().st_mode
        wanted = 0o700 if stat.S_ISDIR(mode) else 0o600
        if stat.S_IMODE(mode) != wanted:
            found.append(f"{path.relative_to(folder.parent)} {stat.S_IMODE(mode):o}")
    return found


def _probe(mode: str, data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(PROBE), mode, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        preexec_fn=_with_usual_umask,
    )


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "containerstudio", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_with_usual_umask,
    )


def test_after_a_session_and_a_backup_everything_is_private(tmp_path):
    data_dir = tmp_path / "data"  # made by the probe with the usual umask (0755)
    proc = _probe("session", data_dir)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0 and "EXIT 0" in out, out + err
    assert "Traceback" not in err, err
    names = {p.name for p in data_dir.rglob("*")}
    assert {"library.sqlite3", "containerstudio.log"} <= names, names  # the lock is gone
    assert any(n.endswith("-daily.sqlite3") for n in names), names
    assert _not_private(data_dir) == []

    copy = tmp_path / "copy.sqlite3"
    result = _cli(data_dir, "backup", "--out", str(copy))
    assert result.returncode == 0, result.stderr
    assert _not_private(data_dir) == []
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600, "a copy of the library stays private"

    # An export leaves the data folder: it gets an ordinary file's permissions.
    pdf = tmp_path / "container.pdf"
    result = _cli(data_dir, "export", "1", "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o666 & ~UMASK


def test_after_a_crash_style_exit_everything_is_private(tmp_path):
    data_dir = tmp_path / "data"
    proc = _probe("draw", data_dir)
    strokes = 0
    for line in proc.stdout:
        if line.startswith("STROKE"):
            strokes += 1
            if strokes == 4:  # a few saves in, the library and its -wal are busy
                break
    assert strokes == 4, proc.stderr.read()
    wal = data_dir / "library.sqlite3-wal"
    assert wal.exists()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    names = {p.name for p in data_dir.rglob("*")}
    assert {"library.sqlite3-wal", "library.sqlite3-shm", "containerstudio.lock"} <= names
    assert _not_private(data_dir) == []


def test_an_existing_open_folder_is_tightened_on_open(tmp_path):
    old = os.umask(UMASK)
    try:
        data_dir = tmp_path / "data"
        data_dir.mkdir()
        (data_dir / "prompts").mkdir()
        (data_dir / "prompts" / "mine.toml").write_text("# a pack\n", encoding="utf-8")
        db = open_database(data_dir)
        Library(db).create_container("Jar")
        db.close()
        for path in [data_dir, *data_dir.rglob("*")]:  # as an earlier version left it
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        assert _not_private(data_dir)
        open_database(data_dir).close()
        assert _not_private(data_dir) == []
    finally:
        os.umask(old)
