"""A private footprint: the data folder is only its owner's (0700), every file in it too
(0600), whatever the umask says.

Folders and files are made private where they are made (the modes, the private folder
and the atomic private write live in `atomic_files.py`, which every layer may use); on
every open the whole folder is tightened as well, so a library made by an earlier
version (or copied in) becomes private. Exported files are not made here: they go
outside the data folder and keep ordinary permissions.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from containerstudio.atomic_files import FILE_MODE, FOLDER_MODE
from containerstudio.atomic_files import make_private_folder as make_private_folder


def create_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 (it must not exist), so nothing in it is ever
    readable by others, not even for a moment."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    os.chmod(path, FILE_MODE)  # the umask may have taken bits away, never added any


def tighten_folder(folder: Path) -> None:
    """Make `folder` 0700 and everything in it private: folders 0700, files 0600.

    Symbolic links are not followed (what they point to lies outside the folder). A
    file that cannot be changed (owned by someone else) is left as it is.
    """
    with contextlib.suppress(OSError):
        os.chmod(folder, FOLDER_MODE)
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = os.path.join(root, name)
            with contextlib.suppress(OSError):
                mode = os.lstat(path).st_mode
                if stat.S_ISDIR(mode):
                    wanted = FOLDER_MODE
                elif stat.S_ISREG(mode):
                    wanted = FILE_MODE
                else:
                    continue
                if stat.S_IMODE(mode) != wanted:
                    os.chmod(path, wanted)
