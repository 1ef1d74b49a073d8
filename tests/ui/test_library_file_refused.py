"""Acceptance 4 (app side): through the real start-up path, something at the library
path that is not a whole library of ours gets a calm message naming it, with only the
choices that exist, and is left exactly as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import CalmAnswers
from PySide6.QtWidgets import QApplication

from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.shell.main_window import MainWindow
from containerstudio.ui.shell.startup import LibraryOpening, RestoreBackupDialog
from tests.storage.library_cases import CASES, fingerprint, folder_names, place

JARGON = ("Errno", "Traceback", "SQLite", "DatabaseError", "malformed", "disk image")


def _open_as_the_app(qtbot, data_dir: Path) -> tuple[LibraryOpening, MainWindow]:
    work = BackgroundWork()
    window = MainWindow(work)
    qtbot.addWidget(window)
    opening = LibraryOpening(data_dir, window, work)
    window.show()
    qtbot.waitUntil(
        lambda: window.current is not None or opening.exit_code is not None, timeout=20000
    )
    return opening, window


def _close(opening: LibraryOpening, window: MainWindow) -> None:
    window.close()
    window.work.wait()
    if opening.db is not None:
        opening.db.close()


def _answer_restore_dialog(button_text: str) -> CalmAnswers:
    """Press `button_text` in the restore offer; a plain notice is noted and closed."""

    def choose(dialog):
        if not isinstance(dialog, RestoreBackupDialog):
            answers.seen[-1] = "NO RESTORE OFFERED: " + answers.seen[-1]
            return None
        return next(k for k, b in dialog.buttons.items() if b.text() == button_text)

    answers = CalmAnswers(choose)
    return answers


@pytest.mark.parametrize("case", CASES)
def test_without_a_backup_a_calm_message_and_nothing_changed(qtbot, data_dir, monkeypatch, case):
    path = place(case, data_dir)
    before, names = fingerprint(path), folder_names(data_dir)
    answers = _answer_restore_dialog("Restore the backup")
    shown = answers.seen
    opening, window = _open_as_the_app(qtbot, data_dir)
    answers.stop()
    try:
        assert opening.exit_code == 2 and opening.library is None
        assert len(shown) == 1, shown
        assert shown[0].startswith("NO RESTORE OFFERED: "), shown
        text = shown[0].removeprefix("NO RESTORE OFFERED: ")
        assert str(path) in text, text
        assert not [j for j in JARGON if j in text], text
        assert "no automatic backup" in text and "--data-dir" in text, text
        assert "restore" not in text.lower(), "no restore is offered when there is none"
    finally:
        _close(opening, window)
    assert fingerprint(path) == before
    assert folder_names(data_dir) == names


@pytest.mark.parametrize("case", CASES)
def test_with_a_backup_it_is_offered_and_not_now_changes_nothing(qtbot, data_dir, case):
    path = place(case, data_dir, with_backup=True)
    before, names = fingerprint(path), folder_names(data_dir)
    answers = _answer_restore_dialog("Not now")
    seen = answers.seen
    opening, window = _open_as_the_app(qtbot, data_dir)
    answers.stop()
    try:
        assert opening.exit_code == 2 and opening.library is None
        assert len(seen) == 1 and str(path) in seen[0], seen
        assert "automatic backup from" in seen[0], seen
        assert not [j for j in JARGON if j in seen[0]], seen
    finally:
        _close(opening, window)
    assert fingerprint(path) == before
    assert folder_names(data_dir) == names


@pytest.mark.parametrize("case", ["foreign", "folder"])
def test_restoring_keeps_what_was_there_beside_it_unchanged(qtbot, data_dir, case):
    path = place(case, data_dir, with_backup=True)
    before = fingerprint(path, modes=False)
    answers = _answer_restore_dialog("Restore the backup")
    opening, window = _open_as_the_app(qtbot, data_dir)
    answers.stop()
    try:
        assert opening.library is not None and window.current is not None
        assert [c.title for c in opening.library.list_containers()] == ["Chest"]
        (aside,) = [
            p for p in data_dir.iterdir() if p.name.startswith("library.sqlite3.set-aside-")
        ]
        assert aside.name in window.statusBar().currentMessage()
        assert _same(aside, path, before), "set aside with the same bytes"
        assert aside.stat().st_mode & 0o077 == 0, "and private, now that it is in the folder"
    finally:
        _close(opening, window)


def _same(aside: Path, original: Path, before: str) -> bool:
    """What was set aside is what stood at the library path (compared under its old name)."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / original.name
        if aside.is_dir():
            shutil.copytree(aside, copy, copy_function=shutil.copy2)
        else:
            shutil.copy2(aside, copy)
        return fingerprint(copy, modes=False) == before


def test_hide_now_covers_the_restore_offer_and_brings_it_back(qtbot, data_dir):
    """The offer waits in no nested event loop: hiding it does not answer it."""
    from containerstudio.ui.kit.calm_dialog import CalmDialog

    place("foreign", data_dir, with_backup=True)
    work = BackgroundWork()
    window = MainWindow(work)
    qtbot.addWidget(window)
    opening = LibraryOpening(data_dir, window, work)
    window.show()

    def offer() -> CalmDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, RestoreBackupDialog)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: offer() is not None, timeout=20000)
    dialog = offer()
    safety = window.guide.safety
    try:
        safety.hide_now()
        assert not dialog.isVisible() and opening.exit_code is None, "hiding is no answer"
        safety.hide_screen.return_button.click()
        assert dialog.isVisible() and opening.exit_code is None
        dialog.later_button.click()
        qtbot.waitUntil(lambda: opening.exit_code == 2)
    finally:
        _close(opening, window)
