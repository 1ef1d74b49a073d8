"""startup: launch to a usable main window, against a bare QApplication showing an empty
QMainWindow. Both run as fresh processes, timed from spawn to the window being painted."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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

APP = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from containerstudio.cli import main
def quit_when_shown():
    if any(w.isVisible() for w in QApplication.topLevelWidgets()):
        print("SHOWN", time.time() - float(sys.argv[1]), flush=True)
        QApplication.quit()
    else:
        QTimer.singleShot(0, quit_when_shown)
QTimer.singleShot(0, quit_when_shown)
sys.exit(main(["--data-dir", sys.argv[2]]))
"""


def _time(code: str, *args: str) -> float:
    """Seconds from just before spawning the process to its window being shown."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code, repr(time.time()), *args],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    ).stdout
    return float(next(line for line in out.splitlines() if line.startswith("SHOWN")).split()[1])


def _bytecode_note() -> str:
    """Say so when our modules are compiled from source on every launch.

    An installed app starts from cached bytecode; with PYTHONDONTWRITEBYTECODE set and no
    cache, every launch here also compiles the package (tens of ms), so say it with the figure.
    """
    spec = importlib.util.find_spec("containerstudio.ui.main_window")
    origin, cached = Path(spec.origin), Path(spec.cached)
    fresh = cached.exists() and cached.stat().st_mtime >= origin.stat().st_mtime
    if fresh or not sys.dont_write_bytecode:
        return ""
    return "; no cached bytecode (PYTHONDONTWRITEBYTECODE): the package compiles at each launch"


def run(quick: bool) -> list[Figure]:
    repeats = 3 if quick else 7
    data_dir = tempfile.mkdtemp(prefix="cs-bench-start-")
    _time(APP, data_dir)  # first start creates the library; later starts are the usual case
    bare, app = [], []
    for _ in range(repeats):
        bare.append(_time(BARE))
        app.append(_time(APP, data_dir))
    b, a = median(bare), median(app)
    return [
        Figure(
            "startup",
            a * 1000,
            b * 1000,
            "ratio <= 2.0",
            a / b <= 2.0,
            "ms",
            f"median of {repeats} launches, existing library" + _bytecode_note(),
        )
    ]
