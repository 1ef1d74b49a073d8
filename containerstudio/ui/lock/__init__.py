"""Locking: the lock screen, the idle lock and the passcode dialog (issue 13)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence

from containerstudio.ui.kit.widgets import make_action
from containerstudio.ui.lock.app_lock import AppLock
from containerstudio.ui.lock.lock_screen import LockScreen

if TYPE_CHECKING:
    from containerstudio.storage.library import Library
    from containerstudio.ui.services import WindowServices

__all__ = ["AppLock", "LockScreen", "install_lock"]

OFFERED_SETTING = "lock.offered"
# The first-run offer comes after a minute of use, as one quiet line in the status bar:
# not at start (nothing appears by surprise, and start-up has its own notices).
OFFER_DELAY_MS = 60_000


def install_lock(
    services: WindowServices, library: Library, offer_delay_ms: int = OFFER_DELAY_MS
) -> AppLock:
    """Make the window's AppLock and put "Protect with a passcode…" and "Lock now" in
    its Container menu; on a library's first run, offer the passcode once."""
    window = services.window
    lock = AppLock(library, services)

    def open_dialog() -> None:
        from containerstudio.ui.lock.passcode_dialog import PasscodeDialog

        dialog = PasscodeDialog(lock, window)
        lock.dialog = dialog
        dialog.finished.connect(lambda _code: lock_now.setEnabled(lock.enabled))
        dialog.open()

    protect = make_action(window, _tr("Protect with a &passcode…"), open_dialog, icon="passcode")
    lock_now = make_action(
        window, _tr("&Lock now"), lock.lock, [QKeySequence("Ctrl+Shift+L")], icon="lock"
    )
    lock_now.setEnabled(lock.enabled)
    lock.protect_action, lock.lock_action = protect, lock_now
    # Hide now locks too, and its Return asks for the passcode before anything comes back.
    safety = services.safety
    lock.watch_cover(safety.hide_screen)
    safety.return_guard = lock.before_return
    if services.has_menu("container"):
        menu = services.menu("container")
        menu.addSeparator()
        menu.addAction(protect)
        menu.addAction(lock_now)
    if not library.encrypted:  # whether it was offered before is read then, not now
        QTimer.singleShot(offer_delay_ms, lock, lambda: _offer(services, library))
    return lock


def _tr(text: str) -> str:
    return QCoreApplication.translate("AppLock", text)


def _offer(services: WindowServices, library: Library) -> None:
    """Once per library: a quiet line saying a passcode is there if wanted."""
    if library.encrypted or library.setting(OFFERED_SETTING) is not None:
        return
    library.set_setting(OFFERED_SETTING, "1")
    services.notify(
        _tr(
            "If you like, this library can be protected with a passcode: Container ▸ "
            "Protect with a passcode…"
        ),
        30_000,
    )
