"""View → Theme: the three themes as checkable choices; a choice applies at once to
every window and is remembered for the next start (`theme.choose_theme`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from containerstudio.ui.kit.theme import THEMES, Theme, choose_theme, current, current_state
from containerstudio.ui.kit.widgets import running_app


def _tr(text: str) -> str:
    return QCoreApplication.translate("Theme", text)


class ThemeMenu(QMenu):
    """The Theme submenu; its checks follow the theme in use, however it was chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("&Theme"), parent)
        self.setObjectName("theme_menu")
        self.setAccessibleName(_tr("Theme"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions_by_key: dict[str, QAction] = {}
        labels = {
            "calm-light": (_tr("Calm &light"), _tr("Soft light colours (the default)")),
            "calm-dark": (_tr("Calm &dark"), _tr("Soft colours on a dark background")),
            "high-contrast": (
                _tr("&High contrast"),
                _tr("The strongest contrast, for easy reading"),
            ),
        }
        for theme in THEMES:
            text, tip = labels.get(theme.key, (theme.name, theme.name))
            action = QAction(text, self)
            action.setObjectName(f"theme_{theme.key}")
            action.setCheckable(True)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _checked=False, t=theme: self.choose(t))
            self.group.addAction(action)
            self.addAction(action)
            self.actions_by_key[theme.key] = action
        self._show_checked(current())
        current_state().changed.connect(self._show_checked)

    def choose(self, theme: Theme) -> None:
        choose_theme(running_app(), theme)

    def _show_checked(self, theme: Theme) -> None:
        action = self.actions_by_key.get(theme.key)
        if action is not None:
            action.setChecked(True)


def add_theme_menu(view_menu: QMenu) -> ThemeMenu:
    """Put View → Theme at the end of the View menu."""
    menu = ThemeMenu(view_menu)
    view_menu.addSeparator()
    view_menu.addMenu(menu)
    return menu
