"""The one exception storage raises for the user to read, and the kinds it comes in.

It lives apart from the database code so the window can name it (in `except` clauses)
before SQLAlchemy is loaded: start-up shows the window first (see app.py).

A problem carries a `kind` and the `data` its sentence needs; `message` is the English
sentence for the command line and logs. The UI words each kind itself, translated
(ui/kit/problem_texts.py).
"""

from __future__ import annotations

from pathlib import Path

from containerstudio.model.problems import CoreProblem, ProblemKind

_LEFT = "so Container Studio left it exactly as it is."
_WHERE = "“{path}”, where the library belongs,"
_FILE = "The library file “{path}”"


class StorageKind(ProblemKind):
    """Why the library cannot be opened, read or written (``code`` groups the kinds the
    command line and tests tell apart: "damaged", "not-a-file", "unwritable")."""

    NOTHING_THERE = (
        "nothing-there",
        f"{_WHERE} points to nothing that can be read, {_LEFT}",
        "not-a-file",
    )
    FOLDER = ("not-a-file", f"{_WHERE} is a folder, not a library file, {_LEFT}")
    NOT_ORDINARY = ("not-ordinary", f"{_WHERE} is not an ordinary file, {_LEFT}", "not-a-file")
    EMPTY = ("empty", f"{_FILE} is empty (0 bytes), not a library, {_LEFT}")
    UNREADABLE = ("unreadable", f"{_FILE} cannot be read just now, {_LEFT}")
    CUT_SHORT = ("cut-short", f"{_FILE} seems damaged (cut short), {_LEFT}", "damaged")
    NOT_A_DATABASE = ("not-a-database", f"{_FILE} is not a Container Studio library, {_LEFT}")
    DAMAGED = ("damaged", f"{_FILE} seems damaged, {_LEFT}")
    FOREIGN = ("foreign", f"{_FILE} belongs to another program, not Container Studio, {_LEFT}")
    APPEARED = ("appeared", f"{_FILE} appeared while a new library was being made, {_LEFT}")
    NEWER = (
        "newer",
        "The library file “{path}” was written by a newer Container Studio, so this version "
        "left it untouched. You may open it with the newer version.",
    )
    NOT_OPENED = (
        "not-opened",
        "The library in “{folder}” could not be opened just now, so it was left as it is. "
        "You may start Container Studio again, or choose another folder (--data-dir DIR).",
    )
    DISK_FULL = (
        "disk-full",
        "The disk is full ({folder}), so the latest change could not be kept yet. "
        "Your work is still open; you may free some space and it will be saved.",
    )
    UNWRITABLE = (
        "unwritable",
        "The data folder ({folder}) cannot be written to right now. "
        "Your work is still open; you may choose another folder.",
    )
    FOLDER_NOT_MADE = (
        "folder-not-made",
        "The data folder “{folder}” could not be made. You may choose another one.",
        "unwritable",
    )
    READ_ONLY_FOLDER = (
        "read-only-folder",
        "The data folder “{folder}” cannot be written to just now (it may be on a "
        "read-only disk), so the library there was left untouched. You may make the "
        "folder writable, or choose another one with --data-dir.",
        "unwritable",
    )
    NEWER_CONTAINER = (
        "newer-container",
        "This container was saved by a newer Container Studio, so this version left it as "
        "it is. You may open it with the newer version.",
    )
    DAMAGED_CONTAINER = (
        "damaged-container",
        "Part of this container could not be read back, so it was left exactly as it is; "
        "nothing was deleted. Your other containers are unaffected, and an earlier version "
        "or an automatic backup may hold this one whole.",
    )
    NO_BACKUP = (
        "no-backup",
        "No automatic backup was found in “{folder}”, so the library file was left as it is.",
    )
    PASSCODE = (
        "passcode",
        "That passcode does not open this library. You may try again when you're ready.",
    )
    LOCKED = ("locked", "The library is locked; it opens again with its passcode.")
    KEYS_MISSING = (
        "keys-missing",
        "The keys of the encrypted library in “{folder}” (the file {file}) are not there or "
        "cannot be read, so the library was left as it is. If you have a copy of that file, "
        "you may put it back in this folder.",
    )
    ALREADY_PROTECTED = ("already-protected", "This library is already protected with a passcode.")
    NOT_PROTECTED = ("not-protected", "This library has no passcode yet; `passcode set` adds one.")
    ON_A_SERVER = (
        "on-a-server",
        "A passcode protects a library kept in a data folder; this one is on a server.",
    )
    NOT_A_SERVER_ADDRESS = (
        "not-a-server-address",
        "A library on a server is kept on PostgreSQL, with an address that begins "
        "postgresql:// ; the address given is not one, so nothing was opened.",
    )
    SERVER_DRIVER_MISSING = (
        "server-driver-missing",
        "Reaching a PostgreSQL server needs the psycopg package (pip install "
        "'containerstudio[server]'); nothing was opened.",
    )
    SERVER_UNREACHABLE = (
        "server-unreachable",
        "The server {server} cannot be reached just now, so nothing there was changed. You "
        "may check the connection and start again, or start without --database-url to use "
        "this computer's library.",
    )
    SERVER_FOREIGN = (
        "server-foreign",
        "The schema “{schema}” on {server} holds another program's tables, so Container "
        "Studio left it exactly as it is.",
    )
    SERVER_NEWER = (
        "server-newer",
        "The library on {server} was written by a newer Container Studio, so this version "
        "left it untouched. You may open it with the newer version.",
    )
    OPEN_ELSEWHERE = (
        "open-elsewhere",
        "This container is open in another Container Studio just now (on this server), so "
        "it stays as it is there. You may open it here once it is closed there.",
    )
    PROFILES_UNREADABLE = (
        "profiles-unreadable",
        "The list of profiles “{path}” could not be read, so it was left as it is; the "
        "libraries themselves are untouched.",
    )
    NO_SUCH_PROFILE = (
        "no-such-profile",
        "There is no such profile here; Container → Profiles… (or `profiles` on the command "
        "line) shows them.",
    )
    PROFILE_NAME_EMPTY = ("profile-name-empty", "A profile needs a name; you may choose any.")
    UNCONVERTIBLE = (
        "unconvertible",
        "Part of the library could not be read, so it was left exactly as it was and nothing "
        "was changed. An automatic backup may hold it whole.",
    )
    # Said on the command line only (cli/passcode.py).
    PASSCODE_FILE_UNREADABLE = (
        "passcode-file-unreadable",
        "The passcode file “{path}” could not be read.",
    )
    PASSCODE_NEEDED = (
        "passcode-needed",
        "This library is protected with a passcode; you may give it with "
        "--passcode-file FILE or --passcode-stdin.",
    )
    PASSCODE_NOT_GIVEN = (
        "passcode-not-given",
        "{what} was not given; you may pass it with --passcode-file FILE or on standard "
        "input (--passcode-stdin).",
    )
    APP_IS_OPEN = (
        "app-is-open",
        "Container Studio is open with this library just now; you may close it and run this "
        "again (or use Protect with a passcode… in the app).",
    )
    ALREADY_PROTECTED_CLI = (
        "already-protected-cli",
        "This library is already protected; `passcode change` sets a new passcode.",
    )


class StorageProblem(CoreProblem):
    """The library cannot be opened or written: a `kind` and the `data` it names.

    `path` is the file or folder it is about (for recovery, not for the sentence).
    `message` is the English sentence, for the command line and logs.
    """

    kind: StorageKind

    def __init__(self, kind: StorageKind, about: Path | None = None, /, **data: str | int) -> None:
        self.path = about
        super().__init__(kind, **data)
