"""Choosing files with Qt's own dialog (never the platform's), opened without blocking.

The platform's native dialog is a window the app cannot hide or cover; Qt's own is an
ordinary dialog of the app, so Ground me, Pause and Hide now reach and cover it like
any other. Each call returns the open dialog (tests drive it; nothing waits on it).

Each dialog starts where the person last chose a file for the same purpose (photos,
exports), kept in the library's settings (sealed like other private settings, read and
written on the storage lane, never logged). The first time it starts in a sensible
place: Pictures for photos, Documents for exports, else the home folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from containerstudio.storage.library import Library
    from containerstudio.ui.kit.background import BackgroundWork

PHOTOS = "photos"
EXPORTS = "exports"
SETTING_PREFIX = "last_folder."  # a private setting per purpose: "last_folder.photos"
_STANDARD = {
    PHOTOS: QStandardPaths.StandardLocation.PicturesLocation,
    EXPORTS: QStandardPaths.StandardLocation.DocumentsLocation,
}


def standard_folder(purpose: str) -> Path:
    """Where a purpose starts the first time: Pictures, Documents, else home."""
    location = _STANDARD.get(purpose)
    if location is not None:
        found = QStandardPaths.writableLocation(location)
        if found and Path(found).is_dir():
            return Path(found)
    return Path.home()


class FolderMemory:
    """The last folder used per purpose, for this run and (through the library) the next."""

    def __init__(self) -> None:
        self._folders: dict[str, Path] = {}
        self._store: Callable[[str, Path], object] | None = None

    def attach(self, library: Library, work: BackgroundWork) -> None:
        """Remember in `library` from now on, and read what it kept (on the lane)."""
        self._folders.clear()
        self._store = None

        def read() -> dict[str, str]:
            kept = {}
            for purpose in _STANDARD:
                try:
                    value = library.private_setting(SETTING_PREFIX + purpose)
                except Exception:  # a locked or damaged setting: start in the usual place
                    value = None
                if value:
                    kept[purpose] = value
            return kept

        def arrived(kept: dict[str, str]) -> None:
            for purpose, folder in kept.items():
                self._folders.setdefault(purpose, Path(folder))

        def store(purpose: str, folder: Path) -> None:
            key, text = SETTING_PREFIX + purpose, str(folder)
            work.run(lambda: library.set_private_setting(key, text), storage=True)

        work.run(read, arrived, storage=True)
        self._store = store

    def start(self, purpose: str) -> Path:
        """Where a dialog for `purpose` opens: the last folder used, if it is still there."""
        folder = self._folders.get(purpose)
        if folder is not None and folder.is_dir():
            return folder
        return standard_folder(purpose)

    def remember(self, purpose: str, chosen: str) -> None:
        """Keep the folder of a chosen file as where `purpose` starts next time."""
        folder = Path(chosen).parent
        if self._folders.get(purpose) == folder:
            return
        self._folders[purpose] = folder
        if self._store is not None:
            self._store(purpose, folder)


FOLDERS = FolderMemory()
"""The app's one memory of folders (attached to the library when it opens)."""


def _dialog(parent: QWidget, title: str, start: Path, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setObjectName("file_dialog")
    dialog.setAccessibleName(title)
    _return_focus_after(dialog, parent)
    return dialog


def _return_focus_after(dialog: QFileDialog, parent: QWidget) -> None:
    """When the picker closes, the keyboard focus goes back where it was (a keyboard
    user would otherwise be left in no window at all)."""
    before = QApplication.focusWidget()

    def give_back() -> None:
        target = before if before is not None and isValid(before) else None
        if target is None or not target.isVisible():
            target = parent if isValid(parent) and parent.isVisible() else None
        if target is None:
            return
        target.window().activateWindow()
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    dialog.finished.connect(lambda _result: QTimer.singleShot(0, give_back))


def choose_files_to_open(
    parent: QWidget,
    title: str,
    start: Path,
    name_filter: str,
    on_chosen: Callable[[list[str]], object],
    *,
    several: bool = True,
    purpose: str = PHOTOS,
) -> QFileDialog:
    """Let the person pick existing files (one, unless `several`); `on_chosen(paths)`.

    It opens in the last folder used for `purpose`, else its standard place; `start`
    is kept for callers and used only when the purpose has no standard place."""
    folder = FOLDERS.start(purpose) if purpose in _STANDARD else start
    dialog = _dialog(parent, title, folder, name_filter)
    mode = QFileDialog.FileMode.ExistingFiles if several else QFileDialog.FileMode.ExistingFile
    dialog.setFileMode(mode)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)

    def chosen(files: list[str]) -> None:
        if files:
            FOLDERS.remember(purpose, files[0])
        on_chosen(list(files))

    dialog.filesSelected.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def choose_file_to_save(
    parent: QWidget,
    title: str,
    suggested: Path,
    name_filter: str,
    on_chosen: Callable[[str], object],
    *,
    purpose: str = EXPORTS,
) -> QFileDialog:
    """Let the person pick where to save; `on_chosen(path)` when they do.

    The suggested file name is offered in the last folder used for `purpose` (else its
    standard place)."""
    folder = FOLDERS.start(purpose) if purpose in _STANDARD else suggested.parent
    dialog = _dialog(parent, title, folder, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(str(folder / suggested.name))

    def chosen(path: str) -> None:
        if path:
            FOLDERS.remember(purpose, path)
            on_chosen(str(path))

    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
