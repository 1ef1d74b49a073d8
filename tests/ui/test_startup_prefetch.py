"""At start-up the drawing to open is read on the storage lane, whatever it holds.

The lane reads it before the window's canvas code has loaded; a drawing with photos,
stickers, text and shapes must read back there too, or the UI thread reads it again.
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
    print("FIRST", None if first is None else (first[0], sorted({e.kind for e in first[1]})))
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
    assert f"FIRST ({cid}, {kinds})" in result.stdout.splitlines(), result.stdout
