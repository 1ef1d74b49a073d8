"""Running app code in a fresh interpreter, as a user's launch would."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

LAUNCH_BOUND_S = 120
"""How long a fresh launch may take on a busy machine before the test fails."""

WHEN_READY = textwrap.dedent(
    f"""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def when_ready(then):
        '''Call `then(window)` once the main window shows its container, ready to draw
        (its `container_ready` signal), however long the launch takes; give up, say so
        and quit after {LAUNCH_BOUND_S - 20} s.'''
        from containerstudio.ui.shell.main_window import MainWindow

        called = []

        def ready(w):
            if not called:
                called.append(w)
                then(w)

        def look():
            w = next((w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible()), None)
            if w is None:
                QTimer.singleShot(10, look)  # the window is not made yet
            elif w.current is not None:
                ready(w)
            else:
                w.container_ready.connect(lambda: ready(w))

        def give_up():
            if not called:
                print("NOT READY", flush=True)
                QApplication.exit(3)

        QTimer.singleShot(0, look)
        QTimer.singleShot({(LAUNCH_BOUND_S - 20) * 1000}, give_up)
    """
)
"""Probe code defining `when_ready(then)`; put it before the probe's own code."""


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `code` with `args` in a new Python with offscreen Qt; its output is text."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=LAUNCH_BOUND_S,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
