"""Helpers for driving the guided exercise on the real main window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QScrollArea

from containerstudio.ui.guide.step_panel import StepPanel
from containerstudio.ui.guide.step_widgets import KeptWhereWidget, NoteWidget, RatingWidget


def click(widget) -> None:
    """Click as a person would: scroll the widget into view first if it sits in a scroll area."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
            QApplication.processEvents()
        parent = parent.parentWidget()
    if (
        isinstance(widget, QAbstractButton)
        and widget.isCheckable()
        and not isinstance(widget, QPushButton)
    ):
        # Radio buttons and check boxes answer clicks on their mark and label only.
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def panel(window) -> StepPanel:
    return window.guide.panel


def session(window):
    return window.guide.controller.session


def current_step_id(window) -> str:
    return session(window).current_step.id


def body_widget(window, cls):
    found = [w for w in panel(window).body.findChildren(cls) if w.isVisible()]
    assert found, f"no visible {cls.__name__} on step {current_step_id(window)}"
    return found[0]


def rate(window, n: int) -> None:
    click(body_widget(window, RatingWidget).buttons[n])


def write_note(window, text: str) -> None:
    note = body_widget(window, NoteWidget)
    note.setFocus()
    QTest.keyClicks(note, text)


def kept_where(window, text: str) -> None:
    widget = body_widget(window, KeptWhereWidget)
    widget.edit.setFocus()
    QTest.keyClicks(widget.edit, text)
    QTest.keyClick(widget.edit, Qt.Key.Key_Return)


def button_named(window, name: str) -> QPushButton:
    for b in panel(window).body.findChildren(QPushButton):
        if b.isVisible() and b.accessibleName() == name:
            return b
    raise AssertionError(f"no button {name!r} on step {current_step_id(window)}")


def add_slip(window, text: str, folded: bool = False) -> None:
    slips = panel(window).slips
    slips.word.setFocus()
    QTest.keyClicks(slips.word, text)
    if folded:
        click(slips.fold)
    click(slips.add_button)
