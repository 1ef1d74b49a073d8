"""The autosave right after a pen release draws no picture of the canvas (that would
cost the UI thread more than the save); the library's picture follows once the pen
rests, and when the container closes."""

from __future__ import annotations

from helpers import drag, line

import containerstudio.ui.canvas.autosave as autosave


def test_the_picture_waits_for_the_pen_to_rest(open_window, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(autosave, "THUMBNAIL_IDLE_MS", 400)
    window = open_window()
    # Lines wide enough to show in a 320 px picture at any zoom: a 4 px pencil line can
    # vanish from it, depending on the canvas's size in the window.
    window.tool_settings.set_width(24)
    saver = window.current.autosaver
    drawn: list[int] = []
    draw = saver.thumbnail

    def counting():
        drawn.append(1)
        return draw()

    saver.thumbnail = counting
    cid = window.current.container_id
    before = window.library.container(cid).thumbnail_key
    with qtbot.waitSignal(saver.saved, timeout=10000):
        drag(window, line(200, 200, 900, 200))
    assert drawn == [], "the save after a pen release draws no picture"
    assert window.library.container(cid).thumbnail_key == before

    told: list[object] = []
    saver.saved.connect(told.append)
    qtbot.waitUntil(lambda: drawn == [1], timeout=10000)
    qtbot.waitUntil(lambda: window.library.container(cid).thumbnail_key != before, timeout=10000)
    window.work.wait()
    after = window.library.container(cid).thumbnail_key
    assert after is not None
    assert told == [], "only the picture was new: no 'kept' message to replace another one"
    assert window.library.blob(after).startswith(b"\x89PNG")

    drag(window, line(200, 400, 900, 400))
    saver.flush()  # closing or switching: the picture is current at once
    assert len(drawn) == 2
    assert window.library.container(cid).thumbnail_key not in (before, after)
