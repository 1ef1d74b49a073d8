"""Small helpers so every control gets a name, a tooltip and an accessible name."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QToolBar, QWidget


def make_action(
    parent: QWidget,
    text: str,
    slot: Callable[..., object] | None = None,
    shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] | None = None,
    *,
    checkable: bool = False,
    tip: str = "",
) -> QAction:
    """A QAction whose text doubles as accessible name; shortcut shown in the tooltip.

    `slot` is called with no argument, or with the checked state when `checkable`.
    """
    action = QAction(text, parent)
    action.setCheckable(checkable)
    if shortcuts:
        keys = [QKeySequence(s) for s in shortcuts]
        action.setShortcuts(keys)
        hint = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip or text.replace('&', '')} ({hint})")
    elif tip:
        action.setToolTip(tip)
    if slot is not None:
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
    parent.addAction(action)
    return action


def add_to_toolbar(toolbar: QToolBar, action: QAction) -> QWidget:
    """Add an action and give its button an accessible name and description."""
    toolbar.addAction(action)
    button = toolbar.widgetForAction(action)
    button.setAccessibleName(action.text().replace("&", ""))
    button.setAccessibleDescription(action.toolTip())
    return button


def running_app() -> QApplication:
    """The running QApplication: every window and widget is made after it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
