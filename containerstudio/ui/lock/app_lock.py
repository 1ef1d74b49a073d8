"""Locking the app: the lock screen over the window, the idle lock, lock on quit.

`AppLock` holds the library whose keys it drops (`lock()`), shows the lock screen
over the main window (tool bars and docks too) and hides every other window of the
app until the passcode opens it again (`unlock()` is what the lock screen calls).
While locked, no shortcut reaches an action. Any key, click or pen movement restarts
the idle timer; when it runs out, the app locks. Hide now locks too when a passcode is
set (the application-wide safety service calls `lock()`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from containerstudio.storage.problem import StorageProblem
from containerstudio.ui.kit.widgets import running_app
from containerstudio.ui.lock.lock_screen import LockScreen
from containerstudio.ui.safety.curtain import Curtain

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from containerstudio.storage.library import Library
    from containerstudio.ui.kit.background import BackgroundWork
    from containerstudio.ui.services import WindowServices

IDLE_SETTING = "lock.idle_minutes"
DEFAULT_IDLE_MINUTES = 10
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
    QEvent.Type.TabletMove,
    QEvent.Type.TouchBegin,
}


class AppLock(QObject):
    """Locks and unlocks one library and covers the window while it is locked."""

    locked = Signal()
    """Emitted when the app has locked (keys dropped, window covered); no arguments."""
    unlocked = Signal()
    """Emitted when the passcode has opened the library again; no arguments."""

    # Set by lock.install_lock once the menu actions and the dialog exist.
    protect_action: QAction
    lock_action: QAction
    dialog: QDialog
    """The passcode dialog last opened."""

    def __init__(self, library: Library, services: WindowServices) -> None:
        super().__init__(services.window)
        self.library = library
        self.services = services
        self.window = services.window
        self.work: BackgroundWork = services.work
        self._screen: LockScreen | None = None  # made when first needed
        self._filtering = False
        self._curtain: Curtain | None = None
        self._resume_session = False
        self._covers: list[QWidget] = []
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle_timeout)
        self._idle_ms = 0
        if self.enabled:  # a plain library costs nothing here (no reads, no filter)
            self.set_idle_minutes(self._stored_idle_minutes())
        if self.library.is_locked:
            self._cover()

    @property
    def screen(self) -> LockScreen:
        """The lock screen over the window (made the first time it is needed)."""
        if self._screen is None:
            self._screen = LockScreen(
                self._unlock_keys, self._unlock_keys_with_recovery, self.work, self.window
            )
            self._screen.hide()
            self._screen.unlocked.connect(self._on_screen_unlocked)
        return self._screen

    @property
    def _covering(self) -> bool:
        return self._screen is not None and self._screen.isVisible()

    def _update_filters(self) -> None:
        """Watch the application's events only while it matters: locked (no shortcut
        gets through) or waiting for idleness (any input restarts the wait)."""
        wanted = self._covering or self._idle.isActive()
        if wanted != self._filtering:
            app = running_app()
            if wanted:
                app.installEventFilter(self)
                self.window.installEventFilter(self)
            else:
                app.removeEventFilter(self)
                self.window.removeEventFilter(self)
            self._filtering = wanted

    # -- state --------------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        """True when the library has a passcode (otherwise there is nothing to lock)."""
        return self.library.encrypted

    @property
    def is_locked(self) -> bool:
        return self._covering or self.library.is_locked

    def lock(self) -> None:
        """Keep what is open, drop the keys, cover the window (only with a passcode)."""
        if not self.enabled or self._covering:
            return
        # The session clock rests while locked (and its state is kept before the keys go).
        self._resume_session = self.services.guide.pause_session()
        current = self.services.current
        if current is not None:
            # A save that cannot be made now stays in memory; the next one writes it.
            with contextlib.suppress(StorageProblem):
                current.autosaver.flush()
        self.work.wait()  # no save still on its way holds a key
        self.library.lock()
        self._cover()
        self.locked.emit()

    def _cover(self) -> None:
        self._curtain = Curtain.draw(self.window)  # every other window waits, unchanged
        self._idle.stop()
        self.screen.reset()
        self.screen.setGeometry(self.window.rect())
        self.screen.show()
        self.screen.raise_()
        self.screen.focus_field()
        self._update_filters()

    def unlock(self) -> None:
        """Uncover the window (the keys were opened by the lock screen)."""
        self.screen.hide()
        curtain, self._curtain = self._curtain, None
        if curtain is not None:
            curtain.lift()
        self._restart_idle()
        if self._resume_session:
            self.services.guide.resume_session()
        self._resume_session = False
        self.unlocked.emit()

    def keep_open_work(self) -> None:
        """Save the open container now and wait until no save is on its way (before the
        keys go or change). A save that cannot be made raises StorageProblem."""
        current = self.services.current
        if current is not None:
            current.autosaver.flush()
        self.work.wait()

    def _unlock_keys(self, passcode: str) -> None:
        self.library.unlock(passcode)

    def _unlock_keys_with_recovery(self, words: str) -> None:
        assert self.library.keyring is not None
        self.library.keyring.unlock_with_recovery(words)

    def _on_screen_unlocked(self) -> None:
        self.unlock()

    # -- idle ---------------------------------------------------------------------------
    def _stored_idle_minutes(self) -> int:
        try:
            return int(self.library.setting(IDLE_SETTING, str(DEFAULT_IDLE_MINUTES)) or 0)
        except ValueError:
            return DEFAULT_IDLE_MINUTES

    @property
    def idle_minutes(self) -> int:
        return self._idle_ms // 60000

    def set_idle_minutes(self, minutes: int, *, remember: bool = False) -> None:
        """Lock after this many minutes without use (0: never)."""
        self.set_idle_ms(max(0, minutes) * 60000)
        if remember:
            self.library.set_setting(IDLE_SETTING, str(max(0, minutes)))

    def set_idle_ms(self, ms: int) -> None:
        self._idle_ms = ms
        self._restart_idle()

    def _restart_idle(self) -> None:
        if self._idle_ms > 0 and self.enabled and not self._covering:
            self._idle.start(self._idle_ms)
        else:
            self._idle.stop()
        self._update_filters()

    def _on_idle_timeout(self) -> None:
        self.lock()

    # -- Hide now ---------------------------------------------------------------------------
    def watch_cover(self, cover: QWidget) -> None:
        """Lock whenever `cover` (the Hide now screen) shows, keeping it on top: the keys
        go at once and the lock screen waits behind it, so coming back asks for the
        passcode while hiding still shows nothing of the app."""
        self._covers.append(cover)
        cover.installEventFilter(self)

    def before_return(self, proceed: Callable[[], None]) -> None:
        """Hide now's Return (the safety controls' return guard): while the keys are
        gone, the lock screen comes up on the plain page first, and only the passcode
        brings the work and every other window back."""
        if not self.is_locked:
            proceed()
            return

        def opened() -> None:
            self.unlocked.disconnect(opened)
            proceed()

        self.unlocked.connect(opened)
        self.screen.raise_()
        self.screen.focus_field()

    def _lock_behind(self, cover: QWidget) -> None:
        if cover.isVisible():
            self.lock()
            cover.raise_()
            cover.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and watched in self._covers and self.enabled:
            # After the cover has shown: hiding is never held up by a save.
            QTimer.singleShot(0, self, lambda c=watched: self._lock_behind(c))
            return False
        covering = self._covering
        if watched is self.window and kind == QEvent.Type.Resize and covering:
            self.screen.setGeometry(self.window.rect())
        if covering:
            # No shortcut reaches an action behind the lock screen.
            return kind in (QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride) and not (
                isinstance(watched, QWidget) and self.screen.isAncestorOf(watched)
            )
        if kind in _ACTIVITY and self._idle.isActive():
            self._idle.start(self._idle_ms)
        return False

    def detach(self) -> None:
        """Stop watching the application (the window is closing)."""
        self._idle.stop()
        self._update_filters()
