"""Acceptance 2 (issue 17): the pack editor copies the container exercise, changes two
invitations, hides a step and adds one, saves a pack the validator accepts, and the
guide runs it, saying on each changed step that the therapist changed it."""

from __future__ import annotations

import stat

from guide_helpers import click, panel, session
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from containerstudio.flow import load_pack

OWN_INTENTION = "You may write one kind word for yourself, if you like."
OWN_OUTSIDE = "You might let the outside show how sturdy it can be."
OWN_STEP_TITLE = "A breath together"


def _editor(window):
    action = window.pack_editor.action
    assert action in window.services.menu("session").actions()  # Session → Edit exercises…
    assert action.isEnabled()
    action.trigger()
    dialog = window.pack_editor.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _choose_step(dialog, step_id: str) -> None:
    row = next(i for i, d in enumerate(dialog.drafts) if d.step.id == step_id)
    dialog.steps_list.setCurrentRow(row)


def _type_invitation(dialog, text: str) -> None:
    dialog.step_text.setFocus()
    QTest.keyClick(dialog.step_text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.step_text, text)


def _changed_line_shown(window) -> bool:
    labels = panel(window).body.findChildren(QLabel, "changed_by_therapist")
    return any(label.isVisible() for label in labels)


def test_copy_edit_save_and_run_the_container_exercise(open_window, data_dir, qtbot):
    window = open_window()
    dialog = _editor(window)
    dialog.source_box.setCurrentIndex(
        next(i for i, p in enumerate(dialog.packs) if p.id == "container")
    )
    click(dialog.duplicate_button)
    shipped = [d.step.id for d in dialog.drafts]
    assert shipped[:3] == ["what-to-expect", "check-in", "intention"]

    _choose_step(dialog, "intention")
    _type_invitation(dialog, OWN_INTENTION)
    assert dialog.preview_text.text() == OWN_INTENTION  # as the client will see it
    assert not dialog.preview_changed.isHidden()
    _choose_step(dialog, "outside")
    _type_invitation(dialog, OWN_OUTSIDE)
    _choose_step(dialog, "practice")
    click(dialog.hide_button)
    _choose_step(dialog, "what-to-expect")
    click(dialog.add_button)  # after the first step
    QTest.keyClicks(dialog.step_title, OWN_STEP_TITLE)  # the new title is selected: replaced
    assert dialog.preview_title.text() == OWN_STEP_TITLE
    _choose_step(dialog, "check-in")
    assert dialog.preview_changed.isHidden()  # an untouched step is not marked
    click(dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10000)

    saved = data_dir / "prompts" / "container-own.en.toml"
    assert saved.is_file()
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert not [p for p in saved.parent.iterdir() if p.name.startswith(".")]  # no leftovers
    pack = load_pack(saved)  # raises when the validator would set it aside
    expected = [shipped[0], "own-step-1", *[i for i in shipped[1:] if i != "practice"]]
    assert [s.id for s in pack.steps] == expected
    assert pack.based_on == "container"
    changed = {s.id for s in pack.steps if s.changed}
    assert changed == {"own-step-1", "intention", "outside"}
    assert pack.step("intention").text == OWN_INTENTION
    assert pack.step("own-step-1").title == OWN_STEP_TITLE
    click(dialog.close_button)

    # The guide offers the copy at once and walks it, marking the changed steps.
    p = panel(window)
    index = next(i for i, offered in enumerate(p.packs) if offered.id == "container-own")
    p.pack_box.setCurrentIndex(index)
    click(p.start_button)
    qtbot.waitUntil(lambda: session(window) is not None and session(window).started, timeout=5000)
    walked: list[tuple[str, bool]] = []
    while True:
        step = session(window).current_step
        assert p.step_title.text() == step.title
        walked.append((step.id, _changed_line_shown(window)))
        if step.id == "intention":
            assert any(label.text() == OWN_INTENTION for label in p.body.findChildren(QLabel))
        if session(window).upcoming_step is None:
            break
        click(p.next_button)
    assert [step_id for step_id, _ in walked] == expected
    assert {step_id for step_id, marked in walked if marked} == changed


def test_a_blank_invitation_is_asked_for_and_nothing_is_written(open_window, data_dir, qtbot):
    window = open_window()
    dialog = _editor(window)
    click(dialog.duplicate_button)
    _choose_step(dialog, dialog.drafts[1].step.id)
    dialog.step_text.setFocus()
    QTest.keyClick(dialog.step_text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(dialog.step_text, Qt.Key.Key_Delete)
    click(dialog.save_button)
    assert not dialog.saving
    assert "invitation" in dialog.note.text()
    assert not (data_dir / "prompts").exists()
    click(dialog.close_button)


def test_a_copy_that_cannot_be_written_keeps_the_edits(open_window, data_dir, qtbot, monkeypatch):
    from containerstudio.flow import pack_file

    def full_disk(pack, folder):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pack_file, "save_own_pack", full_disk)  # read when saving
    window = open_window()
    dialog = _editor(window)
    click(dialog.duplicate_button)
    _choose_step(dialog, dialog.drafts[0].step.id)
    _type_invitation(dialog, OWN_INTENTION)
    click(dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10000)
    assert "try again" in dialog.note.text()
    assert dialog.save_button.isEnabled()
    assert dialog.drafts[0].text == OWN_INTENTION and dialog.drafts[0].changed
    assert not [p for p in panel(window).packs if p.id.endswith("-own")]
    click(dialog.close_button)
