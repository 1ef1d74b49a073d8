"""Group session: a facilitator gathers each participant's container, from its own
profile or from an imported portable file, into one group print.

Each person's choices are kept on paper: a closed lid prints the closed container
(outside and lid, never the inside), and slips are never gathered at all. The inside of
an open container goes on paper only when the facilitator asks for it (off unless
chosen). A protected profile is opened only with its passcode and locked and closed
again straight after its container is read; without one it is listed as locked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from containerstudio.exchange.portable import read_file
from containerstudio.exchange.portable_format import MAX_FILE_BYTES, read_portable
from containerstudio.export.group_print import GroupItem
from containerstudio.model.document import ContainerDocument
from containerstudio.storage.library import Library
from containerstudio.storage.lid import lid_closed
from containerstudio.storage.portable_write import PortableContainer
from containerstudio.storage.profiles import OpenProfile, ProfileBook


@dataclass(frozen=True)
class ProfileListing:
    """One profile as the facilitator sees it: its containers, or locked."""

    profile_id: str
    name: str
    locked: bool
    containers: tuple[tuple[int, str], ...] = ()
    """(container id, title) of each container, when it could be listed."""


@dataclass(frozen=True)
class Participant:
    """Where one participant's container comes from: a profile's container, or a file."""

    caption: str | None = None
    profile_id: str | None = None
    container_id: int | None = None
    path: Path | None = None


def person_view(closed: bool, show_open_insides: bool) -> str:
    """The view a person's container prints in: closed lids stay closed on paper."""
    return "open" if show_open_insides and not closed else "outside"


def _opened(book: ProfileBook, profile_id: str, passcode: str | None) -> OpenProfile:
    """The profile open, unlocked with `passcode` when it has one (PasscodeNotAccepted
    leaves it closed)."""
    profile = book.profile(profile_id)
    db = book.open_database(profile_id)  # the book's current profile is left as it was
    try:
        library = Library(db)
    except BaseException:
        db.close()
        raise
    opened = OpenProfile(profile, db, library)
    try:
        if opened.library.is_locked and passcode is not None:
            opened.library.unlock(passcode)
    except BaseException:
        opened.close()
        raise
    return opened


def list_profile(book: ProfileBook, profile_id: str, passcode: str | None = None) -> ProfileListing:
    """One profile's containers; locked when it is protected and `passcode` is missing
    or not accepted (its containers are then not read)."""
    from containerstudio.storage.keys import PasscodeNotAccepted

    profile = book.profile(profile_id)
    try:
        opened = _opened(book, profile_id, passcode)
    except PasscodeNotAccepted:
        return ProfileListing(profile.id, profile.name, True)
    try:
        if opened.library.is_locked:
            return ProfileListing(profile.id, profile.name, True)
        boxes = tuple((info.id, info.title) for info in opened.library.list_containers())
        return ProfileListing(profile.id, profile.name, False, boxes)
    finally:
        opened.close()


def list_profiles(
    book: ProfileBook, passcodes: Mapping[str, str] | None = None
) -> list[ProfileListing]:
    """Every profile with its containers, the protected ones without their passcode
    listed as locked."""
    passcodes = passcodes or {}
    return [list_profile(book, p.id, passcodes.get(p.id)) for p in book.profiles()]


def read_brought_file(path: Path) -> PortableContainer:
    """A portable file a participant brought, checked completely (ExchangeProblem, calm,
    for anything damaged, hostile or too large)."""
    return read_portable(read_file(path, MAX_FILE_BYTES), path.name)


def _from_library(
    library: Library, container_id: int, caption: str | None, show: bool
) -> GroupItem:
    closed = lid_closed(library, container_id)
    doc = library.load_working(container_id)
    return GroupItem(doc, caption, person_view(closed, show))


def _from_file(path: Path, caption: str | None, show: bool) -> GroupItem:
    """A portable file's drawing (its working copy, or its last version); its slips are
    left behind and its lid is kept as its owner left it."""
    container = read_brought_file(path)
    doc: ContainerDocument | None = container.working
    if doc is None and container.versions:
        doc = container.versions[-1].doc
    return GroupItem(doc or ContainerDocument(), caption, person_view(container.lid_closed, show))


def gather_group(
    book: ProfileBook | None,
    participants: Sequence[Participant],
    passcodes: Mapping[str, str] | None = None,
    *,
    show_open_insides: bool = False,
    progress: Callable[[float], None] | None = None,
) -> list[GroupItem]:
    """The group print's input, one item per participant in order. Each profile is
    opened once, read, then locked and closed; nothing private is gathered."""
    passcodes = passcodes or {}
    items: list[GroupItem | None] = [None] * len(participants)
    by_profile: dict[str, list[int]] = {}
    for i, person in enumerate(participants):
        if person.path is not None:
            items[i] = _from_file(person.path, person.caption, show_open_insides)
        elif person.profile_id is not None and person.container_id is not None:
            by_profile.setdefault(person.profile_id, []).append(i)
        else:
            raise ValueError("a participant comes from a profile's container or a file")
        if progress is not None:
            progress(sum(item is not None for item in items) / len(participants))
    if by_profile and book is None:
        raise ValueError("participants from profiles need the profile book")
    for profile_id, indexes in by_profile.items():
        assert book is not None
        opened = _opened(book, profile_id, passcodes.get(profile_id))
        try:
            for i in indexes:
                person = participants[i]
                assert person.container_id is not None
                items[i] = _from_library(
                    opened.library, person.container_id, person.caption, show_open_insides
                )
        finally:
            opened.close()
        if progress is not None:
            progress(sum(item is not None for item in items) / len(participants))
    return [item for item in items if item is not None]


def book_for_folder(folder: Path) -> ProfileBook:
    """The profile book a library's folder belongs to: the data folder itself for the
    default profile, or the one above `profiles/<id>/` for the others."""
    from containerstudio.storage.profiles import PROFILE_ID, PROFILES_FOLDER

    folder = Path(folder)
    if folder.parent.name == PROFILES_FOLDER and PROFILE_ID.match(folder.name):
        return ProfileBook(folder.parent.parent)
    return ProfileBook(folder)
