"""Any document saved and loaded is equal; versions share unchanged elements."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from containerstudio.model import ContainerDocument, Stroke
from containerstudio.model.elements import PARTS, STROKE_TOOLS
from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library

pytestmark = pytest.mark.both_engines

point = st.tuples(
    st.floats(-100, 2000, allow_nan=False).map(lambda v: round(v, 2)),
    st.floats(-100, 2000, allow_nan=False).map(lambda v: round(v, 2)),
    st.floats(0, 1, allow_nan=False).map(lambda v: round(v, 3)),
)
stroke = st.builds(
    Stroke,
    id=st.text("abcdef0123456789", min_size=8, max_size=16),
    part=st.sampled_from(PARTS),
    tool=st.sampled_from(STROKE_TOOLS),
    color=st.from_regex(r"#[0-9a-f]{6}", fullmatch=True),
    width=st.floats(0.5, 200).map(lambda v: round(v, 2)),
    opacity=st.floats(0.05, 1).map(lambda v: round(v, 3)),
    points=st.lists(point, max_size=40).map(tuple),
)
documents = st.lists(stroke, max_size=25, unique_by=lambda s: s.id)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(strokes=documents)
def test_saved_document_loads_equal(tmp_path_factory, strokes):
    db = open_database(tmp_path_factory.mktemp("lib"))
    try:
        library = Library(db)
        cid = library.create_container("Round trip")
        doc = ContainerDocument()
        doc.load(strokes, {})
        library.save_working(cid, doc)
        vid = library.save_version(cid, doc, name="v")
        assert Library(db).load_working(cid) == doc
        assert Library(db).load_version(vid) == doc
    finally:
        db.close()


def test_unicode_title_and_empty_document(data_dir):
    db = open_database(data_dir)
    try:
        library = Library(db)
        cid = library.create_container("Κουτί · Шкатулка · boîte")
        assert library.load_working(cid) == ContainerDocument()
        assert library.list_containers()[0].title == "Κουτί · Шкатулка · boîte"
    finally:
        db.close()
