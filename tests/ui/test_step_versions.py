"""Automatic versions at each completed step of the guided exercise (versions, issue 5)."""

from __future__ import annotations

from guide_helpers import click, current_step_id, panel
from helpers import drag, line


def test_each_completed_step_keeps_a_version_named_after_it(open_window, qtbot):
    window = open_window()
    library, cid = window.library, window.current.container_id
    assert library.list_versions(cid) == []
    p = panel(window)
    click(p.start_button)
    click(p.next_button)  # "What to expect" is done
    click(p.next_button)  # "Check in (optional)" is done
    drag(window, line(300, 300, 1200, 800))
    click(p.next_button)  # "An intention" is done, with the stroke drawn meanwhile
    click(p.skip_button)  # a skipped step is not a completed one
    assert current_step_id(window) == "outside"
    window.work.wait()
    qtbot.waitUntil(lambda: len(library.list_versions(cid)) == 3, timeout=10000)
    versions = library.list_versions(cid)
    assert [(v.kind, v.name) for v in versions] == [
        ("step", "What to expect"),
        ("step", "Check in (optional)"),
        ("step", "An intention"),
    ]
    assert len(library.load_version(versions[0].id)) == 0
    assert len(library.load_version(versions[2].id)) == 1, "the version holds the stroke"
    # The timeline shows them too, oldest first.
    window.versions.versions_action.trigger()
    dock = window.versions.dock
    qtbot.waitUntil(lambda: dock.timeline.count() == 3, timeout=5000)
    texts = [dock.timeline.item(i).text() for i in range(3)]
    assert texts[0].startswith("1 · What to expect")
    assert texts[2].startswith("3 · An intention")
    assert all("A step of the guided flow" in t for t in texts)


def test_a_step_version_is_kept_on_the_turn_after_next_and_never_lost(open_window, qtbot):
    """Next shows the following step; the completed step's version (its picture drawn on
    the UI thread) is kept on a turn of its own right after, and a container closed
    before that turn still keeps it."""
    window = open_window()
    library, cid = window.library, window.current.container_id
    p = panel(window)
    click(p.start_button)
    asked: list[str] = []
    current = window.current
    keep = current.save_version
    current.save_version = lambda name=None, **kw: (asked.append(name), keep(name, **kw))
    p.next_button.click()  # the click alone, not the turns after it
    assert current_step_id(window) == "check-in" and asked == []
    qtbot.waitUntil(lambda: asked == ["What to expect"], timeout=3000)
    p.next_button.click()
    window.close()  # before the next turn
    assert asked == ["What to expect", "Check in (optional)"]
    window.work.wait()
    assert [v.name for v in library.list_versions(cid)] == asked
