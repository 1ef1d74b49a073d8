"""File → Profiles… in a real window (issue 17): the list, a new profile, switching.

Switching keeps the open work before the window closes (the app then locks and closes
the library and opens the other profile: tests/ui/test_profiles_in_app.py); names are
shown as plain text, and only in this dialog."""

from __future__ import annotations

from helpers import drag, line
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from containerstudio.storage.profiles import DEFAULT_PROFILE, ProfileBook
from containerstudio.ui.profiles import ProfileSwitch, install_profiles
from containerstudio.ui.profiles.dialog import ProfilesDialog
from containerstudio.ui.safety.strip import strip_of


def _open_dialog(window, qtbot) -> tuple[ProfileSwitch, ProfilesDialog]:
    switch = ProfileSwitch(ProfileBook(window.library.data_dir), DEFAULT_PROFILE, window)
    action = install_profiles(window.services, switch)
    assert action in window.services.menu("container").actions()
    action.trigger()
    qtbot.waitUntil(lambda: switch.dialog is not None and switch.dialog.isVisible())
    assert switch.dialog is not None
    return switch, switch.dialog


def test_add_a_profile_and_switch_to_it_keeping_the_work(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None)
    container_id = window.current.container_id
    drag(window, line(300, 300, 700, 420))  # not yet saved when switching begins
    switch, dialog = _open_dialog(window, qtbot)
    assert strip_of(dialog) is not None  # Ground me, Pause and Hide now are here too
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Default profile (in use)"
    ]
    assert not dialog.switch_button.isEnabled()  # the one in use is not switched to
    assert not dialog.add_button.isEnabled()

    qtbot.keyClicks(dialog.name_field, "<b>Group</b> Tuesday")
    assert dialog.add_button.isEnabled()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert rows == ["Default profile (in use)", "<b>Group</b> Tuesday"]  # plain text
    assert dialog.list.currentRow() == 1 and dialog.switch_button.isEnabled()
    assert dialog.name_field.text() == ""
    new_id = ProfileBook(window.library.data_dir).find("<b>Group</b> Tuesday").id

    library = window.library
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert switch.requested == new_id
    assert not dialog.isVisible()
    assert len(library.load_working(container_id)) == 1  # the stroke was kept first
    for widget in QApplication.topLevelWidgets():
        assert "Group" not in widget.windowTitle()


def test_an_empty_name_adds_nothing_and_close_switches_nothing(open_window, qtbot):
    window = open_window()
    switch, dialog = _open_dialog(window, qtbot)
    qtbot.keyClicks(dialog.name_field, "   ")
    dialog.add_profile()
    assert dialog.list.count() == 1
    assert len(ProfileBook(window.library.data_dir).profiles()) == 1
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and window.isVisible()
    assert switch.requested is None
    for control in (dialog.list, dialog.name_field, dialog.add_button, dialog.switch_button):
        assert control.accessibleName()
