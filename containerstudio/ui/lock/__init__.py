"""Locking: the lock screen, the idle lock and the passcode dialog (issue 13)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from containerstudio.ui.lock.app_lock import AppLock
from containerstudio.ui.lock.lock_screen import LockScreen
from containerstudio.ui.widgets import make_action

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from containerstudio.storage.library import Library
    from containerstudio.ui.background import BackgroundWork

__all__ = ["AppLock", "LockScreen", "install_lock"]


def install_lock(window: QMainWindow, library: Library, work: BackgroundWork | None) -> AppLock:
    """Make the window's AppLock and put "Protect with a passcode…" and "Lock now" in
    its Container menu."""
    lock = AppLock(library, window, work)

    def open_dialog() -> None:
        from containerstudio.ui.lock.passcode_dialog import PasscodeDialog

        dialog = PasscodeDialog(lock, window)
        lock.dialog = dialog
        dialog.finished.connect(lambda _code: lock_now.setEnabled(lock.enabled))
        dialog.open()

    protect = make_action(window, window.tr("Protect with a &passcode…"), open_dialog)
    lock_now = make_action(
        window, window.tr("&Lock now"), lock.lock, [QKeySequence("Ctrl+Shift+L")]
    )
    lock_now.setEnabled(lock.enabled)
    lock.protect_action, lock.lock_action = protect, lock_now
    # Hide now locks too (until the application-wide safety service calls lock() itself).
    safety = getattr(getattr(window, "guide", None), "safety", None)
    hide_screen = getattr(safety, "hide_screen", None)
    if isinstance(hide_screen, QWidget):
        lock.watch_cover(hide_screen)
    menu = getattr(window, "container_menu", None)
    if menu is not None:
        menu.addSeparator()
        menu.addAction(protect)
        menu.addAction(lock_now)
    return lock
