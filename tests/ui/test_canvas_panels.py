"""History panel, remembered tool choices, pinch zoom, and calm words in the canvas UI."""

from __future__ import annotations

from helpers import drag, line
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QSlider

from containerstudio.model.elements import Stroke

JUDGING = ("error", "failed", "invalid", "wrong", "must", "should", "failure", "bad")


def test_history_panel_lists_steps_and_goes_back(open_window, qtbot):
    window = open_window()
    for y in (200, 400, 600):
        drag(window, line(200, y, 900, y))
    history = window.studio.history.list
    assert [history.item(i).text() for i in range(history.count())] == [
        "Start",
        "Pencil stroke",
        "Pencil stroke",
        "Pencil stroke",
    ]
    rect = history.visualItemRect(history.item(1))
    qtbot.mouseClick(history.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len([e for e in window.current.doc if isinstance(e, Stroke)]) == 1
    assert history.currentRow() == 1 and history.count() == 4  # later steps can be redone


def test_tool_choices_are_remembered_between_runs(open_window, qtbot, data_dir):
    window = open_window()
    panel = window.tool_panel
    qtbot.mouseClick(panel.tool_buttons["marker"], Qt.MouseButton.LeftButton)
    window.tool_settings.set_tool("text")
    window.tool_settings.set_tool("marker")
    checked = [name for name, button in panel.tool_buttons.items() if button.isChecked()]
    assert checked == ["marker"], "only the current tool's button shows as chosen"
    panel.size_slider.setValue(33)
    panel.opacity_slider.setValue(45)
    panel.smoothing_slider.setValue(0)
    panel.palette_choice.setCurrentIndex(panel.palette_choice.findData("high-contrast"))
    qtbot.mouseClick(panel.palette_widget.swatches[2], Qt.MouseButton.LeftButton)
    chosen = window.tool_settings.state.color
    window.close()
    again = open_window().tool_settings.state
    assert (again.tool, again.width, again.opacity, again.smoothing) == ("marker", 33, 0.45, 0.0)
    assert again.palette == "high-contrast" and again.color == chosen


def test_pinch_zooms_the_view(open_window):
    window = open_window()
    before = window.canvas.zoom()
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        QPointF(200, 200),
        QPointF(200, 200),
        QPointF(200, 200),
        0.25,
        QPointF(0, 0),
        1,
    )
    QApplication.sendEvent(window.canvas.viewport(), event)
    assert abs(window.canvas.zoom() - before * 1.25) < 1e-6


def test_canvas_controls_are_named_and_calm(open_window):
    window = open_window()
    for kind in (QAbstractButton, QSlider, QComboBox):
        for widget in window.findChildren(kind):
            if widget.isVisible():
                assert widget.accessibleName(), widget
    texts = [a.text() for a in window.findChildren(type(window.undo_action))]
    texts += [w.text() for w in window.findChildren(QLabel)]
    texts += [w.text() for w in window.findChildren(QAbstractButton)]
    for text in texts:
        assert not any(word in text.lower() for word in JUDGING), text
