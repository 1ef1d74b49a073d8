"""Profiles (issue 17, acceptance 1): two profiles with passcodes, work in each; neither
lists or opens the other's containers; switching locks the previous one. On an SQLite
file per profile and on a PostgreSQL server (a schema per profile)."""

from __future__ import annotations

import sqlite3

import pytest

from containerstudio.model import ContainerDocument, Stroke
from containerstudio.model.slips import Slip
from containerstudio.storage.codec import SealedContentProblem, slip_identity
from containerstudio.storage.database import open_database
from containerstudio.storage.encryption import enable_encryption
from containerstudio.storage.guided import GuidedStore
from containerstudio.storage.keys import KEY_FILE, PasscodeNotAccepted
from containerstudio.storage.library import Library
from containerstudio.storage.paths import DATABASE_NAME
from containerstudio.storage.problem import StorageKind, StorageProblem
from containerstudio.storage.profiles import (
    DEFAULT_PROFILE,
    PROFILES_FILE,
    ProfileBook,
    ProfileDefaults,
    open_profile,
    read_defaults,
    switch_profile,
    write_defaults,
)
from containerstudio.storage.schema import slips
from tests.storage.crypto_helpers import FAST_KDF

NAMES = {"a": "Mira Okonkwo", "b": "Jonas Lindqvist"}
PASSCODES = {"a": "harbour lantern 4", "b": "willow river 9"}
SLIP_WORDS = {"a": "SLIPWORD-AMBER-71", "b": "SLIPWORD-BIRCH-23"}


def _doc(seed: int) -> ContainerDocument:
    doc = ContainerDocument()
    doc.load([Stroke(id=f"{seed:016x}", points=((1.0, 2.0 * seed, 0.5), (3.0, 4.0, 0.5)))], {})
    return doc


def _work_in(book: ProfileBook, previous, key: str):
    """Switch to profile `key` (protected on first use), unlock it and make a box."""
    profile_id = book.find(NAMES[key]).id
    opened = switch_profile(book, previous, profile_id)
    library = opened.library
    if not library.encrypted:
        enable_encryption(library, PASSCODES[key], FAST_KDF)
    else:
        library.unlock(PASSCODES[key])
    cid = library.create_container(f"Box of {key}")
    library.save_working(cid, _doc(ord(key)))
    GuidedStore(library.db, library.codec).save_slip(cid, Slip(text=SLIP_WORDS[key]))
    return opened, cid


def test_two_protected_profiles_are_closed_to_each_other(data_dir, library_url):
    book = ProfileBook(data_dir, url=library_url)
    for key in NAMES:
        book.add(NAMES[key])
    a, a_box = _work_in(book, None, "a")
    a_uid = a.library.container_uid(a_box)
    a_library = a.library
    b, b_box = _work_in(book, a, "b")  # switching locks and closes a

    assert a_library.is_locked
    assert a_library.keyring is not None and a_library.keyring._library_key is None
    with pytest.raises(StorageProblem) as locked:
        a_library.load_working(a_box)
    assert locked.value.kind is StorageKind.LOCKED

    # b lists and opens its own only: a's container is not in its library at all.
    assert [info.title for info in b.library.list_containers()] == ["Box of b"]
    assert all(info.uid != a_uid for info in b.library.list_containers(deleted=True))
    store_b = GuidedStore(b.db, b.library.codec)
    assert [slip.text for slip in store_b.slips_of(b_box)] == [SLIP_WORDS["b"]]

    # Even a's sealed slip, carried over by hand, does not open with b's keys.
    a_again = switch_profile(book, b, book.find(NAMES["a"]).id)
    a_again.library.unlock(PASSCODES["a"])
    with a_again.db.engine.connect() as conn:
        row = conn.execute(slips.select()).one()
    assert (
        a_again.library.codec.decode_text(row.text, identity=slip_identity(a_uid, row.uid, "text"))
        == SLIP_WORDS["a"]
    )
    a_again.close()
    b_again = open_profile(book, book.find(NAMES["b"]).id)
    try:
        b_again.library.unlock(PASSCODES["b"])
        with pytest.raises(SealedContentProblem):
            b_again.library.codec.decode_text(
                row.text, identity=slip_identity(a_uid, row.uid, "text")
            )
        # Nor does b's passcode open a's library.
        with pytest.raises(PasscodeNotAccepted):
            Library(book.open_database(book.find(NAMES["a"]).id)).unlock(PASSCODES["b"])
    finally:
        b_again.close()

    # Each keeps its own work across reopening, with its own passcode.
    for key, box in (("a", a_box), ("b", b_box)):
        opened = open_profile(book, book.find(NAMES[key]).id)
        try:
            assert opened.library.is_locked
            opened.library.unlock(PASSCODES[key])
            (info,) = opened.library.list_containers()
            assert info.title == f"Box of {key}" and info.id == box
            assert opened.library.load_working(box) == _doc(ord(key))
        finally:
            opened.close()


