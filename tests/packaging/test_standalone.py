"""Acceptance (issue 16, 6): the standalone build (`make standalone`, PyInstaller) starts
offscreen, opens a container and closes cleanly, then lists and exports it; the installed
command starts and closes the same way.

`--quit-when-ready` closes the window the way a person would once the container is ready
to draw on. The build itself takes minutes, so it is a separate command, not part of
`.ci/run`: its test runs when dist/containerstudio/ is there and skips, saying how to
make it, when it is not.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from containerstudio.storage.recovery import CLEAN_SHUTDOWN_KEY
from containerstudio.ui.shell.startup import LOCK_NAME

ROOT = Path(__file__).resolve().parents[2]
STANDALONE = ROOT / "dist" / "containerstudio" / "containerstudio"
START_BOUND_S = 180


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run offscreen from `cwd` (nothing found by chance in the checkout), no PYTHON* set."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "CONTAINERSTUDIO"))}
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        timeout=START_BOUND_S,
    )


def start_and_quit(program: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return run([*program, "--data-dir", str(tmp_path / "data"), "--quit-when-ready"], tmp_path)


def assert_clean_start_and_exit(result: subprocess.CompletedProcess[str], tmp_path: Path) -> None:
    """Exit code 0, no traceback, a container made and opened, the run noted as ended
    cleanly (the next start has nothing to recover) and the folder's lock let go."""
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    data = tmp_path / "data"
    db = open_database(data)
    try:
        library = Library(db)
        assert len(library.list_containers()) == 1
        assert library.setting(CLEAN_SHUTDOWN_KEY) == "1"
    finally:
        db.close()
    assert not (data / LOCK_NAME).exists()


def test_the_command_starts_and_quits_when_ready(tmp_path):
    command = Path(sys.executable).parent / "containerstudio"
    assert_clean_start_and_exit(start_and_quit([str(command)], tmp_path), tmp_path)


@pytest.mark.skipif(
    not STANDALONE.is_file(), reason="no standalone build (make standalone builds dist/)"
)
def test_the_standalone_build_starts_quits_and_exports(tmp_path):
    assert_clean_start_and_exit(start_and_quit([str(STANDALONE)], tmp_path), tmp_path)
    data, out = tmp_path / "data", tmp_path / "first.pdf"
    listed = run([str(STANDALONE), "--data-dir", str(data), "list"], tmp_path)
    assert listed.returncode == 0, listed.stderr
    (row,) = listed.stdout.splitlines()[1:]
    exported = run([str(STANDALONE), "--data-dir", str(data), "export", row.split("\t")[0],
                    "--out", str(out)], tmp_path)  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes().startswith(b"%PDF")
