"""Acceptance (foundation 2 and 6): draw with real mouse events, undo/redo, reopen, list."""

from __future__ import annotations

import subprocess
import sys

from helpers import drag, ink_at, line, render

from containerstudio.model.elements import Stroke

STROKES = [line(200, 200, 700, 220), line(300, 500, 900, 700), line(1200, 150, 1250, 900)]


def _strokes(window) -> list[Stroke]:
    return [e for e in window.current.doc if isinstance(e, Stroke)]


def test_three_strokes_survive_undo_redo_and_reopen(open_window, data_dir, qtbot):
    window = open_window()
    for pts in STROKES:
        drag(window, pts)
    assert len(_strokes(window)) == 3
    assert window.undo_action.isEnabled()

    window.undo_action.trigger()
    assert len(_strokes(window)) == 2
    after_undo = render(window)
    assert not ink_at(after_undo, 1230, 500), "the undone stroke is still visible"

    window.redo_action.trigger()
    assert len(_strokes(window)) == 3
    before = render(window)
    for x, y in [(450, 210), (600, 600), (1225, 525)]:
        assert ink_at(before, x, y), f"no ink at {(x, y)}"
    assert not ink_at(before, 100, 1000)

    window.close()
    reopened = open_window()
    assert len(_strokes(reopened)) == 3
    after = render(reopened)
    assert after == before, "the reopened canvas differs from what was drawn"

    # Acceptance 6: the command line lists the container made by the UI.
    out = subprocess.run(
        [sys.executable, "-m", "containerstudio", "--data-dir", str(data_dir), "list"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = out.strip().splitlines()
    assert lines[0] == "id\ttitle\tupdated\tversions"
    assert len(lines) == 2 and "\tMy container\t" in lines[1]


def test_undo_with_keyboard_shortcuts(open_window, qtbot):
    from PySide6.QtCore import Qt

    window = open_window()
    drag(window, STROKES[0])
    drag(window, STROKES[1])
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(_strokes(window)) == 1
    qtbot.keyClick(
        window.canvas,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(_strokes(window)) == 2


def test_autosave_happens_without_closing(open_window, data_dir, qtbot):
    """The database is the save file: a stroke is stored shortly after pen release."""
    from containerstudio.storage.database import open_database
    from containerstudio.storage.library import Library

    window = open_window()
    drag(window, STROKES[0])
    qtbot.waitUntil(lambda: not window.current.autosaver.dirty, timeout=5000)
    other = Library(open_database(data_dir))
    try:
        cid = window.current.container_id
        assert len(other.load_working(cid)) == 1
    finally:
        other.db.close()
