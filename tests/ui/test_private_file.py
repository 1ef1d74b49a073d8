"""The app's small private files (`ui/kit/private_file.py`): the theme, the language,
the welcome's choices and the preferences are each written whole, 0600 in a 0700 folder,
and a full disk or a read-only folder is a calm False that keeps the old file and the
choice in use."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from full_disk import small_disk
from PySide6.QtCore import QIODevice, QSaveFile

from containerstudio.ui.kit import preferences, theme, translations
from containerstudio.ui.kit.private_file import read_private_text, write_private_text
from containerstudio.ui.welcome import first_run


@pytest.fixture
def disk(tmp_path):
    with small_disk(tmp_path) as made:
        yield made


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_is_private_and_its_folder_too(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    seen = []

    def write(self, data):  # the temporary file's mode as its first byte goes in
        seen.append(stat.S_IMODE(os.fstat(self.handle()).st_mode))
        return QIODevice.write(self, data)

    monkeypatch.setattr(QSaveFile, "write", write)
    old_umask = os.umask(0)  # nothing taken away: the modes are the helper's own
    try:
        assert write_private_text(folder / "theme", "calm-dark\n") is True
    finally:
        os.umask(old_umask)
    assert seen == [0o600]
    assert (folder / "theme").read_text() == "calm-dark\n"
    assert mode(folder / "theme") == 0o600 and mode(folder) == 0o700
    assert os.listdir(folder) == ["theme"], "no temporary file left"


def test_a_wider_file_becomes_private_as_it_is_replaced(tmp_path):
    path = tmp_path / "language"
    path.write_text("es\n")
    path.chmod(0o644)
    assert write_private_text(path, "en\n")
    assert path.read_text() == "en\n" and mode(path) == 0o600


def test_a_failure_midway_leaves_the_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "preferences.json"
    path.write_text('{"text_scale": 150}')

    def half(self, data):  # the disk took half, then no more
        return QIODevice.write(self, bytes(data)[: len(data) // 2])

    monkeypatch.setattr(QSaveFile, "write", half)
    assert write_private_text(path, '{"text_scale": 200, "large_targets": true}') is False
    assert path.read_text() == '{"text_scale": 150}'
    assert os.listdir(tmp_path) == ["preferences.json"]


def test_a_full_disk_is_a_calm_false_and_the_old_file_stays(disk, capfd):
    path = disk.folder / "welcome"
    assert write_private_text(path, "own standard\n")
    with disk.full():
        assert write_private_text(path, "group largest\n" * 500) is False
    assert path.read_text() == "own standard\n"
    assert os.listdir(disk.folder) == ["welcome"], "no temporary file left"
    assert "Traceback" not in capfd.readouterr().err


@pytest.mark.parametrize("where", ["remounted read-only", "sysfs", "under a file"])
def test_a_folder_that_takes_no_file_is_a_calm_false(disk, tmp_path, where):
    if where == "sysfs":
        assert write_private_text(Path("/sys") / "theme", "calm-dark\n") is False
        return
    if where == "under a file":
        (tmp_path / "a-file").write_text("x")
        assert write_private_text(tmp_path / "a-file" / "theme", "calm-dark\n") is False
        assert (tmp_path / "a-file").read_text() == "x"
        return
    path = disk.folder / "theme"
    write_private_text(path, "calm-light\n")
    with disk.read_only():
        assert write_private_text(path, "calm-dark\n") is False
    assert path.read_text() == "calm-light\n"


def test_a_folder_that_is_gone_is_not_made_again(tmp_path):
    assert write_private_text(tmp_path / "gone" / "theme", "calm-dark\n") is False
    assert not (tmp_path / "gone").exists()


def test_reading(tmp_path):
    path = tmp_path / "theme"
    assert read_private_text(path) is None
    path.write_bytes(b"\xff\xfe damaged")
    assert read_private_text(path) is None
    path.write_text("calm-dark\n")
    assert read_private_text(path) == "calm-dark\n"


# -- each of the four files goes through it --------------------------------------------------
WRITERS = {
    "theme": (
        lambda d: theme.remember(d, theme.CALM_DARK),
        lambda d: theme.remember(d, theme.HIGH_CONTRAST),
        lambda d: theme.saved_theme(d).key,
        "calm-dark",
    ),
    "language": (
        lambda d: translations.remember(d, "es"),
        lambda d: translations.remember(d, "en"),
        translations.saved_choice,
        "es",
    ),
    "welcome": (
        lambda d: first_run.remember(d, first_run.WelcomeChoices(first_run.USES[1], "larger")),
        lambda d: first_run.remember(d, first_run.WelcomeChoices(first_run.USES[2], "largest")),
        lambda d: first_run.read_choices(d),
        first_run.WelcomeChoices(first_run.USES[1], "larger"),
    ),
    "preferences": (
        lambda d: preferences.write_preferences(d, preferences.Preferences(text_scale=150)),
        lambda d: preferences.write_preferences(d, preferences.Preferences(text_scale=200)),
        lambda d: preferences.read_preferences(d).text_scale,
        150,
    ),
}


@pytest.mark.parametrize("name", list(WRITERS))
def test_each_choice_is_kept_whole_through_a_full_disk(disk, qapp, name):
    first, second, read, first_value = WRITERS[name]
    assert first(disk.folder) is True
    (written,) = os.listdir(disk.folder)
    assert mode(disk.folder / written) == 0o600
    with disk.full():
        assert second(disk.folder) is False
    assert read(disk.folder) == first_value
    assert os.listdir(disk.folder) == [written]
