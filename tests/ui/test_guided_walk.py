"""Acceptance (guided exercise 2): walk the whole container pack on the real window."""

from __future__ import annotations

import time

from guide_helpers import (
    add_slip,
    button_named,
    click,
    current_step_id,
    kept_where,
    panel,
    rate,
    session,
    write_note,
)
from PySide6.QtWidgets import QApplication

from containerstudio.storage.guided import GuidedStore


def test_walk_the_container_exercise(open_window, qtbot):
    window = open_window()
    p = panel(window)
    # The overview: every step with its time, and how to stop, before anything starts.
    assert p.stack.currentWidget() is p.overview_page
    assert p.pack_box.currentText() == "The container exercise" or "container" in (
        p.pack_box.currentText().lower()
    )
    assert p.overview_steps.count() == 11
    assert "11 steps" in p.overview_time.text()
    click(p.start_button)
    assert p.progress.text() == "Step 1 of 11"
    assert current_step_id(window) == "what-to-expect"
    assert "Next:" in p.coming_next.text()

    click(p.next_button)
    assert current_step_id(window) == "check-in"
    rate(window, 3)
    click(p.next_button)

    assert current_step_id(window) == "intention"
    write_note(window, "Hold the week for me")
    click(p.next_button)

    # Skip two steps, then go back once.
    assert current_step_id(window) == "choose-container"
    click(p.skip_button)
    assert current_step_id(window) == "outside"
    click(p.skip_button)
    assert current_step_id(window) == "lid-lock-key"
    click(p.back_button)
    assert current_step_id(window) == "outside"
    click(p.next_button)
    assert current_step_id(window) == "lid-lock-key"

    # Pause and resume: the session clock stands still while paused.
    safety = window.guide.safety
    click(safety.buttons["Pause"])
    assert safety.pause_screen.isVisible()
    paused_at = session(window).elapsed_seconds()
    time.sleep(0.3)
    QApplication.processEvents()
    assert session(window).elapsed_seconds() == paused_at
    click(safety.pause_screen.resume_button)
    assert not safety.pause_screen.isVisible()
    assert not session(window).paused

    # Ground me, and back to exactly where we were.
    click(safety.buttons["Ground me"])
    assert safety.grounding_dialog is not None and safety.grounding_dialog.isVisible()
    click(safety.grounding_dialog.return_button)
    qtbot.waitUntil(lambda: safety.grounding_dialog is None)
    assert current_step_id(window) == "lid-lock-key"
    click(p.next_button)

    assert current_step_id(window) == "practice"
    add_slip(window, "the bus in the morning")
    click(p.next_button)
    assert current_step_id(window) == "slips-inside"
    add_slip(window, "what she said", folded=True)
    add_slip(window, "Sunday")
    listed = [p.slips.list.item(i).text() for i in range(p.slips.list.count())]
    assert listed == ["the bus in the morning", "A folded slip", "Sunday"]
    click(p.next_button)

    assert current_step_id(window) == "close-and-keep"
    kept_where(window, "a vault under the sea")
    click(button_named(window, "Close the lid"))
    # The closing moment plays (motion is not reduced here), then the inside is hidden.
    qtbot.waitUntil(lambda: not window.guide.controller.lid_moment.running, timeout=5000)
    assert not window.current.scene.part_visible("inside")
    click(p.next_button)

    assert current_step_id(window) == "return-to-now"
    rate(window, 2)
    click(p.next_button)
    assert current_step_id(window) == "keep-print-bring"
    assert p.next_button.text() == "Finish"
    click(p.next_button)
    assert p.stack.currentWidget() is p.finished_page

    # The stored session holds exactly what was entered (once the storage lane, where
    # the guide and the autosave write, has written it).
    window.work.wait()
    store = GuidedStore(window.library.db)
    cid = window.current.container_id
    assert store.active_session(cid) is None
    [(_sid, pack_id, finished, state)] = store.sessions_of(cid)
    assert pack_id == "container" and finished
    assert state["answers"] == {
        "check-in": {"rating": 3},
        "intention": {"text": "Hold the week for me"},
        "close-and-keep": {"kept_where": "a vault under the sea", "lid_closed": True},
        "return-to-now": {"rating": 2},
    }
    assert state["skipped"] == ["choose-container"]
    slips = store.slips_of(cid)
    assert [(s.text, s.folded) for s in slips] == [
        ("the bus in the morning", False),
        ("what she said", True),
        ("Sunday", False),
    ]
    # Slip words never enter the session state.
    assert "Sunday" not in str(state)
