"""Choosing files with Qt's own dialog (never the platform's), opened without blocking.

The platform's native dialog is a window the app cannot hide or cover; Qt's own is an
ordinary dialog of the app, so Ground me, Pause and Hide now reach and cover it like
any other. Each call returns the open dialog (tests drive it; nothing waits on it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def _dialog(parent: QWidget, title: str, start: Path, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setObjectName("file_dialog")
    dialog.setAccessibleName(title)
    return dialog


def choose_files_to_open(
    parent: QWidget,
    title: str,
    start: Path,
    name_filter: str,
    on_chosen: Callable[[list[str]], object],
    *,
    several: bool = True,
) -> QFileDialog:
    """Let the person pick existing files (one, unless `several`); `on_chosen(paths)`."""
    dialog = _dialog(parent, title, start, name_filter)
    mode = QFileDialog.FileMode.ExistingFiles if several else QFileDialog.FileMode.ExistingFile
    dialog.setFileMode(mode)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.filesSelected.connect(lambda files: on_chosen(list(files)))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def choose_file_to_save(
    parent: QWidget,
    title: str,
    suggested: Path,
    name_filter: str,
    on_chosen: Callable[[str], object],
) -> QFileDialog:
    """Let the person pick where to save; `on_chosen(path)` when they do."""
    dialog = _dialog(parent, title, suggested, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(str(suggested))
    dialog.fileSelected.connect(lambda path: on_chosen(str(path)) if path else None)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
