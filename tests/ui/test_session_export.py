"""Session PDF with the guided session's content: a session walked on the real window,
exported through the dialog and through the command line."""

from __future__ import annotations

import re

import pypdf
from guide_helpers import add_slip, button_named, click, current_step_id, kept_where, panel, rate
from guide_helpers import write_note as note
from helpers import drag, line, open_export

from containerstudio.cli.main import main

SLIPS = ("the bus in the morning", "what she said")


def walk_session(window) -> int:
    """Walk the container exercise with a check-in and out, notes, two slips (one folded)
    and a place where it is kept; returns the container's id."""
    drag(window, line(300, 300, 1200, 800))
    p = panel(window)
    click(p.start_button)
    click(p.next_button)
    assert current_step_id(window) == "check-in"
    rate(window, 7)
    click(p.next_button)
    note(window, "Hold the week for me")
    click(p.next_button)
    click(p.skip_button)  # choose-container
    assert current_step_id(window) == "outside"
    note(window, "Walls of thick green stone")
    click(p.next_button)
    click(p.next_button)  # lid-lock-key
    assert current_step_id(window) == "practice"
    add_slip(window, SLIPS[0])
    click(p.next_button)
    add_slip(window, SLIPS[1], folded=True)
    click(p.next_button)
    assert current_step_id(window) == "close-and-keep"
    kept_where(window, "a vault under the sea")
    click(button_named(window, "Close the lid"))
    click(p.next_button)
    assert current_step_id(window) == "return-to-now"
    rate(window, 4)
    click(p.next_button)
    click(p.next_button)  # Finish
    assert p.stack.currentWidget() is p.finished_page
    return window.current.container_id


def pdf_text(path) -> str:
    return " ".join(
        " ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages).split()
    )


def assert_no_slips(path) -> None:
    text, raw = pdf_text(path), path.read_bytes()
    for slip in SLIPS:
        assert slip not in text
        assert slip.encode() not in raw


def save(qtbot, dialog, target) -> None:
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.save_to(target)


def test_dialog_exports_the_guided_session(qtbot, open_window, tmp_path):
    window = open_window()
    walk_session(window)
    dialog = open_export(qtbot, window)
    qtbot.addWidget(dialog)
    try:
        # The first preview may be ready before this line: wait for it, not for its signal.
        qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=20000)
        # Default choices: reflections, check-in figures, where it is kept; no slips.
        default = tmp_path / "default.pdf"
        save(qtbot, dialog, default)
        text = pdf_text(default)
        assert "An intention Hold the week for me" in text
        assert "Make the outside yours Walls of thick green stone" in text
        assert re.search(r"The container\s+7\s+4", text), text
        assert "Where the container is kept a vault under the sea" in text
        assert "Slips" not in text
        assert_no_slips(default)
        assert dialog.content.slips == [], "slip words are read only when included"

        # Only reflections: the other sections stay out.
        dialog.sections["checkins"].setChecked(False)
        dialog.sections["kept_where"].setChecked(False)
        only = tmp_path / "only-reflections.pdf"
        save(qtbot, dialog, only)
        text = pdf_text(only)
        assert "Hold the week for me" in text
        assert "a vault under the sea" not in text and "Check-in" not in text

        # The lid is closed: the slips cannot be chosen and the inside is not a view.
        assert dialog.sealed_note.isVisible()
        assert not dialog.sections["slips"].isEnabled()
        assert [dialog.view_choice.itemData(i) for i in range(dialog.view_choice.count())] == [
            "outside"
        ]
    finally:
        dialog.close()
    # Once the person opens the lid, including slips shows the gentle reminder and puts
    # every slip's words in, the folded one too.
    window.guide.controller.open_lid()
    dialog = open_export(qtbot, window)
    qtbot.addWidget(dialog)
    try:
        assert not dialog.sealed_note.isVisible()
        with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
            dialog.sections["slips"].setChecked(True)
        assert dialog.slips_reminder.isVisible()
        with_slips = tmp_path / "with-slips.pdf"
        save(qtbot, dialog, with_slips)
        text = pdf_text(with_slips)
        assert "Slips" in text
        for slip in SLIPS:
            assert slip in text
    finally:
        dialog.close()


def test_command_line_exports_the_guided_session(open_window, data_dir, tmp_path):
    window = open_window()
    cid = walk_session(window)
    window.work.wait()  # the guided saves go to the library on the storage lane
    d = ["--data-dir", str(data_dir), "export", str(cid)]

    default = tmp_path / "cli-default.pdf"
    assert main([*d, "--out", str(default)]) == 0
    text = pdf_text(default)
    assert "Hold the week for me" in text
    assert re.search(r"The container\s+7\s+4", text), text
    assert "a vault under the sea" in text
    assert_no_slips(default)

    # While the lid is closed the slips stay inside, even when named.
    closed = tmp_path / "cli-closed.pdf"
    assert main([*d, "--out", str(closed), "--include", "checkins,slips", "--view", "open"]) == 0
    assert_no_slips(closed)

    window.guide.controller.open_lid()
    window.work.wait()  # the lid's state is kept on the storage lane (under load: later)
    chosen = tmp_path / "cli-chosen.pdf"
    assert main([*d, "--out", str(chosen), "--include", "checkins,slips"]) == 0
    text = pdf_text(chosen)
    assert re.search(r"The container\s+7\s+4", text), text
    assert "Hold the week for me" not in text and "a vault under the sea" not in text
    for slip in SLIPS:
        assert slip in text
