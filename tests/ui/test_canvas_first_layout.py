"""The canvas-first window (issue 15): one header with the title and the safety controls,
the options of the tool in hand only, arranging only for a selection, parts as one
control, the guide alone on its side, and a window that fits the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit

from containerstudio.ui.shell.main_window import MainWindow
from containerstudio.ui.studio.artwork import artwork_element, place_artwork


def _sticker(window) -> str:
    stickers = window.studio.artwork.stickers
    stickers.fill()
    current = window.current
    rect = current.scene.canvas_rect
    element = artwork_element(stickers.artwork[0], "outside", rect.center(), rect.size())
    place_artwork(current.stack, element)
    return element.id


def test_the_header_holds_title_everyday_actions_and_the_safety_controls(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    header = window.main_toolbar
    on_header = [a for a in header.actions() if not a.isSeparator()]
    for action in (
        window.undo_action,
        window.redo_action,
        window.versions.library_action,
        window.export_actions.pdf_action,
        window.export_actions.print_action,
    ):
        assert action in on_header, action.text()
    assert window.title_button.parentWidget() is header
    safety = window.guide.safety.toolbar
    # One row: the safety controls sit at the header's right, in one fixed place.
    assert safety.geometry().top() == header.geometry().top()
    assert safety.geometry().left() >= header.geometry().right()
    assert not safety.isMovable() and not header.isMovable()
    assert set(window.guide.safety.buttons) == {"Ground me", "Pause", "Hide now", "Close safely"}


def test_the_title_shows_the_container_and_a_click_renames_it(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    title = window.title_button
    qtbot.waitUntil(lambda: title.text() == "My container", timeout=10000)
    assert window.windowTitle() == "Container Studio"  # the person's words stay inside
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    dialog = title.rename_dialog
    assert dialog is not None and dialog.isVisible()
    field = dialog.findChild(QLineEdit)
    field.setText("Harbour box")
    dialog.accept()
    assert title.text() == "Harbour box"
    qtbot.waitUntil(lambda: not window.work.busy(), timeout=10000)
    assert window.library.container(window.current.container_id).title == "Harbour box"
    assert window.windowTitle() == "Container Studio"


def test_only_the_options_of_the_tool_in_hand_show(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    panel, settings = window.tool_panel, window.tool_settings
    expected = {
        "pencil": {"colour", "size", "opacity", "smoothing"},
        "eraser": {"size", "opacity", "smoothing"},
        "rect": {"colour", "size", "opacity", "fill"},
        "text": {"colour", "size"},
        "fill": {"colour", "opacity"},
        "crop": set(),
    }
    for tool, groups in expected.items():
        settings.set_tool(tool)
        assert panel.shown_options() == groups, tool
        assert panel.fill_shapes.isVisible() == ("fill" in groups)
        assert panel.size_slider.isVisible() == ("size" in groups)
        assert panel.no_options.isVisible() == (not groups)
    settings.set_tool("text")
    assert panel.size_label.text().startswith("&Text size")


def test_arranging_shows_only_for_a_selection(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    arrange = window.studio.arrange
    assert not arrange.isVisible()
    canvas_top = window.canvas.mapTo(window, window.canvas.rect().topLeft())
    element_id = _sticker(window)
    window.tool_settings.set_tool("select")
    window.current.tools.select.select(element_id)
    qtbot.waitUntil(arrange.isVisible)
    # It floats over the canvas's top right, whole, and the canvas does not move.
    area = window.studio.area
    shown = QRect(arrange.mapTo(area, arrange.rect().topLeft()), arrange.size())
    assert area.rect().contains(shown)
    assert shown.right() > area.width() // 2
    assert window.canvas.mapTo(window, window.canvas.rect().topLeft()) == canvas_top
    window.current.tools.select.select(None)
    qtbot.waitUntil(lambda: not arrange.isVisible())
    window.current.tools.select.select(element_id)
    qtbot.waitUntil(arrange.isVisible)
    window.tool_settings.set_tool("pencil")  # another tool in hand: nothing to arrange
    qtbot.waitUntil(lambda: not arrange.isVisible())


def test_parts_are_one_control_with_pictures(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    parts = window.studio.parts
    assert set(parts.part_buttons) == {"outside", "inside", "lid"}
    for part, button in parts.part_buttons.items():
        assert not button.icon().isNull() and button.text(), part
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    parts.visible_actions["lid"].setChecked(False)
    qtbot.mouseClick(parts.part_buttons["lid"], Qt.MouseButton.LeftButton)
    assert window.tool_settings.state.part == "lid"
    assert window.current.scene.part_visible("lid"), "work goes where it can be seen"
    checked = [p for p, b in parts.part_buttons.items() if b.isChecked()]
    assert checked == ["lid"]
    window.tool_settings.set_part("inside")  # a guide step turns it
    assert [p for p, b in parts.part_buttons.items() if b.isChecked()] == ["inside"]
    # "What you see" explains closed and open in words.
    menu = parts.view_button.menu()
    assert parts.closed_action in menu.actions() and parts.open_action in menu.actions()
    assert "lid on" in parts.closed_action.toolTip()
    assert "what it holds" in parts.open_action.toolTip()


def test_the_guide_has_its_side_and_the_tray_holds_the_rest(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    window.versions.versions_action.trigger()
    qtbot.waitUntil(window.versions.dock.isVisible)
    QApplication.processEvents()
    right = Qt.DockWidgetArea.RightDockWidgetArea
    on_right = [d for d in window.findChildren(QDockWidget) if window.dockWidgetArea(d) == right]
    assert on_right == [window.guide.dock]
    bottom = Qt.DockWidgetArea.BottomDockWidgetArea
    for dock in (window.studio.artwork, window.studio.history, window.versions.dock):
        assert window.dockWidgetArea(dock) == bottom, dock.objectName()
    tray = window.tabifiedDockWidgets(window.studio.artwork)
    assert window.studio.history in tray and window.versions.dock in tray
    guide = window.guide.dock.geometry()
    canvas = QRect(
        window.studio.area.mapTo(window, window.studio.area.rect().topLeft()),
        window.studio.area.size(),
    )
    assert (
        guide.top() <= canvas.top() and guide.bottom() >= window.versions.dock.geometry().bottom()
    )


def test_the_window_opens_fitted_to_the_screen(qtbot):
    from containerstudio.ui.kit.background import BackgroundWork

    window = MainWindow(BackgroundWork())  # only the sizing: no library
    qtbot.addWidget(window)
    try:
        free = window.screen().availableGeometry()
        window.fit_to_screen()
        assert window.width() <= free.width() and window.height() <= free.height()
        assert free.contains(window.frameGeometry())
        assert window.width() >= min(free.width(), 1600) - 40  # it uses the room there is
    finally:
        window.close()
        window.work.wait()


def test_a_rename_in_the_library_shows_in_the_header(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    title = window.title_button
    qtbot.waitUntil(lambda: title.text() == "My container", timeout=10000)
    window.versions.library_action.trigger()
    dialog = window.versions.library_dialog
    qtbot.waitUntil(dialog.isVisible)
    window.library.rename(window.current.container_id, "Quiet jar")
    dialog.reject()
    qtbot.waitUntil(lambda: title.text() == "Quiet jar", timeout=10000)
