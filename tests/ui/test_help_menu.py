"""Issue 16: the Help menu: where the data is, about the exercise (with its gentle
note on a therapist), and the keyboard shortcuts read from the window's own actions."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QTreeWidgetItemIterator

from containerstudio.ui.help.shortcuts_dialog import shortcut_groups


def _rows(dialog) -> dict[str, str]:
    found = {}
    it = QTreeWidgetItemIterator(dialog.tree)
    while it.value():
        item = it.value()
        if item.parent() is not None:
            found[item.text(0)] = item.text(1)
        it += 1
    return found


def test_the_help_menu_has_its_items_in_the_menu_bar(open_window):
    window = open_window()
    menu = window.services.menu("help")
    names = [a.text().replace("&", "") for a in menu.actions()]
    # The welcome (its own feature) and the help items share the one Help menu.
    assert names == [
        "Welcome…",
        "Where is my data?",
        "About the container exercise",
        "Keyboard shortcuts",
    ]
    bar_titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert bar_titles[-1] == "Help"
    assert bar_titles.count("Help") == 1
    # Another item is one line.
    extra = window.help_menu.add_item("Another…", lambda: None)
    assert menu.actions()[-1] is extra


def test_where_is_my_data_names_the_folder(open_window, data_dir, qtbot):
    window = open_window()
    box = window.help_menu.where_is_my_data()
    assert str(data_dir) in box.text()
    assert "Nothing leaves this computer" in box.informativeText()
    box.close()
    about = window.help_menu.about_the_exercise()
    assert "therapist" in about.informativeText() and "alone" in about.informativeText()
    assert "F1" in about.informativeText()
    about.close()


def test_the_shortcuts_are_the_keys_that_work(open_window, qtbot):
    window = open_window()
    dialog = window.help_menu.show_shortcuts()
    rows = _rows(dialog)
    assert rows["Undo"] == "Ctrl+Z"
    assert rows["Ground me"] == "F1 or Ctrl+G"
    assert rows["Pencil"] == "P"  # a tool: on the tool panel, in no menu
    assert rows["Keyboard shortcuts"] == "Ctrl+/"
    dialog.close()
    qtbot.waitUntil(lambda: window.help_menu.shortcuts_dialog is None)
    # Built from the actions themselves: another key shows as soon as it is given.
    window.undo_action.setShortcut(QKeySequence("Ctrl+Alt+U"))
    groups = dict(shortcut_groups(window))
    assert ("Undo", "Ctrl+Alt+U") in groups["Edit"]
    every = {
        a.text().replace("&", "").removesuffix("…")
        for a in window.findChildren(type(window.undo_action))
        if not a.shortcut().isEmpty()
    }
    listed = {name for rows in groups.values() for name, _keys in rows}
    assert every <= listed, every - listed
    assert QApplication.activeModalWidget() is None
