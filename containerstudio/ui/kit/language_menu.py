"""View → Language: follow the system, or one of the shipped languages by its own name.

A choice is remembered in the data folder for the next start (`translations.set_language`);
windows already open keep their words until then, and a calm note says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from containerstudio.ui.kit.calm_dialog import tell
from containerstudio.ui.kit.translations import (
    KNOWN,
    SYSTEM,
    available_languages,
    current_choice,
    resolve,
    set_language,
)
from containerstudio.ui.kit.widgets import running_app


def _tr(text: str) -> str:
    return QCoreApplication.translate("LanguageMenu", text)


class LanguageMenu(QMenu):
    """The Language submenu; its check follows the choice in use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("&Language"), parent)
        self.setObjectName("language_menu")
        self.setAccessibleName(_tr("Language"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions_by_choice: dict[str, QAction] = {}
        self._add(SYSTEM, _tr("Follow the system"), _tr("The language your computer uses"))
        self.addSeparator()
        for language in available_languages():
            self._add(language.code, language.name, language.name)
        self._show_checked()

    def _add(self, choice: str, text: str, tip: str) -> None:
        action = QAction(text, self)
        action.setObjectName(f"language_{choice}")
        action.setCheckable(True)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
        self.group.addAction(action)
        self.addAction(action)
        self.actions_by_choice[choice] = action

    def choose(self, choice: str) -> None:
        """Remember `choice`; while this window is shown, say calmly when it shows."""
        name = KNOWN[resolve(choice)].name
        note = _tr(
            "Container Studio will speak %s from its next start. Everything here stays as it is."
        )
        if set_language(running_app(), choice):
            tell(self.parentWidget(), _tr("Language"), note % name)
        self._show_checked()

    def _show_checked(self) -> None:
        action = self.actions_by_choice.get(current_choice())
        if action is not None:
            action.setChecked(True)


def add_language_menu(view_menu: QMenu) -> LanguageMenu:
    """Put View → Language at the end of the View menu."""
    menu = LanguageMenu(view_menu)
    view_menu.addMenu(menu)
    return menu
