"""Acceptance 5 and the library's lifecycle: duplicate, Trash, restore, purge."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from lib_helpers import noisy_photo, random_stroke

from containerstudio.model import ContainerDocument
from containerstudio.model.elements import new_id
from containerstudio.model.placed import ImageElement
from containerstudio.model.serialize import element_bytes
from containerstudio.storage.backups import backup_database
from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from containerstudio.storage.schema import sessions, slips
from containerstudio.storage.trash import (
    duplicate_container,
    move_to_trash,
    purge_container,
    restore_from_trash,
)

SLIP_TEXT = "SLIP-MARKER-7f3a the thing I put away: my uncle's kitchen, 1998"
NOTE_TEXT = "NOTE-MARKER-c91e made after the hard session in March"
SESSION_STATE = b"SESSION-MARKER-55d2 step 7 of 11, check-in 8"


def _doc_with_photo(photo: bytes, shared: bytes, seed: int) -> ContainerDocument:
    rng = random.Random(seed)
    doc = ContainerDocument()
    a = doc.add_asset(photo)
    b = doc.add_asset(shared)
    elements = [random_stroke(rng) for _ in range(5)]
    elements.append(ImageElement(id=new_id(), asset=a, width=400, height=300))
    elements.append(ImageElement(id=new_id(), asset=b, width=200, height=150))
    doc.load(elements, {a: photo, b: shared})
    return doc


def _add_slip_and_session(library: Library, cid: int) -> None:
    now = dt.datetime.now()
    with library.db.begin() as conn:
        conn.execute(
            slips.insert().values(
                container_id=cid,
                uid=new_id(),
                position=0,
                kind="text",
                text=library.codec.encode_text(SLIP_TEXT),
                created_at=now,
            )
        )
        conn.execute(
            sessions.insert().values(
                container_id=cid,
                pack_id="container",
                state=library.codec.encode(SESSION_STATE),
                created_at=now,
                updated_at=now,
            )
        )


def _needles(library: Library, photo: bytes, doc: ContainerDocument) -> dict[str, bytes]:
    """Byte strings that betray the purged container: plain and as the codec stores them."""
    needles = {
        "slip text": SLIP_TEXT.encode(),
        "slip text (stored)": library.codec.encode_text(SLIP_TEXT),
        "note": NOTE_TEXT.encode(),
        "note (stored)": library.codec.encode_text(NOTE_TEXT),
        "session (stored)": library.codec.encode(SESSION_STATE),
    }
    stroke = doc.elements()[0]
    needles["stroke (stored)"] = library.codec.encode(element_bytes(stroke))
    for i, offset in enumerate(range(1000, len(photo) - 64, len(photo) // 9)):
        needles[f"photo bytes {i}"] = photo[offset : offset + 48]
    return needles


def _found(folder: Path, needles: dict[str, bytes], skip: set[Path]) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path in skip:
            continue
        data = path.read_bytes()
        for name, needle in needles.items():
            if needle in data:
                hits.setdefault(name, []).append(path.name)
    return hits


def test_purge_leaves_no_trace_in_database_wal_or_new_backups(data_dir):
    db = open_database(data_dir)
    library = Library(db)
    photo = noisy_photo(11, size=(640, 480), fmt="PNG")
    shared = noisy_photo(12, size=(320, 240), fmt="PNG")
    keep_id = library.create_container("Keep me")
    keep_doc = _doc_with_photo(noisy_photo(13, size=(320, 240), fmt="PNG"), shared, 1)
    library.save_version(keep_id, keep_doc, name="kept")
    gone_id = library.create_container("Purge me")
    gone_doc = _doc_with_photo(photo, shared, 2)
    library.save_working(gone_id, gone_doc, thumbnail=b"THUMB-MARKER-0a1b" * 20)
    library.save_version(gone_id, gone_doc, name="first", note=NOTE_TEXT)
    _add_slip_and_session(library, gone_id)
    old_backup = backup_database(db.path, data_dir / "backups", reason="daily")

    needles = _needles(library, photo, gone_doc)
    needles["thumbnail"] = b"THUMB-MARKER-0a1b" * 3
    before = _found(data_dir, needles, skip={old_backup})
    # The search can see them while the container exists (so the test can fail).
    assert set(before) == set(needles), sorted(set(needles) - set(before))

    move_to_trash(library, gone_id)
    purge_container(library, gone_id)
    new_backup = backup_database(db.path, data_dir / "backups", reason="daily")
    assert new_backup.exists()
    try:
        after = _found(data_dir, needles, skip={old_backup})
        assert after == {}, after
        assert gone_id not in [c.id for c in library.list_containers(deleted=True)]
        # What stays is whole: the other container (sharing a photo) loads completely.
        assert Library(db).load_version(library.list_versions(keep_id)[0].id) == keep_doc
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        db.close()
    wal = data_dir / "library.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.both_engines
def test_trash_restore_and_duplicate(data_dir):
    db = open_database(data_dir)
    try:
        library = Library(db)
        rng = random.Random(4)
        cid = library.create_container("Jar")
        doc = ContainerDocument()
        doc.load([random_stroke(rng) for _ in range(3)], {})
        library.save_working(cid, doc)
        _add_slip_and_session(library, cid)

        copy_id = duplicate_container(library, cid, "Jar (copy)")
        assert library.load_working(copy_id) == doc
        with db.engine.connect() as conn:
            copied = conn.execute(slips.select().where(slips.c.container_id == copy_id)).all()
        assert len(copied) == 1

        move_to_trash(library, cid)
        assert [c.id for c in library.list_containers()] == [copy_id]
        assert [c.id for c in library.list_containers(deleted=True)] == [cid]
        restore_from_trash(library, cid)
        assert {c.id for c in library.list_containers()} == {cid, copy_id}

        # Purging the original leaves the duplicate whole (shared blobs stay).
        purge_container(library, cid)
        assert Library(db).load_working(copy_id) == doc
        # Saving again after a purge stores any blob the purge removed.
        library.save_working(copy_id, doc)
        assert Library(db).load_working(copy_id) == doc
    finally:
        db.close()
