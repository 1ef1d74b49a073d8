"""Elements read once are handed out again by key: reopening a container or loading a
version that shares elements does not decode them twice, and the memo stays bounded."""

from __future__ import annotations

import random

import pytest
from lib_helpers import random_stroke, with_element

import containerstudio.storage.library as library_module
from containerstudio.model import ContainerDocument
from containerstudio.storage.database import open_database
from containerstudio.storage.element_memo import ElementMemo
from containerstudio.storage.library import Library
from containerstudio.storage.trash import move_to_trash, purge_container

pytestmark = pytest.mark.both_engines


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path)
    yield database
    database.close()


def _calls(monkeypatch, name: str) -> list[int]:
    """Count the library's calls of `name` (a serialization function) from now on."""
    calls: list[int] = []
    real = getattr(library_module, name)
    monkeypatch.setattr(library_module, name, lambda arg: calls.append(1) or real(arg))
    return calls


def _doc(n: int, seed: int = 1) -> ContainerDocument:
    rng = random.Random(seed)
    doc = ContainerDocument()
    doc.load([random_stroke(rng, 12) for _ in range(n)], {})
    return doc


def test_a_reopened_container_shares_the_elements_already_read(db):
    saved = _doc(30)
    Library(db).save_working(cid := Library(db).create_container("a"), saved)
    library = Library(db)  # a fresh library: nothing known yet
    first = library.load_working(cid)
    again = library.load_working(cid)
    assert again == first == saved
    assert all(a is b for a, b in zip(again, first, strict=True))


def test_a_version_sharing_all_but_one_element_reads_only_that_one(db, monkeypatch):
    library = Library(db)
    cid = library.create_container("a")
    doc = _doc(20)
    library.save_version(cid, doc, name="before")
    changed = with_element(doc, random_stroke(random.Random(7), 12))
    vid = library.save_version(cid, changed, name="after")

    fresh = Library(db)
    fresh.load_working(cid)
    decoded = _calls(monkeypatch, "element_from_bytes")
    assert fresh.load_version(vid) == changed
    assert len(decoded) == 0  # the working copy is this version: all known already
    older = fresh.load_version(vid - 1)
    assert older == doc and len(decoded) == 0


def test_the_memo_forgets_the_least_recently_used_beyond_its_capacity():
    memo = ElementMemo(capacity=3)
    strokes = [random_stroke(random.Random(i), 3) for i in range(4)]
    for i, s in enumerate(strokes):
        memo.remember(s, f"k{i}")
        if i == 1:
            assert memo.element_at("k0") is strokes[0]  # k0 becomes the most recent
    assert len(memo) == 3
    assert memo.element_at("k1") is None and memo.key_of(strokes[1]) is None
    assert memo.element_at("k0") is strokes[0] and memo.key_of(strokes[3]) == "k3"


def test_a_purged_container_leaves_nothing_in_the_memo(db):
    library = Library(db)
    keep, gone = library.create_container("keep"), library.create_container("gone")
    kept = _doc(5, seed=1)
    library.save_working(keep, kept)
    library.save_working(gone, _doc(5, seed=2))
    library.load_working(gone)
    gone_keys = [library.element_key(e) for e in library.load_working(gone)]
    assert all(library.memo.element_at(k) is not None for k in gone_keys)
    move_to_trash(library, gone)
    purge_container(library, gone)
    assert all(library.memo.element_at(k) is None for k in gone_keys)
    assert library.load_working(keep) == kept


def test_a_drawing_bigger_than_the_bound_keeps_all_its_keys(db, monkeypatch):
    library = Library(db)
    library.memo.capacity = 10  # far below the drawing's size
    cid = library.create_container("big")
    doc = _doc(40)
    library.save_working(cid, doc)
    hashed = _calls(monkeypatch, "element_bytes")
    library.save_working(cid, with_element(doc, random_stroke(random.Random(2), 5)))
    assert len(hashed) == 1  # only the new stroke; the other forty are still known


def test_a_known_key_is_read_while_a_save_holds_the_library(db):
    """Opening a container matches cached pixels by element key on the UI thread; a
    large save on the storage thread holds the library's lock meanwhile. A key already
    known is answered without waiting for that lock; a new element still waits."""
    import threading

    library = Library(db)
    cid = library.create_container("held")
    library.save_working(cid, _doc(20))
    known = library.load_working(cid).elements()[3]
    expected = library.element_key(known, cid)
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with library._lock:
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(10)
        answers: list[str] = []
        asker = threading.Thread(target=lambda: answers.append(library.element_key(known, cid)))
        asker.start()
        asker.join(5)
        assert answers == [expected], "the known key waited for the lock a save holds"
        together: list[list[str]] = []
        asker = threading.Thread(target=lambda: together.append(library.element_keys([known], cid)))
        asker.start()
        asker.join(5)
        assert together == [[expected]], "known keys looked up together waited for the lock"
        fresh = _doc(1, seed=99).elements()[0]
        waiting = threading.Thread(target=lambda: answers.append(library.element_key(fresh)))
        waiting.start()
        waiting.join(0.2)
        assert waiting.is_alive(), "a new element's key was worked out outside the lock"
    finally:
        release.set()
        holder.join(10)
    waiting.join(10)
    assert len(answers) == 2 and answers[1] != expected


@pytest.mark.parametrize("encrypted", [False, True])
def test_element_keys_are_each_elements_key_in_order(tmp_path, encrypted):
    """Looked up together (opening matches a drawing's cached pixels by them), the keys
    are those of one at a time: read ones from the memo, new ones hashed, in order, and
    in an encrypted library each container's own."""
    from containerstudio.storage.encryption import enable_encryption
    from tests.storage.crypto_helpers import FAST_KDF, PASSCODE

    library = Library(open_database(tmp_path))
    if encrypted:
        enable_encryption(library, PASSCODE, FAST_KDF)
    first, second = library.create_container("a"), library.create_container("b")
    library.save_working(first, _doc(30))
    read = library.load_working(first).elements()
    fresh = _doc(5, seed=9).elements()
    mixed = [*read[::-1], *fresh]
    for cid in (first, second, None):
        assert library.element_keys(mixed, cid) == [library.element_key(e, cid) for e in mixed]
    if encrypted:
        assert library.element_keys(read, first) != library.element_keys(read, second)
    assert library.element_keys([], first) == []
    library.db.close()
