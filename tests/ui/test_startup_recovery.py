"""Acceptance 4 (app side), crash recovery and one app per library."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import CalmAnswers

from containerstudio.model import ContainerDocument, Stroke
from containerstudio.storage.backups import backup_database
from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from containerstudio.storage.recovery import backup_folder
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.shell.main_window import MainWindow
from containerstudio.ui.shell.startup import LibraryOpening, RestoreBackupDialog

PROBE = Path(__file__).with_name("app_probe.py")
PAGE = 4096


def _library_with_backup(data_dir: Path) -> ContainerDocument:
    doc = ContainerDocument()
    rng = random.Random(1)
    strokes = [
        Stroke(
            id=f"{i:016x}",
            points=tuple((round(rng.uniform(0, 1600), 2), 600.0, 0.5) for _ in range(150)),
        )
        for i in range(300)
    ]
    doc.load(strokes, {})
    db = open_database(data_dir)
    try:
        library = Library(db)
        library.save_version(library.create_container("Chest"), doc, name="kept")
        backup_database(db.path, backup_folder(data_dir), reason="daily")
    finally:
        db.close()
    return doc


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])


def _scribble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = len(data) // PAGE // 2
    data[page * PAGE : (page + 1) * PAGE] = random.Random(7).randbytes(PAGE)
    path.write_bytes(bytes(data))


def _answer(button_text: str, seen: list[str]) -> CalmAnswers:
    """Press `button_text` in the restore offer (and note what it said in `seen`)."""

    def choose(dialog):
        if not isinstance(dialog, RestoreBackupDialog):
            return None
        seen.append(answers.seen[-1])
        return next(k for k, b in dialog.buttons.items() if b.text() == button_text)

    answers = CalmAnswers(choose)
    return answers


def _open_as_the_app(qtbot, data_dir: Path) -> tuple[LibraryOpening, MainWindow]:
    """Show the window and open the library behind it, as a launch does; wait for the end."""
    work = BackgroundWork()
    window = MainWindow(work)
    qtbot.addWidget(window)
    opening = LibraryOpening(data_dir, window, work)
    window.show()
    qtbot.waitUntil(lambda: window.current is not None or opening.exit_code is not None)
    return opening, window


def _close(opening: LibraryOpening, window: MainWindow) -> None:
    window.close()
    window.work.wait()
    if opening.db is not None:
        opening.db.close()


@pytest.mark.parametrize("damage", [_truncate, _scribble], ids=["truncated", "scribbled"])
def test_damaged_library_offers_the_latest_backup(qtbot, data_dir, damage):
    doc = _library_with_backup(data_dir)
    library_file = data_dir / "library.sqlite3"
    damage(library_file)
    damaged = library_file.read_bytes()

    seen: list[str] = []
    answers = _answer("Restore the backup", seen)  # noqa: F841 (answers while it lives)
    opening, window = _open_as_the_app(qtbot, data_dir)
    try:
        assert opening.exit_code is None and opening.library is not None
        assert "library.sqlite3" in seen[0] and "never deleted" in seen[0]
        kept = [
            p
            for p in data_dir.iterdir()
            if p.name.startswith("library.sqlite3.damaged-") and p.name[-4:] not in ("-wal", "-shm")
        ]
        assert len(kept) == 1 and kept[0].read_bytes() == damaged, "kept aside, unchanged"
        assert kept[0].name in window.statusBar().currentMessage()
        assert window.current.doc == doc, "the restored drawing is on the canvas"
    finally:
        _close(opening, window)


def test_not_now_leaves_the_damaged_file_where_it_was(qtbot, data_dir):
    _library_with_backup(data_dir)
    library_file = data_dir / "library.sqlite3"
    _truncate(library_file)
    damaged = library_file.read_bytes()
    seen: list[str] = []
    answers = _answer("Not now", seen)  # noqa: F841 (answers while it lives)
    opening, window = _open_as_the_app(qtbot, data_dir)
    assert opening.exit_code == 2 and not window.isVisible(), "the app ends calmly"
    assert opening.db is None and window.current is None
    assert seen and library_file.read_bytes() == damaged
    assert not any(p.name.startswith("library.sqlite3.damaged-") for p in data_dir.iterdir())


def _probe(mode: str, data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(PROBE), mode, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _run(mode: str, data_dir: Path) -> str:
    proc = _probe(mode, data_dir)
    out, err = proc.communicate(timeout=60)
    assert "Traceback" not in err, err
    return out


def _status(out: str) -> str:
    line = next(line for line in out.splitlines() if line.startswith("WINDOW"))
    return line.partition("status=")[2]


def test_after_a_kill_the_next_start_says_calmly_what_was_kept(data_dir):
    assert _status(_run("close", data_dir)) == "", "a first start has nothing to say"
    assert _status(_run("close", data_dir)) == "", "a clean close has nothing to say"
    _run("kill", data_dir)
    status = _status(_run("close", data_dir))
    assert status.startswith("We kept your work from "), status


def test_a_second_instance_is_told_apart_from_a_crashed_one(data_dir):
    first = _probe("wait", data_dir)
    try:
        deadline = time.monotonic() + 60
        while "READY" not in (first.stdout.readline() or ""):
            assert time.monotonic() < deadline and first.poll() is None
        second = _run("close", data_dir)
        assert "MODAL Container Studio is already open" in second
        assert "EXIT 3" in second and "WINDOW" not in second
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    # The first one crashed: its lock is stale, so the next start goes ahead.
    third = _run("close", data_dir)
    assert "EXIT 0" in third and "MODAL" not in third
    assert _status(third).startswith("We kept your work from ")
