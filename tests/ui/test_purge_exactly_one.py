"""Acceptance 9: "Remove for good" removes exactly that container.

Three containers are made through the real window (strokes in their own colour, a
photo of their own colour, versions with names and notes, a slip, a reflection). After
one is removed for good (no passcode), its marker colours and words are in no row of
any table (each value read raw, through the codec, and as an image where it is one)
and not in the database file's bytes after a checkpoint, nor in a new backup; the
other two keep every row, version, thumbnail, photo and cached pixel, byte for byte.
"""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
from pathlib import Path

import numpy as np
from canvas_helpers import choose_tool
from helpers import drag, line
from PIL import Image

from containerstudio.model.slips import Slip
from containerstudio.storage.backups import backup_database
from containerstudio.storage.codec import ContentCodec
from containerstudio.storage.guided import GuidedStore
from containerstudio.storage.trash import move_to_trash, purge_container, referenced_keys

# (marker word, stroke colour, photo colour) for each container; the first is removed.
MARKERS = [
    ("QUINCEGONE", (0x13, 0x57, 0x9B), (0x9B, 0x31, 0x6D)),
    ("MEDLARKEPT", (0x2E, 0x8B, 0x1F), (0xC4, 0x7A, 0x05)),
    ("LOQUATKEPT", (0x6A, 0x1B, 0x9A), (0x05, 0x9E, 0xA4)),
]
TABLES = ("containers", "versions", "blobs", "render_cache", "sessions", "slips", "settings")
PER_CONTAINER = {
    "containers": "id",
    "versions": "container_id",
    "render_cache": "container_id",
    "sessions": "container_id",
    "slips": "container_id",
}


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _make_container(window, qtbot, tmp_path: Path, index: int) -> int:
    word, stroke, photo = MARKERS[index]
    if index:
        before = window.current.container_id
        window.new_container()  # named, made on the storage lane, then opened
        window.naming_dialog.accept()  # the neutral default name
        qtbot.waitUntil(lambda: window.current.container_id != before, timeout=10000)
    cid = window.current.container_id
    choose_tool(qtbot, window, "pencil")  # after a photo comes in, Move is chosen
    window.tool_settings.set_color(_hex(stroke))
    window.tool_settings.set_width(14)
    for i in range(15):
        y = 150 + i * 50
        drag(window, line(150, y, 1100, y + 30, steps=8))
    picture = tmp_path / f"picture-{index}.png"
    Image.new("RGB", (320, 240), photo).save(picture, "PNG")
    window.studio.photos.import_sources([str(picture)])
    qtbot.waitUntil(lambda: not window.studio.photos.busy, timeout=20000)
    window.current.save_version(name=f"{word} version name", note=f"{word} version note")
    choose_tool(qtbot, window, "pencil")
    drag(window, line(200, 1000, 900, 1050))
    window.current.save_version(name=f"{word} second", note=f"{word} second note")
    window.work.wait()
    library = window.library
    library.rename(cid, f"{word} title")
    guided = GuidedStore(library.db, library.codec)
    guided.save_session(cid, "container", {"answers": {"reflect": f"{word} reflection answer"}})
    guided.save_slip(cid, Slip(kind="word", text=f"{word} slip words"))
    return cid


def _values(value: object, codec: ContentCodec) -> list[bytes]:
    """A cell as bytes: as stored, decoded through the codec, and (for an image) its
    pixels as RGB bytes."""
    if value is None or isinstance(value, (int, float)):
        return [str(value).encode()]
    if isinstance(value, str):
        return [value.encode()]
    forms = [bytes(value)]
    with contextlib.suppress(Exception):  # not every value is a codec blob
        forms.append(codec.decode(bytes(value)))
    for form in list(forms):
        with contextlib.suppress(Exception):  # nor an image
            forms.append(Image.open(io.BytesIO(form)).convert("RGB").tobytes())
    return forms


def _has_colour(data: bytes, rgb: tuple[int, int, int]) -> bool:
    """Three pixels in a row of exactly this colour: as RGB (images, photos) or as
    premultiplied ARGB32 in memory order B, G, R, A (the render cache's pixels)."""
    r, g, b = rgb
    return bytes([r, g, b]) * 3 in data or bytes([b, g, r, 255]) * 3 in data


def _traces(db_file: Path, word: str, colours: list[tuple[int, int, int]]) -> list[str]:
    """Where the marker word or colours appear, cell by cell, in every table."""
    codec = ContentCodec()
    found = []
    conn = sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in names:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            columns = [d[0] for d in cursor.description]
            for row in cursor:
                for column, value in zip(columns, row, strict=True):
                    for form in _values(value, codec):
                        if word.encode() in form:
                            found.append(f"{table}.{column}: word")
                        found += [
                            f"{table}.{column}: colour {_hex(c)}"
                            for c in colours
                            if _has_colour(form, c) or _hex(c).encode() in form
                        ]
    finally:
        conn.close()
    return found


