"""The always-there keys and the dialog safety strip, for every window of the app.

One event filter on the application sees each key before any window does, so F1, F2,
F12, Ctrl+G, Ctrl+H, Ctrl+W and Ctrl+Q work the same in the main window, in modal
dialogs, file pickers, version viewers, Ground me and the cover screens (shortcuts of
a window blocked by a modal dialog would not fire). It also gives each dialog of the
app its safety strip the moment it is first shown.

Until its window is shown (or the event loop's first turn, whichever comes first) the
filter watches that window alone: while the window builds, polishes and shows its bars
and panels, an application-wide filter written in Python would be called for each event
of each new widget (and each widget handed to Python for it), which cost the first frame
tens of milliseconds; no key and no dialog of the window comes before it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from containerstudio.ui.kit.widgets import running_app
from containerstudio.ui.safety.curtain import belongs_to
from containerstudio.ui.safety.keys import control_for
from containerstudio.ui.safety.strip import attach_strip

_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
_SHOW = QEvent.Type.Show
_POLISH = QEvent.Type.Polish


class SafetyEventFilter(QObject):
    """Routes the always-there keys of `owner`'s windows to `trigger(control)`."""

    def __init__(
        self,
        owner: QWidget,
        trigger: Callable[[str], object],
        strip_actions: Sequence[QAction],
        window_shown: Callable[[QWidget], object] = lambda _w: None,
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self._trigger = trigger
        self._window_shown = window_shown
        self._strip_actions = list(strip_actions)
        self.everywhere = False
        owner.installEventFilter(self)
        QTimer.singleShot(0, self, self.watch_everywhere)

    def watch_everywhere(self) -> None:
        """From here on see every event of the app (its keys, its dialogs)."""
        if self.everywhere:
            return
        self.everywhere = True
        self.owner.removeEventFilter(self)
        # Qt drops a deleted filter by itself; it goes with the owner.
        running_app().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.everywhere and kind == _SHOW and watched is self.owner:
            self.watch_everywhere()  # after its widgets, the window itself is shown
        if kind in _KEY_EVENTS:
            if not isinstance(watched, QWidget):
                return False  # the window passes it on to its focus widget, seen next
            control = control_for(event)  # type: ignore[arg-type]
            if control is None or not belongs_to(watched.window(), self.owner):
                return False
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # no widget or window shortcut takes it; it comes as a key
                return True
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if not key_event.isAutoRepeat():
                self._trigger(control)
            return True
        if kind == _POLISH and isinstance(watched, QDialog) and belongs_to(watched, self.owner):
            # Before the dialog first sizes itself, so its size makes room for the strip.
            attach_strip(watched, self._strip_actions)
            return False
        if (
            kind == _SHOW
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self.owner
            and belongs_to(watched, self.owner)
        ):
            if isinstance(watched, QDialog):
                attach_strip(watched, self._strip_actions)
            self._window_shown(watched)
        return False
