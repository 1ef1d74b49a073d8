"""Acceptance (guided exercise 4): Pause, Ground me, Hide now and Close safely are reachable
on every step, by mouse and by keyboard shortcut, and none of them loses anything."""

from __future__ import annotations

from guide_helpers import click, current_step_id, panel, session
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

KEYS = {
    "Ground me": Qt.Key.Key_F1,
    "Pause": Qt.Key.Key_F2,
    "Hide now": Qt.Key.Key_F12,
}


def _press(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    top = widget.window()
    if not top.isActiveWindow():
        top.activateWindow()
        QTest.qWaitForWindowActive(top)
    QTest.keyClick(widget, key, modifier)
    QApplication.processEvents()


def _use_pause(window, by_key: bool) -> None:
    safety = window.guide.safety
    if by_key:
        _press(window, KEYS["Pause"])
    else:
        click(safety.buttons["Pause"])
    assert safety.pause_screen.isVisible() and session(window).paused
    _press(safety.pause_screen.resume_button, Qt.Key.Key_Space)  # keyboard can resume too
    assert not safety.pause_screen.isVisible() and not session(window).paused


def _use_ground(window, qtbot, by_key: bool) -> None:
    safety = window.guide.safety
    if by_key:
        _press(window, KEYS["Ground me"])
    else:
        click(safety.buttons["Ground me"])
    dialog = safety.grounding_dialog
    assert dialog is not None and dialog.isVisible()
    assert session(window).paused  # grounding time is not counted
    click(dialog.return_button)
    qtbot.waitUntil(lambda: safety.grounding_dialog is None)
    assert not session(window).paused


def _use_hide(window, by_key: bool) -> None:
    safety = window.guide.safety
    title = window.windowTitle()
    if by_key:
        _press(window, KEYS["Hide now"])
    else:
        click(safety.buttons["Hide now"])
    assert safety.hide_screen.isVisible()
    assert window.windowTitle() == "Notes"
    # Stray keys do not bring it back; only the deliberate Return does.
    _press(window, Qt.Key.Key_Escape)
    _press(window, Qt.Key.Key_F12)
    assert safety.hide_screen.isVisible()
    click(safety.hide_screen.return_button)
    assert not safety.hide_screen.isVisible() and window.windowTitle() == title


def _use_close_safely(window, by_key: bool) -> None:
    safety = window.guide.safety
    if by_key:
        _press(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    else:
        click(safety.buttons["Close safely"])
    box = safety.return_box
    assert box.isVisible()
    assert window.guide.controller.lid_closed()
    click(safety.stay)
    assert not box.isVisible() and window.isVisible()


def test_controls_on_every_step_by_mouse_and_keyboard(open_window, qtbot):
    window = open_window()
    p = panel(window)
    click(p.start_button)
    seen = []
    while session(window) is not None and not session(window).finished:
        step = current_step_id(window)
        seen.append(step)
        for by_key in (False, True):
            _use_pause(window, by_key)
            _use_ground(window, qtbot, by_key)
            _use_hide(window, by_key)
            _use_close_safely(window, by_key)
            assert current_step_id(window) == step, "a control moved the session"
        window.guide.controller.open_lid()
        click(p.next_button)
    assert len(seen) == 11 and len(set(seen)) == 11


def test_controls_work_before_any_exercise_starts(open_window, qtbot):
    window = open_window()
    safety = window.guide.safety
    _press(window, KEYS["Pause"])
    assert safety.pause_screen.isVisible()
    click(safety.pause_screen.resume_button)
    _press(window, KEYS["Hide now"])
    assert safety.hide_screen.isVisible()
    click(safety.hide_screen.return_button)
    _press(window, KEYS["Ground me"])
    assert safety.grounding_dialog.isVisible()
    click(safety.grounding_dialog.return_button)
    qtbot.waitUntil(lambda: safety.grounding_dialog is None)


def test_breathing_pacer_follows_reduced_motion(open_window, qtbot):
    window = open_window()
    safety = window.guide.safety
    safety.reduced_motion_action.setChecked(True)
    click(safety.buttons["Ground me"])
    pacer = safety.grounding_dialog.pacer
    assert pacer is not None and pacer.reduced_motion
    assert pacer._timer.interval() == 1000  # words change once a second; nothing grows
    phase, _, _ = pacer.phase(now=pacer._start + 0.5)
    assert phase == "in"
    assert pacer.phase(now=pacer._start + 4.5)[0] == "hold"
    assert pacer.phase(now=pacer._start + 6.0)[0] == "out"
    click(safety.grounding_dialog.return_button)
    qtbot.waitUntil(lambda: safety.grounding_dialog is None)
    assert window.library.setting("reduced_motion") == "1"