def _rows_of(library, cids: list[int]) -> dict[str, list[tuple]]:
    """Every row belonging to `cids`, and every blob they refer to (keys and bytes)."""
    from sqlalchemy import text

    rows: dict[str, list[tuple]] = {}
    with library.db.engine.connect() as conn:
        for table, column in PER_CONTAINER.items():
            marks = ",".join(str(c) for c in cids)
            rows[table] = [
                tuple(r)
                for r in conn.execute(
                    text(f"SELECT * FROM {table} WHERE {column} IN ({marks}) ORDER BY 1, 2")
                )
            ]
        keys = _keys_of(conn, library, cids)
        rows["blobs"] = [
            tuple(r)
            for r in conn.execute(text("SELECT * FROM blobs ORDER BY key"))
            if r.key in keys
        ]
    return rows


def _keys_of(conn, library, cids: list[int]) -> set[str]:
    from sqlalchemy import text

    roots = set()
    marks = ",".join(str(c) for c in cids)
    for a, b in conn.execute(
        text(f"SELECT working_manifest, thumbnail FROM containers WHERE id IN ({marks})")
    ):
        roots.update(k for k in (a, b) if k)
    for a, b in conn.execute(
        text(f"SELECT manifest, thumbnail FROM versions WHERE container_id IN ({marks})")
    ):
        roots.update(k for k in (a, b) if k)
    keys = set(roots)
    for key in [k for k in roots if k.startswith("m")]:
        data = json.loads(library.blobs.get_many(conn, [key])[key])
        keys.update(data["elements"], data["assets"])
    return keys


def test_remove_for_good_removes_exactly_that_container(open_window, qtbot, data_dir, tmp_path):
    window = open_window()
    cids = [_make_container(window, qtbot, tmp_path, i) for i in range(len(MARKERS))]
    library = window.library
    window.close()  # keeps the last container's cached pixels; switching kept the others'
    window.work.wait()
    gone, kept = cids[0], cids[1:]
    word, *colours = MARKERS[0]
    db_file = data_dir / "library.sqlite3"

    before = _rows_of(library, kept)
    for table in ("versions", "render_cache", "sessions", "slips"):
        assert _rows_of(library, [gone])[table], f"the test made no {table} for the container"
        assert before[table], f"the test made no {table} for the others"
    with library.db.engine.connect() as conn:
        from sqlalchemy import text

        thumbs = {
            key
            for (key,) in conn.execute(
                text(
                    "SELECT thumbnail FROM versions WHERE thumbnail IS NOT NULL AND "
                    f"container_id IN ({','.join(str(c) for c in kept)})"
                )
            )
        }
    assert len(thumbs) >= 4, "the others' versions have their own thumbnails"
    library.db.checkpoint()
    seen = _traces(db_file, word, colours)
    for where in ("title", "name", "note", "state", "text", "pixels", "data"):
        assert any(f".{where}:" in s for s in seen), f"the scan cannot see {where}: {seen}"
    assert any("colour" in s and s.startswith("render_cache") for s in seen), seen
    assert any("colour" in s and s.startswith("blobs") for s in seen), seen

    move_to_trash(library, gone)
    purge_container(library, gone)
    library.db.checkpoint()

    assert _traces(db_file, word, colours) == []
    raw = db_file.read_bytes()
    assert word.encode() not in raw and _hex(colours[0]).encode() not in raw
    backup = backup_database(db_file, data_dir / "backups", reason="daily")
    assert _traces(backup, word, colours) == []
    assert word.encode() not in backup.read_bytes()

    after = _rows_of(library, kept)
    for table in before:
        assert after[table] == before[table], f"{table} of the other containers changed"
    for cid in kept:  # still readable whole, and the thumbnails still there
        for version in library.list_versions(cid):
            assert len(library.load_version(version.id)) > 0
            arr = np.asarray(Image.open(io.BytesIO(library.blob(version.thumbnail_key))))
            assert arr.size > 0
    with library.db.engine.connect() as conn:
        stored = {r[0] for r in conn.exec_driver_sql("SELECT key FROM blobs")}
        assert stored == referenced_keys(conn, library), "no blob of the removed one remains"
    for other_word, *other_colours in MARKERS[1:]:
        assert _traces(db_file, other_word, other_colours), "the others are all still there"
