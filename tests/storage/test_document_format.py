"""The stored document format: strokes as binary records (format 2), libraries written
with JSON strokes (format 1) still open unchanged, newer formats are refused calmly."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lib_helpers import random_stroke
from sqlalchemy import update

from containerstudio.model import ContainerDocument, Stroke
from containerstudio.model.elements import PARTS, STROKE_TOOLS
from containerstudio.model.serialize import (
    FORMAT_NAME,
    STROKE_MAGIC,
    blob_key,
    element_bytes,
    element_from_bytes,
)
from containerstudio.storage.database import StorageProblem, open_database
from containerstudio.storage.library import Library
from containerstudio.storage.schema import containers

pytestmark = pytest.mark.both_engines

strokes = st.builds(
    Stroke,
    id=st.text("abcdef0123456789", min_size=1, max_size=16),
    part=st.sampled_from(PARTS),
    tool=st.sampled_from(STROKE_TOOLS),
    color=st.from_regex(r"#[0-9a-f]{6}", fullmatch=True),
    width=st.floats(0.1, 500, allow_nan=False),
    opacity=st.floats(0, 1),
    points=st.lists(
        st.tuples(
            st.floats(-1e4, 1e4, allow_nan=False),
            st.floats(-1e4, 1e4, allow_nan=False),
            st.floats(0, 1),
        ),
        max_size=60,
    ),
)


@given(stroke=strokes)
def test_a_stroke_record_reads_back_as_the_stroke_rounded_like_json(stroke):
    record = element_bytes(stroke)
    assert record.startswith(STROKE_MAGIC)
    back = element_from_bytes(record)
    assert back == stroke.normalized()
    assert element_bytes(back) == record  # canonical: the same stroke, the same bytes


def test_a_cut_short_record_is_not_taken_for_a_stroke():
    record = element_bytes(random_stroke(random.Random(1)))
    with pytest.raises(ValueError):
        element_from_bytes(record[:-5])


def test_a_record_short_of_whole_points_is_not_taken_for_a_stroke():
    """Its points are whole doubles but not (x, y, pressure) triples."""
    record = element_bytes(random_stroke(random.Random(2)))
    for short in (8, 16):
        with pytest.raises(ValueError):
            element_from_bytes(record[:-short])


def _json_bytes(data: dict) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":")).encode()


def _store_manifest(library: Library, cid: int, manifest: dict, blobs: dict) -> None:
    data = _json_bytes(manifest)
    key = "m" + blob_key(data)
    with library.db.begin() as conn:
        library.blobs.put_many(conn, {**blobs, key: (data, True)})
        conn.execute(update(containers).where(containers.c.id == cid).values(working_manifest=key))


def test_a_library_with_json_strokes_opens_and_keeps_its_stored_pieces(tmp_path):
    db = open_database(tmp_path)
    try:
        old = Library(db)
        cid = old.create_container("made with format 1")
        rng = random.Random(3)
        drawn = [random_stroke(rng) for _ in range(12)]
        pieces = {blob_key(d): (d, True) for d in (_json_bytes(s.to_dict()) for s in drawn)}
        keys = list(pieces)
        _store_manifest(
            old,
            cid,
            {
                "format": FORMAT_NAME,
                "version": 1,
                "canvas": [1600, 1200],
                "elements": keys,
                "assets": [],
            },
            pieces,
        )

        library = Library(db)  # a later start of the app
        doc = library.load_working(cid)
        assert list(doc) == drawn

        more = ContainerDocument(doc.canvas_size)
        added = random_stroke(rng)
        more.load([*doc, added], {})
        library.save_working(cid, more)
        with db.engine.connect() as conn:
            key = (
                conn.execute(containers.select().where(containers.c.id == cid))
                .one()
                .working_manifest
            )
            manifest = json.loads(library.blobs.get_many(conn, [key])[key])
            new_piece = library.blobs.get_many(conn, manifest["elements"][-1:])
        assert manifest["version"] == 2
        assert manifest["elements"][:-1] == keys  # the JSON pieces are kept, not rewritten
        assert next(iter(new_piece.values())).startswith(STROKE_MAGIC)
        assert list(Library(db).load_working(cid)) == [*drawn, added]
    finally:
        db.close()


def test_a_document_from_a_newer_app_is_refused_calmly_and_left_alone(tmp_path):
    db = open_database(tmp_path)
    try:
        library = Library(db)
        cid = library.create_container("from the future")
        manifest = {
            "format": FORMAT_NAME,
            "version": 99,
            "canvas": [1600, 1200],
            "elements": [],
            "assets": [],
        }
        _store_manifest(library, cid, manifest, {})
        with pytest.raises(StorageProblem) as told:
            library.load_working(cid)
        assert told.value.kind == "newer-container"
        assert "newer Container Studio" in told.value.message
    finally:
        db.close()
