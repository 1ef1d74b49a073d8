"""Saying a change to a screen reader: a new step, the lid closing.

Qt tells assistive technology through accessibility events. `announce(widget, text)`
makes `text` the widget's accessible name and sends the events a screen reader
speaks from (the name changed, and an alert), so "Step 3 of 11: Intention" is heard
when the step turns, wherever the focus is.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    """Make `text` what `widget` is called, and say so to assistive technology."""
    if widget.accessibleName() == text:
        return
    widget.setAccessibleName(text)
    for kind in (QAccessible.Event.NameChanged, QAccessible.Event.Alert):
        send(QAccessibleEvent(widget, kind))


def send(event: QAccessibleEvent) -> None:
    """Hand one event to Qt's accessibility (the one place, so a test can listen)."""
    QAccessible.updateAccessibility(event)
