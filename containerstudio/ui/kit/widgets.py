"""Small helpers so every control gets a name, a tooltip and an accessible name."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QToolBar, QWidget

from containerstudio.ui.kit.icons import icon as load_icon


def make_action(
    parent: QWidget,
    text: str,
    slot: Callable[..., object] | None = None,
    shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] | None = None,
    *,
    checkable: bool = False,
    tip: str = "",
    icon: str | None = None,
) -> QAction:
    """A QAction whose text doubles as accessible name, with its icon (`icon`, a name of
    the set in `resources/icons/ui/`) and its key shown in the tooltip (`key_tip`).

    `slot` is called with no argument, or with the checked state when `checkable`.
    """
    action = QAction(text, parent)
    action.setCheckable(checkable)
    if icon is not None:
        action.setIcon(load_icon(icon))
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setToolTip(key_tip(action, tip))
    if slot is not None:
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
    parent.addAction(action)
    return action


def shown_name(action: QAction) -> str:
    """An action's name as a person reads it: its text without the & and the …."""
    return action.text().replace("&", "").removesuffix("…").strip()


def key_tip(action: QAction, description: str = "", name: str | None = None) -> str:
    """The tooltip of `action`: its name (or `name`) and first key ("Undo (Ctrl+Z)"),
    then `description` on a line below. Made from the action's own shortcut, so the key
    shown is always the key that works; call again after changing the shortcut."""
    name = (shown_name(action) if name is None else name).strip()
    key = action.shortcut()
    if not key.isEmpty():
        name = f"{name} ({key.toString(QKeySequence.SequenceFormat.NativeText)})"
    return f"{name}\n{description}" if description and description != name else name


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
