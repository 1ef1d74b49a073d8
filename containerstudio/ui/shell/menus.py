"""The menu bar: every action of the window in one predictable place, with its keys.

Tool bars show only the everyday actions; everything is also here, so nothing is
hidden when the window is narrow. The shell hands over the actions, grouped; the menus
are made through the window's services, so features find them by name ("container",
"edit", "view"; the safety controls made "session").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton, QWidget

from containerstudio.ui.kit.language_menu import add_language_menu
from containerstudio.ui.kit.theme_menu import add_theme_menu

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from containerstudio.ui.services import WindowServices


@dataclass(frozen=True)
class MenuActions:
    """The actions of each menu, in groups (a separator between groups)."""

    container: Sequence[Sequence[QAction]]
    edit: Sequence[QAction]
    view: Sequence[Sequence[QAction]]
    arrange: Sequence[QAction] = ()
    """Photos and the selection's actions, a group of the Edit menu of their own."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_menus(services: WindowServices, actions: MenuActions) -> None:
    """Container, Edit and View menus before the Session menu (made by the safety
    controls)."""
    menus = {
        "container": (_tr("&Container"), actions.container),
        "edit": (
            _tr("&Edit"),
            [actions.edit, actions.arrange] if actions.arrange else [actions.edit],
        ),
        "view": (_tr("&View"), actions.view),
    }
    for name, (title, groups) in menus.items():
        menu = services.add_menu(name, title, before="session")
        for i, group in enumerate(groups):
            if i:
                menu.addSeparator()
            for action in group:
                menu.addAction(action)
    add_theme_menu(services.menu("view"))
    add_language_menu(services.menu("view"))
    for name in (*menus, "session"):
        menu = services.menu(name)
        menu.setAccessibleName(menu.title().replace("&", ""))
    name_overflow_buttons(services.window)


def name_overflow_buttons(window: QWidget) -> None:
    """Qt adds a "more" button to a tool bar too narrow for its actions; name it too."""
    # Tool bars are the window's direct children and the button is its bar's; searching
    # only there skips walking every widget of the window (a few ms at start-up).
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    bars = window.findChildren(QToolBar, options=direct)
    centre = window.centralWidget() if isinstance(window, QMainWindow) else None
    if centre is not None:  # the strip above the canvas (built before the canvas is)
        bars += centre.findChildren(QToolBar)
    for toolbar in bars:
        for button in toolbar.findChildren(QToolButton, "qt_toolbar_ext_button", direct):
            button.setAccessibleName(_tr("More actions"))
