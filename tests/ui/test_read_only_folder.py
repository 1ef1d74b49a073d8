"""Acceptance (hardening): a data folder that cannot be written to gets a calm message
naming the folder, from the app and from the command line, and is left untouched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from containerstudio.storage.database import StorageProblem, open_database
from containerstudio.storage.library import Library


@pytest.fixture(params=["read-only-disk", "under-a-file"])
def unwritable(request, tmp_path) -> Path:
    """A data folder on a read-only mount (holding a library), or one that cannot exist."""
    if request.param == "under-a-file":
        (tmp_path / "a-file").write_text("not a folder")
        yield tmp_path / "a-file" / "data"
        return
    folder = tmp_path / "ro"
    folder.mkdir()
    mount = ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)]
    if subprocess.run(mount, capture_output=True).returncode:
        os.chmod(folder, 0o555)  # not root: permissions stop writes
        assert not os.access(folder, os.W_OK), "no way to make a read-only folder here"
    db = open_database(folder)
    Library(db).create_container("Kept")
    db.close()
    remount = ["mount", "-o", "remount,ro", str(folder)]
    subprocess.run(remount, capture_output=True)
    yield folder
    subprocess.run(["umount", str(folder)], capture_output=True)


def _snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_open_database_names_the_folder(unwritable):
    before = _snapshot(unwritable)
    with pytest.raises(StorageProblem) as caught:
        open_database(unwritable)
    assert caught.value.kind.code == "unwritable"
    assert str(unwritable) in caught.value.message
    assert "damaged" not in caught.value.message, "a read-only disk is not a damaged library"
    assert _snapshot(unwritable) == before


def test_app_start_shows_a_calm_message_and_exits(qapp, unwritable, monkeypatch):
    from helpers import CalmAnswers

    from containerstudio.app import run_app

    answers = CalmAnswers()
    shown = answers.seen
    assert run_app(unwritable) == 2
    answers.stop()
    assert len(shown) == 1 and str(unwritable) in shown[0]
    assert "backup" not in shown[0], "no restore is offered for a folder that is only read-only"


def test_command_line_list_says_so_without_a_traceback(unwritable):
    result = subprocess.run(
        [sys.executable, "-m", "containerstudio", "--data-dir", str(unwritable), "list"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(unwritable) in result.stderr
