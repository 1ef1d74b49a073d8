"""The command line's passcode: how batch commands unlock, and `passcode set|change|
remove|recovery-key`.

A passcode is read from a file (`--passcode-file FILE`) or from standard input
(`--passcode-stdin`), never from an argument or an environment variable, which other
users of the machine can see. The recovery key's twelve words, given the same way, open
the library too, so `passcode change` can replace a forgotten passcode. Anything that
goes wrong is one calm line, exit code 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from containerstudio.storage.problem import StorageKind, StorageProblem

if TYPE_CHECKING:
    from containerstudio.storage.database import Database
    from containerstudio.storage.library import Library

PASSCODE_COMMAND = "passcode"


def add_passcode_options(parser: argparse.ArgumentParser) -> None:
    """The options that unlock a protected library (on the main parser)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--passcode-file",
        metavar="FILE",
        type=Path,
        help="read the library's passcode (or its recovery key) from the first line of FILE",
    )
    group.add_argument(
        "--passcode-stdin",
        action="store_true",
        help="read the library's passcode (or its recovery key) from the first line of "
        "standard input",
    )


def add_passcode_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        PASSCODE_COMMAND,
        help="protect the library with a passcode, change it, or remove it",
        description=(
            "set: encrypt the library and its backups (the new passcode is read like any "
            "passcode). change: the current passcode, then the new one (two lines of "
            "standard input, or --passcode-file and --new-passcode-file). remove: decrypt "
            "the library and its backups. recovery-key: print twelve words that can "
            "unlock the library if the passcode is forgotten (it replaces an earlier one); "
            "given in place of the current passcode, they let `change` set a new one."
        ),
    )
    p.add_argument("action", choices=["set", "change", "remove", "recovery-key"])
    p.add_argument(
        "--new-passcode-file", metavar="FILE", type=Path, help="the new passcode (for change)"
    )


class _Lines:
    """Standard input, read one line at a time and only when asked."""

    def __init__(self) -> None:
        self._lines: list[str] | None = None

    def next(self) -> str | None:
        if self._lines is None:
            self._lines = sys.stdin.read().splitlines()
        return self._lines.pop(0) if self._lines else None


def _from_file(path: Path) -> str:
    try:
        text = path.expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise StorageProblem(StorageKind.PASSCODE_FILE_UNREADABLE, path=str(path)) from exc
    lines = text.splitlines()
    return lines[0] if lines else ""


def read_passcode(args: argparse.Namespace, stdin: _Lines | None = None) -> str | None:
    """The passcode given on the command line's terms, or None when none was given."""
    if getattr(args, "passcode_file", None) is not None:
        return _from_file(args.passcode_file)
    if getattr(args, "passcode_stdin", False):
        return (stdin or _Lines()).next()
    return None


def unlock_for_command(library: Library, args: argparse.Namespace) -> None:
    """Unlock a protected library with the passcode given; StorageProblem otherwise."""
    if not library.encrypted:
        return
    passcode = read_passcode(args)
    if passcode is None:
        raise StorageProblem(StorageKind.PASSCODE_NEEDED)
    assert library.keyring is not None  # encrypted
    library.keyring.unlock_with_either(passcode)  # a recovery key's words open it too


def _need(value: str | None, what: str) -> str:
    if not value:
        raise StorageProblem(StorageKind.PASSCODE_NOT_GIVEN, what=what)
    return value


def _name_unconverted(paths: list[Path], state: str) -> None:
    for path in paths:
        print(
            f"The backup “{path}” could not be read, so it was left as it was ({state}); "
            "you may delete it.",
            file=sys.stderr,
        )


def app_is_open(data_dir: Path) -> bool:
    """True when a running Container Studio holds this library (its lock file names a
    live process), so the library must not be converted under it."""
    lock = data_dir / "containerstudio.lock"  # ui/shell/startup.py LOCK_NAME (a QLockFile)
    try:
        pid = int(lock.read_text(encoding="utf-8", errors="replace").split()[0])
    except (OSError, ValueError, IndexError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return pid != os.getpid()


def cmd_passcode(db: Database, args: argparse.Namespace) -> int:
    """Set, change or remove the passcode, or make a recovery key."""
    from containerstudio.storage.encryption import disable_encryption, enable_encryption
    from containerstudio.storage.library import Library

    if db.path is not None and app_is_open(db.path.parent):
        raise StorageProblem(StorageKind.APP_IS_OPEN)
    library = Library(db)
    stdin = _Lines() if args.passcode_stdin else None
    if args.action == "set":
        if library.encrypted:
            raise StorageProblem(StorageKind.ALREADY_PROTECTED_CLI)
        done = enable_encryption(library, _need(read_passcode(args, stdin), "A new passcode"))
        print("The library and its backups are now encrypted with your passcode.")
        print("Without it (or a recovery key) they cannot be opened, by anyone.")
        _name_unconverted(done.unconverted, "plain")
        return 0
    if not library.encrypted:
        raise StorageProblem(StorageKind.NOT_PROTECTED)
    assert library.keyring is not None
    # The recovery key's words stand in for a forgotten passcode (to set a new one).
    library.keyring.unlock_with_either(_need(read_passcode(args, stdin), "The current passcode"))
    if args.action == "change":
        new: str | None
        if args.new_passcode_file is not None:
            new = _from_file(args.new_passcode_file)
        else:
            new = (stdin or _Lines()).next()
        library.keyring.change_passcode(_need(new, "A new passcode"))
        print("The passcode is changed; nothing else was touched.")
    elif args.action == "remove":
        done = disable_encryption(library)
        print("The passcode is removed; the library and its backups are plain again.")
        _name_unconverted(done.unconverted, "encrypted (the key files stay for them)")
    else:
        print(library.keyring.make_recovery_key())
    return 0
