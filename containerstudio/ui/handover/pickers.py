"""The file pickers of the handover: where a file is saved, and which file comes in.

Each opens the kit's non-blocking picker (so Hide now and Pause can cover it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from containerstudio.ui.kit.file_dialogs import (
    EXPORTS,
    choose_file_to_save,
    choose_files_to_open,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Handover", text)


def pick_place_to_save(
    parent: QWidget, title: str, name: str, name_filter: str, on_chosen: Callable[[Path], object]
) -> None:
    """Ask where to save a file suggested as `name`; `on_chosen(path)` when chosen."""
    choose_file_to_save(
        parent, title, Path.home() / name, name_filter, lambda path: on_chosen(Path(path))
    )


def pick_file_to_take_in(
    parent: QWidget, title: str, name_filter: str, on_chosen: Callable[[Path], object]
) -> None:
    """Ask which one file to take in; `on_chosen(path)` when chosen."""
    choose_files_to_open(
        parent,
        title,
        Path.home(),
        name_filter,
        lambda paths: on_chosen(Path(paths[0])) if paths else None,
        several=False,
        purpose=EXPORTS,  # files that travel live beside the exports,
    )


def container_files_filter() -> str:
    return _tr("Container files (*.csportable *.cssealed);;All files (*)")


def card_files_filter() -> str:
    return _tr("Therapist cards (*.cscard);;All files (*)")
