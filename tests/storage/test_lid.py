"""A closed lid, asked in one place: kept across a reopening, and no export content of a
closed container holds its slips (Qt-free)."""

from __future__ import annotations

import pytest

from containerstudio.model.document import ContainerDocument, closed_copy
from containerstudio.model.elements import Stroke, new_id
from containerstudio.model.slips import Slip
from containerstudio.services.session_export import gather_session_content
from containerstudio.storage.database import open_database
from containerstudio.storage.guided import GuidedStore
from containerstudio.storage.library import Library
from containerstudio.storage.lid import lid_closed, set_lid_closed
from containerstudio.storage.trash import duplicate_container

pytestmark = pytest.mark.both_engines

WORD = "quietmarker-wren-40b7"


def _stroke(part: str, y: float) -> Stroke:
    return Stroke(id=new_id(), color="#00ff7f", points=((100, y, 1), (900, y, 1)), part=part)


def test_the_lid_is_kept_and_closed_content_leaves_slips_inside(data_dir):
    db = open_database(data_dir)
    library = Library(db)
    cid = library.create_container("Mine")
    other = library.create_container("Another")
    GuidedStore(db, library.codec).save_slip(cid, Slip(text=WORD))
    assert not lid_closed(library, cid)
    set_lid_closed(library, cid, True)
    assert gather_session_content(library, cid, [], include_slips=True).slips == []
    db.close()

    db = open_database(data_dir)  # kept across a reopening, per container
    library = Library(db)
    assert lid_closed(library, cid) and not lid_closed(library, other)
    copy = duplicate_container(library, cid, "Mine (copy)")
    assert lid_closed(library, copy), "a copy cannot be a way around the closed lid"
    assert gather_session_content(library, copy, [], include_slips=True).slips == []
    set_lid_closed(library, cid, False)
    assert gather_session_content(library, cid, [], include_slips=True).slips == [WORD]
    db.close()


def test_closed_copy_leaves_out_the_inside_only():
    doc = ContainerDocument((1000, 800))
    outside, inside, lid = _stroke("outside", 100), _stroke("inside", 400), _stroke("lid", 50)
    doc.load([outside, inside, lid], {})
    closed = closed_copy(doc)
    assert [e.id for e in closed] == [outside.id, lid.id]
    assert closed.canvas_size == (1000, 800)
    assert len(doc) == 3, "the document itself is untouched"
