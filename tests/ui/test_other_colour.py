"""*Other colour…* opens Qt's own colour dialog without blocking: the safety controls
reach and cover it like every other dialog (tests/ui/test_safety_everywhere.py walks
it), and the colour chosen in it becomes the drawing colour."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QColorDialog


def test_other_colour_is_qts_own_dialog_and_picks_the_colour(open_window, qtbot):
    window = open_window()
    palette = window.tool_panel.palette_widget
    palette.custom.click()  # returns at once: nothing waits in a loop of its own
    dialog = palette.color_dialog
    assert isinstance(dialog, QColorDialog)
    qtbot.waitExposed(dialog)
    assert dialog.testOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    assert QApplication.activeModalWidget() is dialog
    assert dialog.windowTitle() == "Choose a colour"
    palette.custom.click()  # asked again: the same dialog, not a second one
    assert palette.color_dialog is dialog
    dialog.setCurrentColor(QColor("#123456"))
    dialog.accept()
    assert window.tool_settings.state.color.lower() == "#123456"
    assert palette.current.lower() == "#123456"
    qtbot.waitUntil(lambda: palette.color_dialog is None)  # closed and gone

    palette.custom.click()
    again = palette.color_dialog
    qtbot.waitExposed(again)
    again.setCurrentColor(QColor("#abcdef"))
    again.reject()  # Cancel keeps the colour there was
    assert window.tool_settings.state.color.lower() == "#123456"
    qtbot.waitUntil(lambda: palette.color_dialog is None)
