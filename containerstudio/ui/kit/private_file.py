"""The app's small private files in the data folder, written whole: the theme, the
language, the welcome's choices and the preferences.

Each is written through Qt's own atomic file (`QSaveFile`: the new text goes into a
hidden temporary file that replaces the old one only once it is complete), 0600 before
its first byte, in a folder kept 0700, like every file there (the modes are the core's,
`atomic_files.py`). A full disk, a read-only folder or a folder that is gone (it is
never made again here: a drive taken out must not come back as an empty folder) is a
calm False, never an exception: the caller keeps the choice for this run and the old
file stays whole. Reading gives None for a file that is not there or cannot
be read, so the caller falls back to its default.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile

from containerstudio.atomic_files import FOLDER_MODE

_OWNER_ONLY = QSaveFile.Permission.ReadOwner | QSaveFile.Permission.WriteOwner


def write_private_text(path: Path, text: str) -> bool:
    """Replace `path` with `text` (UTF-8), whole, private (its folder kept 0700 too).
    False when it cannot be written (a full disk, a folder that refuses files or is
    gone): `path` is then as it was."""
    if not path.parent.is_dir():
        return False  # a data folder that is gone (a drive taken out) is never made again
    with contextlib.suppress(OSError):
        os.chmod(path.parent, FOLDER_MODE)
    save = QSaveFile(str(path))
    if not save.open(QIODevice.OpenModeFlag.WriteOnly):
        return False
    data = text.encode("utf-8")
    # Owner-only before the first byte, whatever mode a file already there had.
    written = save.setPermissions(_OWNER_ONLY) and save.write(data) == len(data)
    if not written:
        save.cancelWriting()  # the commit then only removes the temporary file
    committed = save.commit()
    return written and committed


def read_private_text(path: Path) -> str | None:
    """The text of `path`; None when there is none or it cannot be read as UTF-8."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
