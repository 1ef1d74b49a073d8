"""Acceptance 6: the library finds by search, trashes, restores and purges containers."""

from __future__ import annotations

from helpers import answer_next_modal, drag, line

from containerstudio.storage.versions import history_fingerprint

TITLES = ["Jar for worries", "Safe", "Blue box", "Chest"]


def _select(grid, title: str) -> None:
    for i in range(grid.count()):
        if grid.item(i).text().split("\n")[0] == title:
            grid.setCurrentRow(i)
            return
    raise AssertionError(f"{title!r} is not shown")


def _shown(qtbot, dialog) -> None:
    """Wait for the grids: they are read (and changes made) on the storage lane."""
    qtbot.waitUntil(lambda: not dialog.reading, timeout=10000)


def test_search_trash_restore_purge(open_window, qtbot):
    window = open_window()
    library = window.library
    ids = {title: library.create_container(title) for title in TITLES}
    dialog = window.versions.show_library()
    qtbot.waitExposed(dialog)
    _shown(qtbot, dialog)
    assert dialog.titles() == [*reversed(TITLES), "My container"], "newest first"

    qtbot.keyClicks(dialog.search, "jar")
    _shown(qtbot, dialog)
    assert dialog.titles() == ["Jar for worries"]
    dialog.search.clear()
    _shown(qtbot, dialog)

    _select(dialog.grid, "Safe")
    dialog.trash_button.click()
    dialog.trash_question.choose("trash")  # it asks first
    _shown(qtbot, dialog)
    assert "Safe" not in dialog.titles()
    assert dialog.titles(trash=True) == ["Safe"]

    dialog.tabs.setCurrentIndex(1)
    _shown(qtbot, dialog)
    _select(dialog.trash_grid, "Safe")
    dialog.restore_button.click()
    _shown(qtbot, dialog)
    assert "Safe" in dialog.titles() and dialog.titles(trash=True) == []

    dialog.tabs.setCurrentIndex(0)
    _shown(qtbot, dialog)
    _select(dialog.grid, "Blue box")
    dialog.trash_button.click()
    dialog.trash_question.choose("trash")  # it asks first
    _shown(qtbot, dialog)
    dialog.tabs.setCurrentIndex(1)
    _shown(qtbot, dialog)
    _select(dialog.trash_grid, "Blue box")
    removed: list[int] = []
    dialog.container_removed.connect(removed.append)
    answer_next_modal("Remove for good")
    dialog.purge_button.click()
    qtbot.waitUntil(lambda: removed == [ids["Blue box"]], timeout=10000)
    _shown(qtbot, dialog)
    assert dialog.titles(trash=True) == []
    every = library.list_containers() + library.list_containers(deleted=True)
    assert ids["Blue box"] not in [c.id for c in every]
    assert sorted(c.title for c in every) == sorted(["My container", *TITLES[:2], TITLES[3]])
    dialog.close()


def test_rename_duplicate_open_and_trash_the_open_one(open_window, qtbot):
    window = open_window()
    drag(window, line(200, 200, 600, 400))
    qtbot.waitUntil(lambda: not window.current.autosaver.dirty, timeout=5000)
    first = window.current.container_id
    other = window.library.create_container("Bottle")
    dialog = window.versions.show_library()
    _shown(qtbot, dialog)

    _select(dialog.grid, "My container")
    dialog.rename_button.click()
    ask = dialog.rename_dialog
    assert ask.isVisible() and ask.value() == "My container"
    ask.field.setText("Jar with a lid")
    ask.ok_button.click()
    _shown(qtbot, dialog)
    assert "Jar with a lid" in dialog.titles()
    _select(dialog.grid, "Jar with a lid")
    dialog.duplicate_button.click()
    _shown(qtbot, dialog)
    assert "Jar with a lid (copy)" in dialog.titles()
    copy_id = next(c.id for c in window.library.list_containers() if c.title.endswith("(copy)"))
    assert window.library.load_working(copy_id) == window.library.load_working(first)
    assert history_fingerprint(window.library, copy_id) == []

    _select(dialog.grid, "Bottle")
    dialog.open_button.click()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: window.current.container_id == other)  # read on the lane

    dialog = window.versions.show_library()
    _shown(qtbot, dialog)
    _select(dialog.grid, "Bottle")
    dialog.trash_button.click()
    dialog.trash_question.choose("trash")  # it asks first
    # the trashed container is closed once another is read on the lane
    qtbot.waitUntil(lambda: window.current.container_id != other)
    dialog.close()