def test_profile_files_are_private_and_named_by_id_never_by_name(data_dir):
    book = ProfileBook(data_dir)
    profile = book.add(NAMES["a"])
    opened = open_profile(book, profile.id)
    enable_encryption(opened.library, PASSCODES["a"], FAST_KDF)
    opened.library.create_container("Box")
    opened.close()
    folder = book.folder(profile.id)
    assert folder == data_dir / "profiles" / profile.id
    assert (folder / DATABASE_NAME).exists() and (folder / KEY_FILE).exists()
    every_name = [p.name for p in data_dir.rglob("*")]
    assert not [n for n in every_name if "Mira" in n or "Okonkwo" in n]
    assert (data_dir / PROFILES_FILE).stat().st_mode & 0o077 == 0
    assert folder.stat().st_mode & 0o077 == 0
    assert folder.parent.stat().st_mode & 0o077 == 0
    # Only the profile list holds the name; the library files do not.
    assert NAMES["a"] in (data_dir / PROFILES_FILE).read_text(encoding="utf-8")
    for path in folder.rglob("*"):
        if path.is_file():
            assert b"Okonkwo" not in path.read_bytes()
    assert book.schema(profile.id) == f"containerstudio_{profile.id}"


def test_the_existing_library_becomes_the_default_profile_where_it_is(data_dir):
    db = open_database(data_dir)  # a library from before profiles existed
    library = Library(db)
    cid = library.create_container("From before")
    db.close()
    before = {p.relative_to(data_dir): p.stat().st_mtime_ns for p in data_dir.rglob("*")}

    book = ProfileBook(data_dir)
    (default,) = book.profiles()
    assert default.id == DEFAULT_PROFILE and book.current == DEFAULT_PROFILE
    assert book.folder(DEFAULT_PROFILE) == data_dir
    assert {p.relative_to(data_dir): p.stat().st_mtime_ns for p in data_dir.rglob("*")} == before
    book.add(NAMES["b"])
    assert (data_dir / DATABASE_NAME).exists()  # nothing moved
    opened = open_profile(book, DEFAULT_PROFILE)
    try:
        assert [info.id for info in opened.library.list_containers()] == [cid]
    finally:
        opened.close()
    with sqlite3.connect(data_dir / DATABASE_NAME) as conn:
        assert conn.execute("SELECT title FROM containers").fetchall() == [("From before",)]


def test_each_profile_keeps_its_own_defaults(data_dir, library_url):
    book = ProfileBook(data_dir, url=library_url)
    a, b = book.add(NAMES["a"]), book.add(NAMES["b"])
    first = open_profile(book, a.id)
    write_defaults(
        first.library, ProfileDefaults(session_minutes=50, pack_id="container", text_size="large")
    )
    second = switch_profile(book, first, b.id)
    assert read_defaults(second.library) == ProfileDefaults()
    write_defaults(second.library, ProfileDefaults(session_minutes=20))
    again = switch_profile(book, second, a.id)
    try:
        assert read_defaults(again.library) == ProfileDefaults(50, "container", "large")
        assert book.current == a.id
    finally:
        again.close()
    with pytest.raises(ValueError):
        write_defaults(again.library, ProfileDefaults(text_size="huge"))


def test_names_unknown_ids_and_a_damaged_list_are_said_calmly(data_dir):
    book = ProfileBook(data_dir)
    with pytest.raises(StorageProblem) as empty:
        book.add("   ")
    assert empty.value.kind is StorageKind.PROFILE_NAME_EMPTY
    for wanted in ("nobody", "../../etc", "0123456789ab"):
        with pytest.raises(StorageProblem) as unknown:
            book.open_database(wanted)
        assert unknown.value.kind is StorageKind.NO_SUCH_PROFILE
    assert not (data_dir / "etc").exists()
    profile = book.add("  Group   Tuesday ")
    assert profile.name == "Group Tuesday" and book.find("Group Tuesday") == profile
    book.rename(profile.id, "Group Thursday")
    assert book.profile(profile.id).name == "Group Thursday"

    (data_dir / PROFILES_FILE).write_text("{not json", encoding="utf-8")
    before = (data_dir / PROFILES_FILE).read_bytes()
    with pytest.raises(StorageProblem) as damaged:
        book.profiles()
    assert damaged.value.kind is StorageKind.PROFILES_UNREADABLE
    with pytest.raises(StorageProblem):
        book.add("Another")
    assert (data_dir / PROFILES_FILE).read_bytes() == before
    assert (data_dir / "profiles" / profile.id).is_dir()
