"""Acceptance (hardening): the disk fills up while drawing. The status bar says so
calmly, nothing escapes as an exception, the drawing stays on screen and undoable,
and once there is room again the next autosave keeps everything."""

from __future__ import annotations

from helpers import drag, ink_at, line, render

from containerstudio.model.elements import Stroke
from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library

BEFORE = [line(200, 200, 700, 220)]
WHILE_FULL = [line(300, 400 + 60 * i, 900, 420 + 60 * i, steps=40) for i in range(6)]


def _strokes(doc) -> list[dict]:
    return [e.to_dict() for e in doc if isinstance(e, Stroke)]


def test_full_disk_while_drawing_then_room_again(open_window, small_disk, data_dir, qtbot):
    window = open_window()
    other = window.library.create_container("Another")
    autosaver = window.current.autosaver
    with qtbot.waitSignal(autosaver.saved, timeout=10000):
        drag(window, BEFORE[0])
    cid = window.current.container_id

    small_disk.fill(window.library.db)
    with qtbot.capture_exceptions() as escaped:
        for points in WHILE_FULL:
            drag(window, points)
        qtbot.waitUntil(lambda: "disk is full" in window.status_label.text(), timeout=10000)
        # the safety timer tries again; every try is told as calmly
        with qtbot.waitSignal(autosaver.save_failed, timeout=10000) as again:
            pass
        assert "disk is full" in again.args[0]
        # switching containers cannot save this one first: it stays open, nothing lost
        assert window.open_container(other) is False
        assert window.current.container_id == cid
        assert "disk is full" in window.status_label.text()
    assert not escaped, f"exceptions reached the user: {escaped}"
    assert "Traceback" not in window.status_label.text()
    assert len(_strokes(window.current.doc)) == 1 + len(WHILE_FULL)
    assert window.current.stack.index == 1 + len(WHILE_FULL), "every stroke is one undo step"
    assert autosaver.dirty
    assert ink_at(render(window), 600, 410 + 60 * 5), "the drawing stays on screen"

    small_disk.free()
    with qtbot.waitSignal(autosaver.saved, timeout=10000):
        pass  # the next try (safety timer) keeps it all
    assert not autosaver.dirty
    assert window.status_label.text().startswith("Kept at")
    expected = _strokes(window.current.doc)
    window.close()

    db = open_database(data_dir)
    try:
        assert _strokes(Library(db).load_working(cid)) == expected
    finally:
        db.close()
