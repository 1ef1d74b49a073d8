"""The menu bar: every action of the window in one predictable place, with its keys.

Tool bars show only the everyday actions; everything is also here, so nothing is
hidden when the window is narrow.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton


def build_menus(window: QMainWindow) -> None:
    """Container, Edit and View menus before the Session menu (made by the guide)."""
    bar = window.menuBar()
    session_menu = window.guide.safety.session_menu
    before = session_menu.menuAction()
    container = window.menuBar().addMenu(window.tr("&Container"))
    window.container_menu = container  # features add their entries here (the passcode)
    bar.insertMenu(before, container)
    exports = window.export_actions
    versions = window.versions
    for action in (window.new_action, versions.library_action, versions.save_version_action):
        container.addAction(action)
    container.addSeparator()
    for action in exports.actions:
        container.addAction(action)
    container.addSeparator()
    container.addAction(window.guide.safety.close_action)
    container.addAction(window.guide.safety.quit_action)

    edit = bar.addMenu(window.tr("&Edit"))
    bar.insertMenu(before, edit)
    edit.addAction(window.undo_action)
    edit.addAction(window.redo_action)

    view = bar.addMenu(window.tr("&View"))
    bar.insertMenu(before, view)
    for action in (
        window.zoom_in_action,
        window.zoom_out_action,
        window.fit_action,
        window.actual_size_action,
    ):
        view.addAction(action)
    view.addSeparator()
    view.addAction(versions.versions_action)
    view.addAction(window.studio.history.toggleViewAction())
    view.addAction(window.studio.artwork.toggleViewAction())
    for menu in (container, edit, view, session_menu):
        menu.setAccessibleName(menu.title().replace("&", ""))
    name_overflow_buttons(window)


def name_overflow_buttons(window: QMainWindow) -> None:
    """Qt adds a "more" button to a tool bar too narrow for its actions; name it too."""
    # Tool bars are the window's direct children and the button is its bar's; searching
    # only there skips walking every widget of the window (a few ms at start-up).
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    for toolbar in window.findChildren(QToolBar, options=direct):
        for button in toolbar.findChildren(QToolButton, "qt_toolbar_ext_button", direct):
            button.setAccessibleName(window.tr("More actions"))
