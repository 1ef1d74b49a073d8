"""Files written whole or not at all, and the private modes of the data folder.

The one atomic write of the Qt-free core: the bytes go into a temporary sibling of the
target (`.<name>.<8 random characters>.part`, `PART_FILE`), are flushed to the disk, may
be checked, and only then take the target's place by one rename. A full disk, a folder
that refuses files or a failure midway leaves the old file whole and no temporary
behind; one left by a process killed midway is removed by a write a day later.
Exports use it with an ordinary file's mode (`export/common.py`); everything kept in the
data folder uses `write_private` (0600, in a 0700 folder): the key file, the profiles,
a therapist's own packs. The UI's small private files use the same modes through Qt's
own atomic file (`ui/kit/private_file.py`).

It sits in the lowest layer (beside `model` and `resources`) so that `flow`, `storage`
and `export` can all share it without importing each other.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

FOLDER_MODE = 0o700
"""A private folder: only its owner may list or enter it."""
FILE_MODE = 0o600
"""A private file: only its owner may read or write it."""

PART_FILE = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")
"""The name of `write_whole`'s temporary files."""
STALE_PART_SECONDS = 24 * 60 * 60
"""A temporary file this old was left by a write that was stopped (never one going on)."""


class FolderRefusesFiles(OSError):
    """The target's folder would not take even an empty new file (it is read-only, is
    not a folder, or is missing): nothing was written."""


def make_private_folder(folder: Path) -> None:
    """Make `folder` with mode 0700 (OSError when it cannot be made). An existing folder
    is tightened to 0700 where that is allowed (not on a read-only disk, say). Folders
    made on the way to it are 0700 too (`mkdir(parents=True)` would give them the
    umask's mode); folders that were there already are left as they are."""
    missing = []
    place = Path(folder)
    while not place.is_dir() and place != place.parent:
        missing.append(place)
        place = place.parent
    for made in reversed(missing):
        try:
            made.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            if not made.is_dir():  # a file in the way (a folder made meanwhile is fine)
                raise
    with contextlib.suppress(OSError):
        os.chmod(folder, FOLDER_MODE)


def write_whole(
    target: Path,
    produce: Callable[[BinaryIO], object],
    *,
    mode: int,
    check: Callable[[Path], object] | None = None,
    durable: bool = True,
) -> Path:
    """Write `target` through a temporary sibling with `mode` from its first byte, then
    rename it into place; returns `target`. `durable=False` (for a cache, which can be
    made again) leaves out the flushes to the disk, never the rename.

    `produce` writes the content into the open file; `check`, when given, reads the
    finished temporary file and raises to refuse it (the pack validator does). On any
    failure (an OSError of the disk, or whatever `produce` or `check` raise) the
    temporary file is removed, the target is left as it was, and the exception goes on
    to the caller, who words it calmly (`FolderRefusesFiles` when the folder would not
    take the temporary file at all).
    """
    target = Path(target)
    folder = target.parent
    remove_stale_parts(folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise FolderRefusesFiles(exc.errno, exc.strerror, str(folder)) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)  # exactly `mode` (no umask), before any byte
            produce(handle)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        if check is not None:
            check(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if durable:
        sync_folder(folder)
    return target


def write_private(
    target: Path,
    produce: Callable[[BinaryIO], object],
    *,
    check: Callable[[Path], object] | None = None,
    durable: bool = True,
) -> Path:
    """`write_whole` for the data folder: the file 0600, its folder made 0700 if need be
    (an existing file of wider mode becomes 0600 as it is replaced)."""
    make_private_folder(Path(target).parent)
    return write_whole(target, produce, mode=FILE_MODE, check=check, durable=durable)


def write_private_text(target: Path, text: str) -> Path:
    """`write_private` of `text` (UTF-8)."""
    return write_private(target, lambda handle: handle.write(text.encode("utf-8")))


def remove_stale_parts(folder: Path, now: float | None = None) -> list[Path]:
    """Remove this app's temporary files older than a day from `folder` (left by a
    write that was killed midway; `write_whole` calls it before each write).

    Only regular files named like `write_whole`'s temporaries are touched; anything
    that cannot be read or removed is left alone quietly.
    """
    removed: list[Path] = []
    limit = (time.time() if now is None else now) - STALE_PART_SECONDS
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not PART_FILE.match(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and info.st_mtime < limit:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` itself survive a power cut, where the system allows it
    (a folder that cannot be opened or synced is left as it is)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
