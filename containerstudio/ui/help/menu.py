"""The Help menu: "Where is my data?", "About the container exercise" and the keyboard
shortcuts. Another item is one line: `help_menu.add_item(text, slot)`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from containerstudio.ui.kit.calm_dialog import CalmDialog, tell
from containerstudio.ui.kit.widgets import make_action
from containerstudio.ui.safety.keys import GROUND_KEYS

if TYPE_CHECKING:
    from containerstudio.ui.help.shortcuts_dialog import ShortcutsDialog
    from containerstudio.ui.services import WindowServices


class HelpMenu(QObject):
    """The Help menu, last in the menu bar."""

    def __init__(self, services: WindowServices) -> None:
        super().__init__(services.window)
        self.services = services
        self.menu = services.add_menu("help", self.tr("&Help"))
        self.menu.setAccessibleName(self.tr("Help"))
        self.where_action = self.add_item(
            self.tr("&Where is my data?"), self.where_is_my_data, icon="where-data"
        )
        self.about_action = self.add_item(
            self.tr("&About the container exercise"), self.about_the_exercise, icon="about"
        )
        self.shortcuts_action = self.add_item(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, ["Ctrl+/"], icon="keyboard"
        )
        self.shortcuts_dialog: ShortcutsDialog | None = None

    def add_item(
        self,
        text: str,
        slot: Callable[[], object],
        shortcuts: Sequence[QKeySequence | str] | None = None,
        icon: str | None = None,
    ) -> QAction:
        """Add one item to the Help menu (at its end) and return its action; `icon` is a
        name of the set in resources/icons/ui/."""
        action = make_action(self.services.window, text, slot, shortcuts, icon=icon)
        self.menu.addAction(action)
        return action

    def _data_dir(self) -> Path | None:
        return self.services.library.data_dir if self.services.library_is_ready else None

    def where_is_my_data(self) -> CalmDialog:
        folder = self._data_dir()
        where = (
            self.tr("Everything you make is kept in this folder on this computer:\n%s") % folder
            if folder is not None
            else self.tr("Your library is still opening; its folder shows here once it is open.")
        )
        return tell(
            self.services.window,
            self.tr("Where is my data?"),
            where,
            detail=self.tr(
                "Nothing leaves this computer unless you export, print or hand it over "
                "yourself. Settings shows the folder too, with a button that opens it."
            ),
        )

    def about_the_exercise(self) -> CalmDialog:
        return tell(
            self.services.window,
            self.tr("About the container exercise"),
            self.tr(
                "The container is a place for what feels too much to carry right now. You "
                "make it, put things inside without going into them, and close it, until "
                "you choose to open it again, ideally together with your therapist. It "
                "holds things for a while; it is not a way to bury them."
            ),
            detail=self.tr(
                "If you often lose track of time or of yourself, if the exercise keeps "
                "pulling you back, or if what you hold feels very heavy, it may be kinder "
                "to do this with your therapist rather than alone. Ground me is always one "
                "click away (%s)."
            )
            % GROUND_KEYS[0],
        )

    def show_shortcuts(self) -> ShortcutsDialog:
        from containerstudio.ui.help.shortcuts_dialog import ShortcutsDialog

        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.raise_()
            return self.shortcuts_dialog
        dialog = ShortcutsDialog(self.services.window)
        dialog.destroyed.connect(self._on_shortcuts_destroyed)
        self.shortcuts_dialog = dialog
        dialog.open()
        return dialog

    def _on_shortcuts_destroyed(self) -> None:
        self.shortcuts_dialog = None
