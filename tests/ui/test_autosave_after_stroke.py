"""Autosave keeps each stroke right after the pen lifts (a short delay after every undo
step), not only when the periodic safety save comes round: a crash a second after a
stroke must not lose it."""

from __future__ import annotations

from helpers import drag, line

from containerstudio.model.elements import Stroke
from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from containerstudio.ui.canvas import autosave

NEVER_MS = 3_600_000  # the periodic safety save cannot come during this test


def _kept_strokes(data_dir, container_id: int) -> int:
    """Strokes in the library's working copy, read through a connection of its own."""
    db = open_database(data_dir)
    try:
        return sum(isinstance(e, Stroke) for e in Library(db).load_working(container_id))
    finally:
        db.close()


def test_each_stroke_is_kept_soon_after_the_pen_lifts(open_window, qtbot, data_dir, monkeypatch):
    monkeypatch.setattr(autosave, "SAFETY_INTERVAL_MS", NEVER_MS)
    window = open_window()
    autosaver = window.current.autosaver
    assert autosaver._safety.interval() == NEVER_MS
    cid = window.current.container_id
    for n in (1, 2):
        with qtbot.waitSignal(autosaver.saved, timeout=30000):
            drag(window, line(200, 150 * n, 900, 150 * n + 40))
        assert not autosaver.dirty
        assert _kept_strokes(data_dir, cid) == n
    with qtbot.waitSignal(autosaver.saved, timeout=30000):
        window.current.stack.undo()  # an undo is kept as soon, too
    assert _kept_strokes(data_dir, cid) == 1
