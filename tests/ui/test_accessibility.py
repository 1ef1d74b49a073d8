"""Every interactive control a person can reach has an accessible name, on every step."""

from __future__ import annotations

from guide_helpers import click, panel, session
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollBar,
    QToolBar,
    QToolButton,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
)


def _unnamed(window) -> list[str]:
    missing = []
    checked = 0
    for w in window.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or isinstance(w, QScrollBar) or not w.isVisible():
            continue
        if w.objectName().startswith("qt_"):  # Qt's own inner parts (spin box editors, …)
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue
        checked += 1
        if not w.accessibleName().strip():
            missing.append(f"{type(w).__name__} {w.text() if hasattr(w, 'text') else ''!r}")
    assert checked > 20, "too few controls seen for the check to mean anything"
    return missing


def test_every_control_has_an_accessible_name_on_every_step(open_window):
    window = open_window()
    assert _unnamed(window) == []
    click(panel(window).start_button)
    while session(window) is not None and not session(window).finished:
        assert _unnamed(window) == [], session(window).current_step.id
        click(panel(window).next_button)
    assert _unnamed(window) == []


def test_every_tool_bar_more_button_is_named(open_window):
    """Qt's own "more" button (shown when a bar is too narrow) gets a name as well."""
    window = open_window()
    bars = window.findChildren(QToolBar)
    buttons = [b for bar in bars for b in bar.findChildren(QToolButton, "qt_toolbar_ext_button")]
    assert len(bars) >= 5 and len(buttons) == len(bars)
    assert {b.accessibleName() for b in buttons} == {"More actions"}
