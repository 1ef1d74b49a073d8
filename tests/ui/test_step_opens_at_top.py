"""Every step opens at its top, however far the step before was scrolled, and however
far down its own first field is (the slips step used to open mid-text)."""

from __future__ import annotations

from guide_helpers import click, current_step_id, panel
from PySide6.QtWidgets import QApplication


def test_each_step_opens_at_its_top_in_a_short_guide(open_window, qtbot) -> None:
    window = open_window()
    window.resize(1024, 560)  # a short window: the longer steps scroll
    p = panel(window)
    click(p.start_button)
    scrolled = 0
    bar = p.step_scroll.verticalScrollBar()
    while True:
        QApplication.processEvents()
        qtbot.wait(10)
        QApplication.processEvents()
        assert bar.value() == 0, f"step {current_step_id(window)} opened scrolled to {bar.value()}"
        if bar.maximum() > 0:
            bar.setValue(bar.maximum())  # the person scrolls down before moving on
            scrolled += 1
        if p.next_button.text() != "Next":
            break
        click(p.next_button)
    assert scrolled >= 2, "the test saw too few steps that scroll to mean anything"
