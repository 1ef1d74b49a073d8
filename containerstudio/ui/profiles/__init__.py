"""Profiles in the window (issue 17): Container → Profiles… lists, adds and switches.

The window shows one profile's library. Switching keeps the open work first, then
closes the window; the app (app.py) locks and closes that library and opens the chosen
profile's in a new window, so no two profiles are ever open together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from containerstudio.ui.kit.widgets import make_action

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from containerstudio.storage.profiles import ProfileBook
    from containerstudio.ui.profiles.dialog import ProfilesDialog
    from containerstudio.ui.services import WindowServices

__all__ = ["ProfileSwitch", "install_profiles", "show_profiles"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Profiles", text)


class ProfileSwitch(QObject):
    """Which profile the window shows, and the one asked for next (None: just close)."""

    def __init__(self, book: ProfileBook, current: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.current = current
        self.requested: str | None = None
        self.dialog: ProfilesDialog | None = None


def show_profiles(services: WindowServices, switch: ProfileSwitch) -> ProfilesDialog:
    """Open the Profiles dialog (not modal in a nested loop: Hide now can cover it)."""
    from containerstudio.ui.profiles.dialog import ProfilesDialog

    def switch_to(profile_id: str) -> None:
        switch.requested = profile_id
        if services.library_is_ready:
            services.keep_work_now()  # saved before anything is locked or closed
        if not services.window.close():  # the work could not be kept: this one stays open
            switch.requested = None

    dialog = ProfilesDialog(switch.book, switch.current, switch_to, services.window)
    switch.dialog = dialog
    dialog.open()
    return dialog


def install_profiles(services: WindowServices, switch: ProfileSwitch) -> QAction:
    """Put Profiles… in the File menu (the Container menu while there is no File menu)."""
    action = make_action(
        services.window, _tr("&Profiles…"), lambda: show_profiles(services, switch)
    )
    from containerstudio.ui.profiles.defaults import follow_profile_defaults

    follow_profile_defaults(services)  # the profile's own exercise, length and text size
    menu_name = "file" if services.has_menu("file") else "container"
    if services.has_menu(menu_name):
        menu = services.menu(menu_name)
        menu.addSeparator()
        menu.addAction(action)
    return action
