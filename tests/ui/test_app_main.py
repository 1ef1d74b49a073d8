"""Acceptance (foundation 1): the real entry point opens the main window.

Runs in a fresh interpreter, as a user's launch would, so a quitting QApplication
cannot affect the other tests.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from fresh_python import WHEN_READY, run_python

PROBE = WHEN_READY + textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from containerstudio.cli.main import main

    app = QApplication(sys.argv[:1])

    def look_and_close(w):
        print("WINDOW", w.windowTitle(), w.width() > 400, w.canvas is not None, flush=True)
        w.close()
        QApplication.quit()

    when_ready(look_and_close)  # the container on the canvas, however long that takes
    sys.exit(main(sys.argv[1:]))
    """
)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_python(PROBE, *args)


def test_main_opens_the_main_window(data_dir):
    result = _run("--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert "WINDOW Container Studio True True" in result.stdout
    assert (data_dir / "library.sqlite3").exists()


def test_console_script_is_installed():
    from pathlib import Path

    script = Path(sys.executable).parent / "containerstudio"
    assert script.exists(), "pip install should create the containerstudio command"
    out = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=True)
    assert "--data-dir" in out.stdout


def test_unreadable_library_gets_a_calm_message(qapp, data_dir, monkeypatch):
    from helpers import CalmAnswers

    from containerstudio.app import run_app

    (data_dir / "library.sqlite3").write_bytes(b"not a database" * 10)
    answers = CalmAnswers()
    shown = answers.seen
    assert run_app(data_dir) == 2
    answers.stop()
    assert shown and "library.sqlite3" in shown[0]
