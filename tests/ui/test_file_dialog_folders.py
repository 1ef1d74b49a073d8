"""File dialogs start in a sensible place (Pictures for photos, Documents for exports)
the first time, then where the person last chose a file for the same purpose, also
after the app is opened again (kept in the library's settings, sealed like them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from containerstudio.ui.kit.file_dialogs import FOLDERS, SETTING_PREFIX


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A home folder with Pictures and Documents (the standard places)."""
    home = tmp_path / "home"
    for name in ("Pictures", "Documents", "Drawings", "Sheets"):
        (home / name).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


def _folder(dialog) -> Path:
    return Path(dialog.directory().absolutePath())


def _lane_done(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.work.busy(), timeout=10000)


def test_photos_start_in_pictures_then_in_the_last_folder(open_window, qtbot, home, data_dir):
    window = open_window()
    _lane_done(qtbot, window)
    photos = window.studio.photos
    photos.choose_files(window)
    dialog = photos.file_dialog
    assert _folder(dialog) == home / "Pictures"
    picture = home / "Drawings" / "leaf.png"
    Image.new("RGB", (40, 30), (90, 140, 120)).save(picture)
    dialog.filesSelected.emit([str(picture)])  # as when the person picks it
    dialog.reject()
    qtbot.waitUntil(lambda: not photos.busy, timeout=20000)
    photos.choose_files(window)
    assert _folder(photos.file_dialog) == home / "Drawings"
    photos.file_dialog.reject()
    _lane_done(qtbot, window)
    assert window.library.private_setting(SETTING_PREFIX + "photos") == str(home / "Drawings")

    # Opened again: it still starts there (read back from the library's settings).
    window.close()
    window.work.wait()
    FOLDERS.__init__()  # a fresh run of the app remembers nothing of its own
    again = open_window(data_dir)
    _lane_done(qtbot, again)
    again.studio.photos.choose_files(again)
    assert _folder(again.studio.photos.file_dialog) == home / "Drawings"
    again.studio.photos.file_dialog.reject()


def test_exports_start_in_documents_then_in_the_last_folder(open_window, qtbot, home):
    window = open_window()
    _lane_done(qtbot, window)
    window.export_actions.export_pdf()
    qtbot.waitUntil(lambda: window.export_actions.dialog is not None, timeout=10000)
    export = window.export_actions.dialog
    export.save_button.click()
    dialog = export.file_dialog
    assert _folder(dialog) == home / "Documents"
    assert dialog.selectedFiles()[0].endswith(".pdf")
    target = home / "Sheets" / "session.pdf"
    dialog.fileSelected.emit(str(target))  # as when the person saves there
    dialog.reject()
    qtbot.waitUntil(lambda: target.exists() and export.save_button.isEnabled(), timeout=30000)
    export.save_button.click()
    assert _folder(export.file_dialog) == home / "Sheets"
    export.file_dialog.reject()
    export.close()


def test_a_folder_that_is_gone_starts_in_the_usual_place_again(open_window, qtbot, home):
    window = open_window()
    _lane_done(qtbot, window)
    FOLDERS.remember("photos", str(home / "Moved" / "x.png"))  # a folder not (or no longer) there
    window.studio.photos.choose_files(window)
    assert _folder(window.studio.photos.file_dialog) == home / "Pictures"
    window.studio.photos.file_dialog.reject()
