"""Acceptance 3: a new version costs what changed, not a copy of the container."""

from __future__ import annotations

import random

from lib_helpers import collage, random_stroke, with_element

from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library


def _file_size(db) -> int:
    db.checkpoint()
    return db.path.stat().st_size


def test_one_more_stroke_grows_the_file_by_under_two_percent_of_a_full_copy(tmp_path):
    doc = collage(strokes=500, photos=6)

    # A full copy: a fresh library holding only this container, once.
    full_db = open_database(tmp_path / "full")
    try:
        full = Library(full_db)
        full.save_version(full.create_container("Copy"), doc, name="all")
        full_copy = _file_size(full_db)
    finally:
        full_db.close()

    db = open_database(tmp_path / "lib")
    try:
        library = Library(db)
        cid = library.create_container("Collage")
        library.save_working(cid, doc)
        library.save_version(cid, doc, name="before")
        before = _file_size(db)

        changed = with_element(doc, random_stroke(random.Random(99)))
        library.save_working(cid, changed)
        vid = library.save_version(cid, changed, name="one more stroke")
        after = _file_size(db)
        assert Library(db).load_version(vid) == changed
    finally:
        db.close()

    growth = after - before
    print(f"full copy {full_copy} bytes, growth {growth} bytes ({growth / full_copy:.3%})")
    assert full_copy > 5_000_000, "the photos should make the container large"
    assert growth < 0.02 * full_copy


def test_many_versions_share_their_photos(tmp_path):
    """Twenty versions of a collage cost far less than twenty copies of its photos."""
    doc = collage(strokes=50, photos=2, seed=3)
    db = open_database(tmp_path / "lib")
    try:
        library = Library(db)
        cid = library.create_container("Collage")
        library.save_version(cid, doc, name="first")
        first = _file_size(db)
        rng = random.Random(5)
        for i in range(20):
            doc = with_element(doc, random_stroke(rng))
            library.save_version(cid, doc, kind="auto", name=f"v{i}")
        assert _file_size(db) < 1.5 * first
        assert len(library.list_versions(cid)) == 21
    finally:
        db.close()


def _stored(db) -> dict[str, int]:
    """Every blob in the library: key -> bytes stored."""
    from sqlalchemy import func, select

    from containerstudio.storage.schema import blobs

    with db.engine.connect() as conn:
        return dict(conn.execute(select(blobs.c.key, func.length(blobs.c.data))).all())


def _copy(doc, *more):
    """Equal copies of every element (new objects, as after reopening), plus `more`."""
    import dataclasses

    from containerstudio.model import ContainerDocument

    copy = ContainerDocument(doc.canvas_size)
    copy.load([dataclasses.replace(e) for e in doc.elements()] + list(more), doc.used_assets())
    return copy


def test_a_version_after_one_more_stroke_stores_only_that_stroke(tmp_path):
    """Blobs written by a new version: the new element and the version's manifest, no
    copy of the elements it shares with the version before (nor when restoring)."""
    from containerstudio.storage.versions import restore_version

    doc = collage(strokes=300, photos=2, seed=4)
    db = open_database(tmp_path / "lib")
    try:
        library = Library(db)
        cid = library.create_container("Collage")
        library.save_working(cid, doc)
        first = library.save_version(cid, doc, name="before")
        before = _stored(db)

        stroke = random_stroke(random.Random(11))
        reopened = Library(db)  # nothing remembered: shared elements are found stored
        second = reopened.save_version(cid, _copy(doc, stroke), name="one more stroke")
        after = _stored(db)
        new = set(after) - set(before)
        assert new == {reopened.element_key(stroke), _manifest_key(db, second)}, (
            f"{len(new)} blobs written for one more stroke"
        )
        growth = sum(after.values()) - sum(before.values())
        photos = doc.used_assets()
        elements = sum(s for k, s in before.items() if k[0] not in "mt" and k not in photos)
        assert growth == sum(after[key] for key in new)
        assert growth < 0.05 * elements, f"grew {growth} bytes; the elements hold {elements}"

        restore_version(reopened, cid, first, name="back")
        assert set(_stored(db)) == set(after), "a restored version shares every blob"
        assert len(reopened.list_versions(cid)) == 3 and Library(db).load_working(cid) == doc
    finally:
        db.close()


def _manifest_key(db, version_id: int) -> str:
    from sqlalchemy import select

    from containerstudio.storage.schema import versions

    with db.engine.connect() as conn:
        return conn.execute(
            select(versions.c.manifest).where(versions.c.id == version_id)
        ).scalar_one()
