"""At start-up the container to open is read on the storage lane, whatever it holds.

The lane reads it before the window's canvas code has loaded; a drawing with photos,
stickers, text and shapes must read back there too, or the UI thread reads it again.
What the guide shows of it and its cached pixels' index are read there with it.
"""

from __future__ import annotations

import textwrap

from fresh_python import run_python
from render_fixture import build_document

from containerstudio.storage.database import open_database
from containerstudio.storage.library import LAST_OPEN_KEY, Library

READ_ON_THE_LANE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from containerstudio.ui.shell.startup import open_library_in_background

    opened = open_library_in_background(Path(sys.argv[1]))
    first = opened.first
    kinds = None if first is None else sorted({e.kind for e in first.doc})
    print("FIRST", None if first is None else (first.container_id, kinds))
    print("WITH", first is not None and first.guide is not None and first.cached_runs is not None)
    import tomllib
    from containerstudio.ui.studio import artwork

    def unread(_text):
        raise AssertionError("read again")

    tomllib.loads = unread  # what the dock lists was read on the lane already
    print("ARTWORK", [len(artwork.load_artwork(c)) > 0 for c in ("templates", "stickers")])
    opened.db.close()
    """
)


def test_a_drawing_with_every_kind_is_read_on_the_storage_lane(data_dir):
    db = open_database(data_dir)
    library = Library(db)
    cid = library.create_container("kinds")
    doc = build_document()
    library.save_working(cid, doc)
    library.set_setting(LAST_OPEN_KEY, str(cid))
    db.close()
    kinds = sorted({e.kind for e in doc})
    assert "image" in kinds and "stroke" in kinds
    result = run_python(READ_ON_THE_LANE, str(data_dir))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"FIRST ({cid}, {kinds})" in lines, result.stdout
    assert "WITH True" in lines, "its guide state and cached pixels' index are read there too"
    assert "ARTWORK [True, True]" in lines, "the artwork the studio lists is read there too"
