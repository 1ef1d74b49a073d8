"""The small safety strip every dialog carries: Ground me, Pause, Hide now, Close safely.

A modal dialog blocks the main window's tool bar, so a mouse user would have no way to
the always-there controls while it is open; the strip puts them one click away in the
dialog itself. It is added when a dialog is first shown (see `SafetyEventFilter`), so
no dialog can forget it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QToolButton,
    QWidget,
)

STRIP_NAME = "safety_strip"


class SafetyStripWidget(QFrame):
    """One row of small buttons for the always-there actions."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(STRIP_NAME)
        self.setAccessibleName(self.tr("Always-there controls"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(6)
        self.buttons: dict[str, QToolButton] = {}
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            # Words beside the icon, as on the window's bar: found by name in distress.
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            line = button.fontMetrics().height()  # as tall as the words: the strip stays slim
            button.setIconSize(QSize(line, line))
            button.setAutoRaise(True)
            name = action.text().replace("&", "")
            button.setAccessibleName(name)
            button.setAccessibleDescription(action.toolTip())
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)


def strip_of(dialog: QWidget) -> SafetyStripWidget | None:
    return dialog.findChild(SafetyStripWidget, STRIP_NAME)


def attach_strip(dialog: QDialog, actions: Sequence[QAction]) -> SafetyStripWidget | None:
    """Add the strip at the foot of `dialog` (once); None when its layout has no room."""
    found = strip_of(dialog)
    if found is not None:
        return found
    layout = dialog.layout()
    strip = SafetyStripWidget(actions, dialog)
    if isinstance(layout, QBoxLayout):
        if layout.direction() in _ACROSS:  # side by side: the strip goes under all of it
            _stack_under(layout)
        layout.addWidget(strip)
    elif isinstance(layout, QGridLayout):
        layout.addWidget(strip, layout.rowCount(), 0, 1, max(1, layout.columnCount()))
    elif isinstance(layout, QFormLayout):
        layout.addRow(strip)
    else:
        strip.deleteLater()
        return None
    if dialog.isVisible():  # added late: grow once the strip has its size
        QTimer.singleShot(0, dialog, lambda: _make_room(dialog))
    return strip


_ACROSS = (QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft)


def _stack_under(layout: QBoxLayout) -> None:
    """Turn a side-by-side layout into a column whose first row holds what it held (with
    the same stretch), so what is added next goes along the dialog's foot."""
    row = QBoxLayout(layout.direction())
    row.setContentsMargins(0, 0, 0, 0)
    stretches = [layout.stretch(i) for i in range(layout.count())]
    for stretch in stretches:
        item = layout.takeAt(0)
        if item is None:
            break
        inner = item.layout()
        if inner is not None:  # adopted again, so it keeps the spacing it inherits
            row.addLayout(inner, stretch)
        else:
            row.addItem(item)
            row.setStretch(row.count() - 1, stretch)
    layout.setDirection(QBoxLayout.Direction.TopToBottom)
    layout.addLayout(row, 1)


def _make_room(dialog: QDialog) -> None:
    """The dialog was sized before the strip came: let it grow to fit both."""
    layout = dialog.layout()
    if layout is None:  # attach_strip only adds the strip to a laid-out dialog
        return
    layout.activate()
    width = dialog.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if dialog.height() < needed:
        dialog.resize(width, needed)
