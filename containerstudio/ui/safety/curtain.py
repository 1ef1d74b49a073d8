"""Hiding every window of the app at once, and bringing each back exactly as it was.

Hide now and Pause leave one window on screen (the main window, covered by a plain or a
calm page) and hide every other window of the app: dialogs, file pickers, version
viewers, Replay, Ground me, floating panels, open menus and tool tips. Windows are only
hidden, never closed, so everything typed into them is still there when they return.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QApplication, QMainWindow, QToolTip, QWidget


def belongs_to(widget: QWidget, owner: QWidget) -> bool:
    """True when `widget` is `owner` or one of its windows (a dialog, a picker, a popup).

    A window without a parent also counts, unless it is another main window: in the
    app there is one main window, and a parentless notice is still one of its windows.
    """
    node: QWidget | None = widget
    root = widget
    while node is not None:
        if node is owner:
            return True
        root = node
        node = node.parentWidget()
    return not isinstance(root, QMainWindow)


def windows_of(owner: QWidget) -> list[QWidget]:
    """Every visible top-level window of `owner` except `owner` itself."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w is not owner and w.isVisible() and w.isWindow() and belongs_to(w, owner)
    ]


@dataclass
class Curtain:
    """What was on screen when the curtain was drawn: hidden windows, activity, focus."""

    hidden: list[QWidget] = field(default_factory=list)
    active: QWidget | None = None
    focus: QWidget | None = None

    @classmethod
    def draw(cls, owner: QWidget) -> Curtain:
        """Hide every other window of `owner` within this frame; remember how it was."""
        QToolTip.hideText()
        popup = QApplication.activePopupWidget()
        while popup is not None:  # open menus close; they hold no typed text
            popup.close()
            popup = QApplication.activePopupWidget()
        curtain = cls(active=QApplication.activeWindow(), focus=QApplication.focusWidget())
        # Newest (modal) windows first, so a blocked window is never left on top.
        curtain.hidden = windows_of(owner)
        for window in reversed(curtain.hidden):
            window.hide()
        return curtain

    def lift(self) -> None:
        """Show every hidden window again, in the order they were shown, and give focus
        back to where it was."""
        for window in self.hidden:
            if _alive(window):
                window.show()
        if self.active is not None and _alive(self.active) and self.active.isVisible():
            # Only a window the curtain hid goes back on top: the main window stayed,
            # and raising it would bury its dialogs (a window manager without
            # transient stacking would leave Export under it).
            if self.active in self.hidden:
                self.active.raise_()
            self.active.activateWindow()
        if self.focus is not None and _alive(self.focus) and self.focus.isVisible():
            self.focus.setFocus()
        self.hidden = []


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)
