"""Issue 16: Read this step aloud speaks the guide's own words through the system's
speech engine, and says calmly when the computer has none."""

from __future__ import annotations

import os
import stat

from guide_helpers import click, panel, session
from helpers import CalmAnswers


def _fake_speaker(folder, heard) -> None:
    """A stand-in `spd-say` on the PATH that writes what it was asked to say."""
    program = folder / "spd-say"
    program.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{heard}"\n', "utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)


def test_the_step_on_show_is_read_by_the_speech_program(open_window, qtbot, tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    heard = tmp_path / "heard.txt"
    _fake_speaker(bin_dir, heard)
    monkeypatch.setenv("PATH", str(bin_dir))
    window = open_window()
    click(panel(window).start_button)
    click(panel(window).next_button)
    step = session(window).current_step
    reader = window.guide.read_aloud
    assert reader.action.shortcut().toString() == "Ctrl+Shift+R"
    assert reader.action in window.services.menu("session").actions()
    reader.action.trigger()
    qtbot.waitUntil(heard.exists, timeout=10000)
    qtbot.waitUntil(lambda: not reader.speaking, timeout=10000)
    said = heard.read_text("utf-8")
    assert step.title in said and step.text.split("\n")[0] in said
    k, n = session(window).progress()
    assert f"Step {k} of {n}" in said


def test_without_a_speech_engine_a_calm_note_says_so(open_window, qtbot, tmp_path, monkeypatch):
    empty = tmp_path / "nothing"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    answers = CalmAnswers()
    window = open_window()
    window.guide.read_aloud.action.trigger()
    qtbot.waitUntil(lambda: bool(answers.seen), timeout=5000)
    assert "no speech engine" in answers.seen[0]
    assert "you may install one" in answers.seen[0]
    assert not window.guide.read_aloud.speaking
    assert os.environ["PATH"] == str(empty)


def test_hide_now_and_pause_silence_the_reading_at_once(open_window, qtbot, tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    program = bin_dir / "spd-say"
    program.write_text("#!/bin/sh\nexec sleep 30\n", "utf-8")  # a long reading
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    window = open_window()
    reader = window.guide.read_aloud
    for cover, lift in (
        (window.guide.safety.hide_now, window.guide.safety.unhide),
        (window.guide.safety.pause, window.guide.safety.resume),
    ):
        reader.action.trigger()
        qtbot.waitUntil(lambda: reader.speaking, timeout=5000)
        cover()
        assert not reader.speaking  # within the same frame: nothing more is heard
        lift()
