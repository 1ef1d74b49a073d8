"""Profiles: one library per client (or group), each closed to the others.

Each profile has its own library: its own SQLite file in its own folder, or its own
schema on a practice server, its own optional passcode (its keys live in its folder)
and its own defaults (session length, pack, text size). A profile's library holds only
its own containers, so no profile can list or open another's.

The library that was there before profiles existed is the *default* profile, where it
always was: the data folder itself; nothing of the person's is moved. Other profiles
live in `profiles/<id>/`. Names are private: they are kept only in `profiles.json`
(a private file in the data folder), never in folder, file or schema names, which use
the profile's id.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from containerstudio.atomic_files import write_private_text
from containerstudio.storage.paths import DEFAULT_SCHEMA
from containerstudio.storage.private import make_private_folder
from containerstudio.storage.problem import StorageKind, StorageProblem

if TYPE_CHECKING:
    from containerstudio.storage.database import Database
    from containerstudio.storage.library import Library

PROFILES_FILE = "profiles.json"
PROFILES_FOLDER = "profiles"
PROFILES_FORMAT = "containerstudio.profiles"
DEFAULT_PROFILE = "default"
PROFILE_ID = re.compile(r"^[0-9a-f]{12}$")
MAX_NAME = 80

# The profile's own defaults, kept as settings in its own library.
SESSION_MINUTES_KEY = "profile.session_minutes"
PACK_KEY = "profile.pack"
TEXT_SIZE_KEY = "profile.text_size"
TEXT_SIZES = ("normal", "large", "larger")


@dataclass(frozen=True)
class Profile:
    """One profile: `id` names its folder and schema; `name` is shown only to the person."""

    id: str
    name: str

    @property
    def is_default(self) -> bool:
        return self.id == DEFAULT_PROFILE


@dataclass(frozen=True)
class ProfileDefaults:
    """What a new session in this profile starts with (None: the app's own default)."""

    session_minutes: int | None = None
    pack_id: str | None = None
    text_size: str | None = None


@dataclass
class _Book:
    names: dict[str, str] = field(default_factory=dict)
    current: str = DEFAULT_PROFILE


class ProfileBook:
    """The profiles of one data folder, and where each one's library is."""

    def __init__(self, data_dir: Path, *, url: str | None = None) -> None:
        self.data_dir = data_dir
        self.url = url
        """A practice server's address: each profile is then a schema there."""

    # -- the list ------------------------------------------------------------------
    @property
    def _path(self) -> Path:
        return self.data_dir / PROFILES_FILE

    def _read(self) -> _Book:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return _Book()
        except (OSError, ValueError) as exc:
            raise StorageProblem(
                StorageKind.PROFILES_UNREADABLE, self._path, path=str(self._path)
            ) from exc
        if not isinstance(data, dict) or data.get("format") != PROFILES_FORMAT:
            raise StorageProblem(StorageKind.PROFILES_UNREADABLE, self._path, path=str(self._path))
        names = {
            str(pid): str(name)
            for pid, name in dict(data.get("names", {})).items()
            if pid == DEFAULT_PROFILE or PROFILE_ID.match(str(pid))
        }
        current = str(data.get("current", DEFAULT_PROFILE))
        return _Book(names, current if current in names else DEFAULT_PROFILE)

    def _write(self, book: _Book) -> None:
        text = json.dumps(
            {"format": PROFILES_FORMAT, "version": 1, "names": book.names, "current": book.current},
            indent=1,
            ensure_ascii=False,
        )
        write_private_text(self._path, text)  # whole, 0600, in the data folder made 0700

    def profiles(self) -> list[Profile]:
        """The default profile first, then the others in the order they were added."""
        names = self._read().names
        found = [Profile(DEFAULT_PROFILE, names.get(DEFAULT_PROFILE, ""))]
        found += [Profile(pid, name) for pid, name in names.items() if pid != DEFAULT_PROFILE]
        return found

    def profile(self, profile_id: str) -> Profile:
        for profile in self.profiles():
            if profile.id == profile_id:
                return profile
        raise StorageProblem(StorageKind.NO_SUCH_PROFILE)

    def find(self, id_or_name: str) -> Profile:
        """A profile by its id, or by its name (for `--profile`)."""
        wanted = id_or_name.strip()
        for profile in self.profiles():
            if wanted in (profile.id, profile.name):
                return profile
        raise StorageProblem(StorageKind.NO_SUCH_PROFILE)

    def add(self, name: str) -> Profile:
        """A new profile with an empty library of its own (made when first opened)."""
        name = _checked_name(name)
        book = self._read()
        profile_id = secrets.token_hex(6)
        while profile_id in book.names:
            profile_id = secrets.token_hex(6)
        book.names.setdefault(DEFAULT_PROFILE, "")
        book.names[profile_id] = name
        self._write(book)
        make_private_folder(self.data_dir / PROFILES_FOLDER)  # parents too are 0700
        make_private_folder(self.folder(profile_id))
        return Profile(profile_id, name)

    def rename(self, profile_id: str, name: str) -> None:
        book = self._read()
        self.profile(profile_id)
        book.names[profile_id] = _checked_name(name)
        self._write(book)

    @property
    def current(self) -> str:
        """The profile used last (the app opens it again)."""
        return self._read().current

    def set_current(self, profile_id: str) -> None:
        book = self._read()
        self.profile(profile_id)
        book.names.setdefault(DEFAULT_PROFILE, "")
        if book.current != profile_id:
            book.current = profile_id
            self._write(book)

    # -- where each library is -------------------------------------------------------
    def folder(self, profile_id: str) -> Path:
        """The profile's local folder: its library file (or, on a server, its keys)."""
        if profile_id == DEFAULT_PROFILE:
            return self.data_dir  # the library from before profiles, left in place
        if not PROFILE_ID.match(profile_id):
            raise StorageProblem(StorageKind.NO_SUCH_PROFILE)
        return self.data_dir / PROFILES_FOLDER / profile_id

    def schema(self, profile_id: str) -> str:
        """The profile's schema on a server."""
        if profile_id == DEFAULT_PROFILE:
            return DEFAULT_SCHEMA
        if not PROFILE_ID.match(profile_id):
            raise StorageProblem(StorageKind.NO_SUCH_PROFILE)
        return f"{DEFAULT_SCHEMA}_{profile_id}"

    def place(self, profile_id: str) -> LibraryPlace:
        """Where the profile's library is (it need not exist yet)."""
        self.profile(profile_id)
        return LibraryPlace(self.folder(profile_id), self.url, self.schema(profile_id), profile_id)

    def place_of_default(self) -> LibraryPlace:
        """The default profile's place, without reading the list (it may be unreadable)."""
        return LibraryPlace(self.data_dir, self.url, DEFAULT_SCHEMA, DEFAULT_PROFILE)

    def open_database(self, profile_id: str) -> Database:
        """Open the profile's own library (made on first use)."""
        return self.place(profile_id).open()


@dataclass(frozen=True)
class LibraryPlace:
    """Where one profile's library is: its local folder (its file, its keys, its lock
    file), and the server and schema when it is kept on one."""

    folder: Path
    url: str | None = None
    schema: str = DEFAULT_SCHEMA
    profile_id: str = DEFAULT_PROFILE

    def open(self) -> Database:
        """Open (or make) the library here; storage loads on first use."""
        from containerstudio.storage.database import open_database

        return open_database(self.folder, url=self.url, schema=self.schema)


def _checked_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise StorageProblem(StorageKind.PROFILE_NAME_EMPTY)
    return cleaned[:MAX_NAME]


# -- each profile's own defaults -------------------------------------------------------
def read_defaults(library: Library) -> ProfileDefaults:
    """The defaults kept in this profile's library (anything unreadable is unset)."""
    minutes = library.setting(SESSION_MINUTES_KEY)
    size = library.setting(TEXT_SIZE_KEY)
    try:
        session_minutes = int(minutes) if minutes else None
    except ValueError:
        session_minutes = None
    if session_minutes is not None and not 1 <= session_minutes <= 480:
        session_minutes = None
    return ProfileDefaults(
        session_minutes=session_minutes,
        pack_id=library.setting(PACK_KEY) or None,
        text_size=size if size in TEXT_SIZES else None,
    )


def write_defaults(library: Library, defaults: ProfileDefaults) -> None:
    """Keep `defaults` in this profile's library ("" clears one)."""
    if defaults.text_size is not None and defaults.text_size not in TEXT_SIZES:
        raise ValueError(f"text size is one of {TEXT_SIZES}")
    minutes = defaults.session_minutes
    library.set_setting(SESSION_MINUTES_KEY, "" if minutes is None else str(int(minutes)))
    library.set_setting(PACK_KEY, defaults.pack_id or "")
    library.set_setting(TEXT_SIZE_KEY, defaults.text_size or "")


# -- switching --------------------------------------------------------------------------
@dataclass
class OpenProfile:
    """A profile whose library is open in this app."""

    profile: Profile
    db: Database
    library: Library

    def close(self) -> None:
        """Lock and close: its keys dropped, its containers released, the database shut.
        (The caller saves first: the window's autosave knows what is unsaved.)"""
        try:
            self.library.release_all()
            self.library.lock()
        finally:
            self.db.close()


def open_profile(book: ProfileBook, profile_id: str) -> OpenProfile:
    """Open a profile's library (still locked when it has a passcode) and remember it
    as the one to open next time."""
    from containerstudio.storage.library import Library

    profile = book.profile(profile_id)
    db = book.open_database(profile_id)
    try:
        library = Library(db)
    except BaseException:
        db.close()
        raise
    book.set_current(profile_id)
    return OpenProfile(profile, db, library)


def switch_profile(book: ProfileBook, previous: OpenProfile | None, profile_id: str) -> OpenProfile:
    """Close `previous` (locked, released) and open `profile_id` in its place. When the
    new one cannot be opened, the previous one is already closed: nothing of it stays
    open while another profile is asked for."""
    if previous is not None:
        previous.close()
    return open_profile(book, profile_id)
