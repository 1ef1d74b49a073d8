"""startup: launch to a usable main window, against a bare QApplication showing an empty
QMainWindow. Both run as fresh processes, timed from spawn to the window being painted."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from benchmarks.figures import Figure, median

# Each child prints how long after its launch (time.time() given by the parent just
# before spawning) the window was shown and painted; closing down is not counted.
BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 820); w.show()
def shown():
    print("SHOWN", time.time() - float(sys.argv[1]), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

# The app starts as its console script does (`containerstudio` calls cli.main, which
# imports storage first and Qt when the window is wanted); the only addition is a check,
# once the event loop runs, that quits as soon as a window is shown.
APP = """
import sys, time
from containerstudio.cli import main
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
def quit_when_shown():
    if any(w.isVisible() for w in QApplication.topLevelWidgets()):
        print("SHOWN", time.time() - float(sys.argv[1]), flush=True)
        QApplication.quit()
    else:
        QTimer.singleShot(0, quit_when_shown)
_exec = QApplication.exec
def exec_watching(*_args):
    QTimer.singleShot(0, quit_when_shown)
    return _exec()
QApplication.exec = exec_watching
sys.exit(main(["--data-dir", sys.argv[2]]))
"""


def _time(code: str, *args: str, env: dict[str, str]) -> float:
    """Seconds from just before spawning the process to its window being shown."""
    out = subprocess.run(
        [sys.executable, "-c", code, repr(time.time()), *args],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    ).stdout
    return float(next(line for line in out.splitlines() if line.startswith("SHOWN")).split()[1])


def _launch_env() -> dict[str, str]:
    """Launches as an installed app's: Python's bytecode cache is written by the first
    launch and used by the next (in a private folder, so the source tree stays as it is,
    even where PYTHONDONTWRITEBYTECODE is set, as on these machines)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="cs-bench-pycache-")
    return env


def run(quick: bool) -> list[Figure]:
    repeats = 3 if quick else 7
    data_dir = tempfile.mkdtemp(prefix="cs-bench-start-")
    env = _launch_env()
    # The first start creates the library and the bytecode cache; later starts are the
    # usual case.
    _time(BARE, env=env)
    _time(APP, data_dir, env=env)
    bare, app = [], []
    for _ in range(repeats):
        bare.append(_time(BARE, env=env))
        app.append(_time(APP, data_dir, env=env))
    b, a = median(bare), median(app)
    return [
        Figure(
            "startup",
            a * 1000,
            b * 1000,
            "ratio <= 2.0",
            a / b <= 2.0,
            "ms",
            f"median of {repeats} launches, existing library, bytecode cached as when installed",
        )
    ]
