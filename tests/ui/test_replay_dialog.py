"""Replay: elements appear one by one; reduced motion waits for the step buttons."""

from __future__ import annotations

from containerstudio.model import ContainerDocument, Stroke
from containerstudio.ui.versions.replay_dialog import ReplayDialog


def _doc(n: int) -> ContainerDocument:
    doc = ContainerDocument()
    strokes = [
        Stroke(id=f"s{i:03d}", points=((100.0 + 50 * i, 100.0, 0.5), (100.0 + 50 * i, 900.0, 0.5)))
        for i in range(n)
    ]
    doc.load(strokes, {})
    return doc


def test_reduced_motion_steps_by_hand(qtbot):
    source = _doc(5)
    dialog = ReplayDialog(source, "5", reduced_motion=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(300)
    assert dialog.position == 0 and not dialog.timer.isActive(), "nothing moves by itself"
    dialog.forward_button.click()
    dialog.forward_button.click()
    assert dialog.doc.elements() == source.elements()[:2]
    dialog.back_button.click()
    assert dialog.doc.elements() == source.elements()[:1]
    assert dialog.position_label.text() == "1 of 5"
    dialog.close()


def test_replay_plays_to_the_end_at_the_chosen_speed(qtbot):
    source = _doc(8)
    dialog = ReplayDialog(source, "8", reduced_motion=False)
    qtbot.addWidget(dialog)
    dialog.speed.setValue(30)
    assert dialog.timer.interval() == 33
    dialog.show()
    qtbot.waitUntil(lambda: dialog.position == 8, timeout=5000)
    assert dialog.doc == source and not dialog.timer.isActive()
    assert not dialog.forward_button.isEnabled()
    dialog.start_button.click()
    assert len(dialog.doc) == 0
    dialog.close()


def test_replay_follows_the_guides_reduced_motion_setting(open_window, qtbot):
    """The replay reads the same setting the guide's "Reduce motion" writes."""
    from helpers import drag, line

    window = open_window()
    drag(window, line(200, 200, 900, 700))
    drag(window, line(300, 900, 1200, 300))
    safety, dock = window.guide.safety, window.versions.dock
    assert not safety.reduced_motion
    safety.reduced_motion_action.trigger()
    assert safety.reduced_motion
    still = dock.replay_selected()
    qtbot.wait(300)
    assert still.position == 0 and not still.timer.isActive(), "nothing moves by itself"
    still.close()

    safety.reduced_motion_action.trigger()
    moving = dock.replay_selected()
    assert moving.timer.isActive()
    qtbot.waitUntil(lambda: moving.position == 2, timeout=5000)
    moving.close()
