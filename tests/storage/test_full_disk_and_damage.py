"""Acceptance (hardening): a full disk loses nothing, and a damaged container is told
about calmly while the rest of the library stays usable."""

from __future__ import annotations

import random

import pytest
from lib_helpers import random_stroke, with_element
from sqlalchemy import update

from containerstudio.model.document import ContainerDocument
from containerstudio.storage.database import StorageProblem, open_database
from containerstudio.storage.library import Library
from containerstudio.storage.schema import blobs, containers


def _grow(doc: ContainerDocument, rng: random.Random, n: int) -> ContainerDocument:
    for _ in range(n):
        doc = with_element(doc, random_stroke(rng, 120))
    return doc


def test_full_disk_then_space_again_stores_every_element(small_disk, data_dir):
    db = open_database(data_dir)
    library = Library(db)
    cid = library.create_container("Full disk")
    rng = random.Random(7)
    doc = _grow(ContainerDocument(), rng, 3)
    library.save_working(cid, doc)

    small_disk.fill(db)
    doc = _grow(doc, rng, 60)
    for _ in range(2):  # repeated tries on a full disk: each one told calmly
        with pytest.raises(StorageProblem) as caught:
            library.save_working(cid, doc)
        assert caught.value.kind == "disk-full"
        assert "disk is full" in caught.value.message
    assert len(library.load_working(cid)) == 3, "the last good save was kept intact"

    small_disk.free()
    library.save_working(cid, doc)
    db.close()

    again = Library(open_database(data_dir))
    back = again.load_working(cid)
    assert [e.to_dict() for e in back] == [e.to_dict() for e in doc]
    again.db.close()


def _two_containers(data_dir):
    library = Library(open_database(data_dir))
    rng = random.Random(3)
    good = library.create_container("Whole")
    hurt = library.create_container("Hurt")
    library.save_working(good, _grow(ContainerDocument(), rng, 2))
    library.save_working(hurt, _grow(ContainerDocument(), rng, 4))
    return library, good, hurt


def _element_keys(library: Library, cid: int) -> list[str]:
    return [library.element_key(e) for e in library.load_working(cid)]


@pytest.mark.parametrize("damage", ["missing-element", "garbled-element", "garbled-manifest"])
def test_damaged_container_is_a_calm_problem_and_nothing_is_deleted(data_dir, damage):
    library, good, hurt = _two_containers(data_dir)
    key = _element_keys(library, hurt)[1]
    with library.db.begin() as conn:
        manifest_key = (
            conn.execute(containers.select().where(containers.c.id == hurt)).one().working_manifest
        )
        if damage == "missing-element":
            conn.execute(blobs.delete().where(blobs.c.key == key))
        elif damage == "garbled-element":
            conn.execute(update(blobs).where(blobs.c.key == key).values(data=b"z\x00garbled"))
        else:
            conn.execute(
                update(blobs).where(blobs.c.key == manifest_key).values(data=b"\x00not json")
            )
    with library.db.engine.connect() as conn:
        before = conn.execute(blobs.select().order_by(blobs.c.key)).all()
        rows_before = conn.execute(containers.select().order_by(containers.c.id)).all()
    fresh = Library(library.db)  # a new run: nothing remembered
    with pytest.raises(StorageProblem) as caught:
        fresh.load_working(hurt)
    assert caught.value.kind == "damaged-container"
    assert "nothing was deleted" in caught.value.message
    # Read again after the attempt: the damaged container is still listed as it was.
    assert fresh.container(hurt).title == "Hurt"
    assert len(fresh.load_working(good)) == 2, "the other container opens as before"
    assert {c.title for c in fresh.list_containers()} == {"Whole", "Hurt"}
    with library.db.engine.connect() as conn:
        assert conn.execute(blobs.select().order_by(blobs.c.key)).all() == before
        rows_after = conn.execute(containers.select().order_by(containers.c.id)).all()
        assert rows_after == rows_before, "the container rows (title, manifest) are untouched"
    library.db.close()
