"""The library as home: a new container is named (a neutral default with the date), the
name is kept and sealed under a passcode, the open container is marked (and only it),
and Move to Trash asks first, keeps by default, and can be undone from the Trash."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from containerstudio.storage.database import open_database
from containerstudio.storage.encryption import enable_encryption
from containerstudio.storage.library import Library
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.library.naming import default_title
from containerstudio.ui.shell.main_window import MainWindow
from tests.storage.crypto_helpers import FAST_KDF, PASSCODE

NAME = "Jar of quiet stars"


def _shown(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.reading, timeout=10000)


def _select(grid, title: str) -> None:
    for i in range(grid.count()):
        if grid.item(i).text().split("\n")[0] == title:
            grid.setCurrentRow(i)
            return
    raise AssertionError(f"{title!r} is not shown")


def test_the_default_name_is_neutral_and_has_the_date():
    assert default_title(dt.date(2026, 12, 2)) == "Container, 2 December"
    assert default_title(dt.date(2027, 3, 14)) == "Container, 14 March"


def test_new_container_asks_for_a_name_and_keeps_the_one_given(open_window, qtbot):
    window = open_window()
    first = window.current.container_id
    window.new_action.trigger()
    ask = window.naming_dialog
    assert ask.isVisible()
    today = dt.date.today()
    assert ask.value() == default_title(today)
    assert str(today.day) in ask.value() and today.strftime("%B") in ask.value()
    ask.field.setText(NAME)
    ask.ok_button.click()
    qtbot.waitUntil(lambda: window.current.container_id != first, timeout=10000)
    assert window.library.container(window.current.container_id).title == NAME
    assert NAME not in window.windowTitle()

    # Confirming the default as it stands makes a container with the dated name.
    second = window.current.container_id
    window.new_action.trigger()
    window.naming_dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.current.container_id != second, timeout=10000)
    assert window.library.container(window.current.container_id).title == default_title(today)


def test_the_library_new_button_names_and_opens_it(open_window, qtbot):
    window = open_window()
    first = window.current.container_id
    dialog = window.versions.show_library()
    _shown(qtbot, dialog)
    dialog.new_button.click()
    dialog.naming_dialog.field.setText(NAME)
    dialog.naming_dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.current.container_id != first, timeout=10000)
    assert not dialog.isVisible()
    assert window.library.container(window.current.container_id).title == NAME


@pytest.fixture
def protected_window(qtbot, data_dir):
    library = Library(open_database(data_dir))
    enable_encryption(library, PASSCODE, FAST_KDF)
    library.db.close()
    lib = Library(open_database(data_dir))
    lib.unlock(PASSCODE)
    window = MainWindow(BackgroundWork(), lib)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.current is not None, timeout=10000)
    yield window
    if window.isVisible():
        window.close()
    window.work.wait()
    lib.db.close()
    QApplication.processEvents()


def test_the_name_is_sealed_on_disk_under_a_passcode(protected_window, qtbot, data_dir):
    window = protected_window
    first = window.current.container_id
    window.new_container()
    window.naming_dialog.field.setText(NAME)
    window.naming_dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.current.container_id != first, timeout=10000)
    assert window.library.container(window.current.container_id).title == NAME
    window.close()
    window.work.wait()
    window.library.db.close()
    word = NAME.encode()
    readable = [p.name for p in data_dir.rglob("*") if p.is_file() and word in p.read_bytes()]
    assert readable == []


def test_the_open_container_is_marked_and_only_it(open_window, qtbot):
    window = open_window()
    library = window.library
    others = [library.create_container(t) for t in ("Bottle", "Chest")]
    dialog = window.versions.show_library()
    _shown(qtbot, dialog)
    assert dialog.grid.count() == 3
    assert dialog.marked_ids() == [window.current.container_id]
    for i in range(dialog.grid.count()):
        item = dialog.grid.item(i)
        marked = item.data(Qt.ItemDataRole.UserRole) == window.current.container_id
        assert ("Open now" in item.text()) == marked
        description = item.data(Qt.ItemDataRole.AccessibleDescriptionRole)
        assert (description == "open now") == marked
    # The mark is visible in the picture too: the framed one differs from its plain self.
    marked_row = next(
        i
        for i in range(dialog.grid.count())
        if dialog.grid.item(i).data(Qt.ItemDataRole.UserRole) == window.current.container_id
    )
    framed = dialog.grid.item(marked_row).icon().pixmap(dialog.grid.iconSize()).toImage()
    corner = framed.pixelColor(1, framed.height() // 2)
    assert corner == dialog.palette().color(dialog.palette().ColorRole.Highlight)

    _select(dialog.grid, "Chest")
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.current.container_id == others[1], timeout=10000)
    dialog = window.versions.show_library()
    _shown(qtbot, dialog)
    assert dialog.marked_ids() == [others[1]]
    dialog.close()


def test_trash_asks_keeps_by_default_and_restore_brings_it_back(open_window, qtbot):
    window = open_window()
    bottle = window.library.create_container("Bottle")
    dialog = window.versions.show_library()
    _shown(qtbot, dialog)
    _select(dialog.grid, "Bottle")
    dialog.trash_button.click()
    question = dialog.trash_question
    assert question.isVisible()
    assert question.buttons["keep"].isDefault() and not question.buttons["trash"].isDefault()
    assert "Trash" in question.informativeText() and "back" in question.informativeText()
    qtbot.keyClick(question, Qt.Key.Key_Escape)  # closing it keeps the container
    _shown(qtbot, dialog)
    assert "Bottle" in dialog.titles() and dialog.titles(trash=True) == []
    assert bottle in [c.id for c in window.library.list_containers()]

    _select(dialog.grid, "Bottle")
    dialog.trash_button.click()
    dialog.trash_question.buttons["trash"].click()
    qtbot.waitUntil(lambda: dialog.titles(trash=True) == ["Bottle"], timeout=10000)
    _shown(qtbot, dialog)
    assert "Bottle" not in dialog.titles()

    dialog.tabs.setCurrentIndex(1)
    _shown(qtbot, dialog)
    _select(dialog.trash_grid, "Bottle")
    dialog.restore_button.click()
    _shown(qtbot, dialog)
    assert "Bottle" in dialog.titles() and dialog.titles(trash=True) == []
    assert bottle in [c.id for c in window.library.list_containers()]
    dialog.close()


def test_the_context_menu_renames_without_f2(open_window, qtbot):
    window = open_window()
    window.library.create_container("Bottle")
    dialog = window.versions.show_library()
    _shown(qtbot, dialog)
    row = next(i for i in range(dialog.grid.count()) if dialog.titles()[i] == "Bottle")
    pos = dialog.grid.visualItemRect(dialog.grid.item(row)).center()
    menu = dialog.show_context_menu(pos)
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert texts == ["Open", "Rename…", "Duplicate", "Move to Trash…"]
    next(a for a in menu.actions() if a.text() == "&Rename…").trigger()
    ask = dialog.rename_dialog
    assert ask.isVisible() and ask.value() == "Bottle"
    ask.field.setText("Bottle of calm")
    ask.ok_button.click()
    qtbot.waitUntil(lambda: "Bottle of calm" in dialog.titles(), timeout=10000)
    menu.close()
    dialog.close()
