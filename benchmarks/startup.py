"""startup: launch to a usable main window, against a bare QApplication showing an empty
QMainWindow. Both run as fresh processes, timed from spawn to the window being painted."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from benchmarks.figures import Figure, median

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 820); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from containerstudio.cli import main
def quit_when_shown():
    if any(w.isVisible() for w in QApplication.topLevelWidgets()):
        QApplication.quit()
    else:
        QTimer.singleShot(0, quit_when_shown)
QTimer.singleShot(0, quit_when_shown)
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def _time(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, *args],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


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
            f"median of {repeats} launches, existing library",
        )
    ]
