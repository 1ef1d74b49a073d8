"""Keyboard (issue 15, acceptance 4): Tab walks the window as it is laid out (the header,
the tool rail, the options of the tool in hand, the canvas, the guide), and in every
theme a focused control looks different from the same control unfocused."""

from __future__ import annotations

import numpy as np
import pytest
from guide_helpers import click, panel
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from containerstudio.ui.kit.theme import THEMES, apply_theme

ORDER = ("header", "rail", "options", "canvas", "guide")


def _regions(window) -> dict[str, list[QWidget]]:
    return {
        "header": [window.main_toolbar, window.guide.safety.toolbar],
        "rail": [window.tool_panel.rail],
        "options": [window.tool_panel.options],
        "canvas": [window.canvas],
        "guide": [window.guide.dock],
    }


def _region(window, widget: QWidget | None) -> str | None:
    for name, roots in _regions(window).items():
        if any(widget is root or root.isAncestorOf(widget) for root in roots):
            return name
    return None


def _walk(window, key=Qt.Key.Key_Tab) -> list[str | None]:
    """Press Tab until the focus is back where it started (once round the window); the
    region of each control the focus lands on, the start first."""
    start = QApplication.focusWidget()
    seen = [_region(window, start)]
    for _ in range(300):
        QTest.keyClick(QApplication.focusWidget() or window, key)
        QApplication.processEvents()
        if QApplication.focusWidget() is start:
            return seen
        seen.append(_region(window, QApplication.focusWidget()))
    raise AssertionError("Tab never came back to where it started")


def _first_visits(seen: list[str | None]) -> list[str]:
    order: list[str] = []
    for name in seen:
        if name is not None and name not in order:
            order.append(name)
    return order


def _runs(seen: list[str | None]) -> list[str]:
    """The regions in the order visited, one entry per unbroken run."""
    runs: list[str] = []
    for name in seen:
        if name is not None and (not runs or runs[-1] != name):
            runs.append(name)
    return runs


@pytest.mark.parametrize("guided", [False, True], ids=["overview", "a-step"])
def test_tab_walks_header_rail_options_canvas_guide_in_that_order(open_window, qtbot, guided):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    window.resize(1280, 800)
    if guided:
        click(panel(window).start_button)
        click(panel(window).next_button)  # a step with a field of its own
    window.title_button.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.title_button)
    seen = _walk(window)
    assert len(seen) >= 25, "too few stops for the walk to mean anything"
    assert _first_visits(seen) == list(ORDER)
    # Each region is one run: the focus never jumps back and forth between them.
    runs = _runs(seen)
    assert runs[: len(ORDER)] == list(ORDER), runs
    assert runs.count("guide") == 1 and runs.count("rail") == 1
    # Shift+Tab walks the same way back.
    back = _walk(window, Qt.Key.Key_Backtab)[1:]
    assert _first_visits(back) == ["guide", "canvas", "options", "rail", "header"]


def _pixels(widget: QWidget) -> np.ndarray:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    data = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    shape = (image.height(), image.bytesPerLine() // 4, 4)
    return data.reshape(shape)[:, : image.width(), :3].astype(int).copy()


@pytest.fixture
def theme_restored(qapp):
    yield qapp
    from containerstudio.ui.kit.theme import DEFAULT

    apply_theme(qapp, DEFAULT)


@pytest.mark.parametrize("theme", THEMES, ids=[t.key for t in THEMES])
def test_a_focused_control_looks_focused_in_every_theme(open_window, qtbot, theme_restored, theme):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    apply_theme(theme_restored, theme)
    QApplication.processEvents()
    controls = {
        "header button": window.main_toolbar.widgetForAction(window.versions.library_action),
        "safety button": window.guide.safety.buttons[window.guide.safety.ground_action.text()],
        "rail tool": window.tool_panel.tool_buttons["marker"],
        "slider": window.tool_panel.size_slider,
        "guide button": panel(window).start_button,
        "part": window.studio.parts.part_buttons["lid"],
    }
    window.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.canvas)
    for name, control in controls.items():
        window.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.processEvents()
        unfocused = _pixels(control)
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        focused = _pixels(control)
        changed = np.any(np.abs(focused - unfocused) > 40, axis=2)
        assert changed.mean() > 0.03, f"{theme.key}: the focused {name} looks unfocused"
