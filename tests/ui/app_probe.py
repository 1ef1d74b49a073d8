"""Runs the real app (cli.main, as a user's launch) and acts on it from a timer.

Usage: python app_probe.py MODE DATA_DIR
  close  print what the window shows, then close it normally
  kill   print what the window shows, then SIGKILL this process (a crash)
  wait   print what the window shows and keep running (until killed)
  draw   draw strokes with real mouse events forever; after each pen release print
         "STROKE <strokes in the document> <time.monotonic()>"
  quit   begin the guided exercise, move two steps on, draw a stroke, press Ctrl+Q and
         choose "Close Container Studio" in the calm moment that follows
  session  draw three strokes, let one slot raise (the guard logs it), save a version,
         then close normally
Every mode first prints "STATE step=<guide step id or -> strokes=<n>".
Any other modal dialog is reported as "MODAL <text>" and answered with its last button.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from containerstudio.cli.main import main
from containerstudio.model.elements import Stroke
from containerstudio.ui.shell.main_window import MainWindow

mode, data_dir = sys.argv[1], sys.argv[2]
# A first start greets with the welcome (ui/welcome); these modes act on the window, so
# the welcome counts as shown (its own tests open it).
Path(data_dir).mkdir(parents=True, exist_ok=True)
if not (Path(data_dir) / "welcome").exists():
    marker = os.open(Path(data_dir) / "welcome", os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(marker, b"own standard\n")
    os.close(marker)
app = QApplication(sys.argv[:1])
state = {"seen": False, "n": 0}


def say(*parts: object) -> None:
    print(*parts, flush=True)


def window() -> MainWindow | None:
    """The main window once its container is open (the window shows a moment before)."""
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow) and w.isVisible() and w.current is not None:
            return w
    return None


STROKE_POINTS = 12


def draw_step(w: MainWindow) -> None:
    """One mouse event per tick: press, moves, release (about a third of a second)."""
    viewport = w.canvas.viewport()
    n, i = state["n"], state.get("i", 0)
    y = 100 + (n * 37) % 1000
    x0 = 100 + (n * 53) % 600
    point = QPoint(w.canvas.mapFromScene(x0 + 60 * i, y + 8 * (i % 3)))
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    if i == 0:
        QTest.mousePress(viewport, left, none, point)
    elif i < STROKE_POINTS:
        QTest.mouseMove(viewport, point)
    else:
        QTest.mouseRelease(viewport, left, none, point)
        count = sum(isinstance(e, Stroke) for e in w.current.doc)
        say("STROKE", count, repr(time.monotonic()))
        state["n"], state["i"] = n + 1, 0
        if (n + 1) % 10 == 0:
            w.current.save_step_version(f"Step {(n + 1) // 10}")
        return
    state["i"] = i + 1


def tick() -> None:
    modal = QApplication.activeModalWidget()
    if modal is not None:
        text = modal.text() if hasattr(modal, "text") else modal.windowTitle()
        say("MODAL", " ".join(text.split()))
        buttons = modal.findChildren(QAbstractButton)
        wanted = [b for b in buttons if b.text() == "Close Container Studio"]
        (wanted or buttons)[-1].click()
        return
    w = window()
    if w is None:
        return
    if not state["seen"]:
        state["seen"] = True
        say("WINDOW", "status=" + w.statusBar().currentMessage())
        session = w.guide.controller.session
        step = session.current_step.id if session is not None and session.started else "-"
        say("STATE", f"step={step}", f"strokes={sum(isinstance(e, Stroke) for e in w.current.doc)}")
        if mode == "close":
            w.close()
        elif mode == "kill":
            w.current.autosaver.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        elif mode == "wait":
            say("READY")
        elif mode == "quit":
            w.guide.panel.start_button.click()
            w.guide.panel.next_button.click()
            w.guide.panel.next_button.click()
            for _ in range(STROKE_POINTS + 1):
                draw_step(w)
            say("BEFORE", f"step={w.guide.controller.session.current_step.id}")
            QTest.keyClick(w.canvas.viewport(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        return
    if mode == "draw":
        draw_step(w)
    elif mode == "session":
        if state["n"] < 3:
            draw_step(w)
        elif not state.get("raised"):
            state["raised"] = True
            QTimer.singleShot(0, _raise_in_a_slot)
            w.current.save_step_version("A step")
        else:
            w.work.wait()
            w.close()
            for other in QApplication.topLevelWidgets():  # the guard's note, too
                other.close()


def _raise_in_a_slot() -> None:
    raise RuntimeError("something unexpected, on purpose")


timer = QTimer()
timer.timeout.connect(tick)
timer.start(25 if mode in ("draw", "session") else 100)
Path(data_dir).mkdir(parents=True, exist_ok=True)
code = main(["--data-dir", data_dir])
say("EXIT", code)
sys.exit(code)
