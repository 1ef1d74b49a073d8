"""Issue 16 (accessibility): each step change is said to a screen reader: the step's
title carries "Step N of M: title" as its name, and Qt's accessibility is told."""

from __future__ import annotations

from guide_helpers import click, panel, session
from PySide6.QtGui import QAccessible

from containerstudio.ui.kit import announce


def test_every_step_change_is_announced(open_window, monkeypatch):
    heard: list[tuple[str, QAccessible.Event]] = []

    def listen(event) -> None:
        widget = event.object()
        heard.append((widget.accessibleName(), event.type()))

    monkeypatch.setattr(announce, "send", listen)
    window = open_window()
    click(panel(window).start_button)
    n = len(session(window).pack.steps)
    said = []
    while not session(window).finished:
        step = session(window).current_step
        k, _n = session(window).progress()
        expected = f"Step {k} of {n}: {step.title}"
        assert panel(window).step_title.accessibleName() == expected
        assert (expected, QAccessible.Event.Alert) in heard, expected
        said.append(expected)
        click(panel(window).next_button)
    assert len(said) == n
