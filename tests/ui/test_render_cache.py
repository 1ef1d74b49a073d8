"""Opening a container reuses the cached pixels of its stroke runs, and the result is
pixel-identical to drawing every stroke again."""

from __future__ import annotations

from helpers import drag, line, render

from containerstudio.model import (
    AddElement,
    ContainerDocument,
    RemoveElement,
    Stroke,
    UndoStack,
)
from containerstudio.storage.render_cache import RenderCacheStore
from containerstudio.ui.canvas.scene import CanvasScene


def _draw(window, n: int, offset: int = 0) -> None:
    for i in range(n):
        y = 120 + ((i + offset) * 37) % 900
        drag(window, line(150 + i * 9, y, 900 + i * 11, y + 140, steps=8))


def _fresh_render(window):
    """The same document painted from data alone (no cache)."""
    from PySide6.QtGui import QImage

    from containerstudio.ui.canvas.render import render_scene

    scene = CanvasScene(window.current.doc)
    try:
        return render_scene(scene).convertToFormat(QImage.Format.Format_ARGB32)
    finally:
        scene.detach()


def test_reopen_uses_cached_pixels_and_looks_the_same(open_window, data_dir):
    window = open_window()
    _draw(window, 30)
    drag(window, line(200, 600, 1300, 650))  # an eraser would also do; plain strokes here
    before = render(window)
    window.close()

    again = open_window()
    assert again.current.run_cache.hits == 1
    assert render(again) == before
    assert render(again) == _fresh_render(again)


def test_more_strokes_after_the_cache_reuse_its_prefix(open_window, data_dir):
    window = open_window()
    _draw(window, 20)
    window.close()
    window = open_window()
    _draw(window, 5, offset=20)
    window.current.autosaver.flush()
    expected = render(window)
    # A crash now would leave the older cache entry; opening must still be exact.
    cid = window.current.container_id
    stale = RenderCacheStore(window.library.db).entries(cid)
    window.current.run_cache._entries = stale
    window.current.close = lambda: window.current.autosaver.flush()  # no new cache on close
    window.close()
    window = open_window()
    assert window.current.run_cache.hits == 1
    assert render(window) == expected == _fresh_render(window)


def test_a_cache_that_does_not_match_is_ignored(open_window, data_dir):
    window = open_window()
    _draw(window, 15)
    window.close()
    window = open_window()
    # Replace the whole drawing: the cached run no longer matches anything.
    doc: ContainerDocument = window.current.doc
    stack: UndoStack = window.current.stack
    for element in list(doc):
        stack.push(RemoveElement(element.id))
        moved = Stroke(
            id=element.id + "x",
            tool=element.tool,
            color="#aa3311",
            width=element.width,
            points=element.points,
        )
        stack.push(AddElement(moved, "Stroke"))
    expected = _fresh_render(window)
    window.current.close = lambda: window.current.autosaver.flush()
    window.close()
    window = open_window()
    assert window.current.run_cache.hits == 0
    assert render(window) == expected


def test_purge_removes_the_cached_pixels(open_window, data_dir):
    from sqlalchemy import func, select

    from containerstudio.storage.schema import render_cache
    from containerstudio.storage.trash import move_to_trash, purge_container

    window = open_window()
    _draw(window, 15)
    cid = window.current.container_id
    library = window.library
    window.close()
    with library.db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(render_cache)).scalar() == 1
    move_to_trash(library, cid)
    purge_container(library, cid)
    with library.db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(render_cache)).scalar() == 0


def test_cached_pixels_arrive_in_the_background_and_a_pen_press_waits_for_them(
    open_window, data_dir, qtbot
):
    window = open_window()
    _draw(window, 20)
    before = render(window)
    window.close()

    again = open_window()
    runs = again.current.scene.runs("outside")
    assert len(runs) == 1
    # Either still arriving or already there; either way it completes by itself.
    qtbot.waitUntil(lambda: not runs[0].pending, timeout=5000)
    assert render(again) == before

    third = open_window()
    run = third.current.scene.runs("outside")[0]
    third.current.run_cache._waiting.clear()  # pretend the background read is slow
    run.set_pending(*_pending_args(third))
    third.current.run_cache._waiting[id(run)] = (
        run,
        next(iter(third.current.run_cache._entries.values())),
    )
    drag(third, line(300, 300, 600, 320))  # the press settles the run first
    assert not run.pending
    assert len(run.stroke_ids) == 21


def _pending_args(window):
    strokes = [e for e in window.current.doc]
    return strokes, len(strokes)


def test_closing_stores_the_pixels_only_when_the_drawing_changed(
    open_window, data_dir, monkeypatch
):
    stored = []
    real = RenderCacheStore.replace
    monkeypatch.setattr(
        RenderCacheStore,
        "replace",
        lambda self, cid, runs: stored.append(cid) or real(self, cid, runs),
    )
    window = open_window()
    _draw(window, 15)
    window.close()
    assert len(stored) == 1

    looked = open_window()  # opened and closed without drawing: nothing to store again
    looked.close()
    assert len(stored) == 1

    drawn = open_window()
    before = render(drawn)
    _draw(drawn, 1, offset=40)
    assert render(drawn) != before
    drawn.close()
    assert len(stored) == 2
    last = open_window()
    assert last.current.run_cache.hits == 1
    assert render(last) == _fresh_render(last)


def test_switching_away_before_the_pixels_arrive_drops_them(open_window, data_dir, qtbot):
    window = open_window()
    _draw(window, 20)
    other = window.library.create_container("other")
    first = window.current.container_id
    window.close()

    again = open_window()
    for _ in range(3):  # away while the cached pixels are still on their way, and back
        assert again.current.run_cache.hits == 1
        runs = again.current.scene.runs("outside")
        for run in runs:
            run.set_pending(*_pending_args(again))
        again.current.run_cache._waiting.update(  # (again) on their way
            {id(r): (r, next(iter(again.current.run_cache._entries.values()))) for r in runs}
        )
        again.current.run_cache._fetching.clear()
        again.current.scene.fetch_cached_pixels()
        assert again.open_container(other)  # waits for the work; its result is queued
        qtbot.wait(30)  # the late delivery lands here and finds nothing left to do
        assert all(r.pending for r in runs)
        assert again.open_container(first)
    qtbot.waitUntil(lambda: not again.current.run_cache.waiting, timeout=5000)
    assert render(again) == _fresh_render(again)
