"""Builders for the exchange tests: a container with versions, photos and slips, and a
fingerprint of a whole library (its database content and its key file)."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "storage"))

from lib_helpers import noisy_photo, random_stroke

from containerstudio.model import ContainerDocument
from containerstudio.model.elements import new_id
from containerstudio.model.placed import ImageElement
from containerstudio.model.slips import Slip
from containerstudio.storage.database import open_database
from containerstudio.storage.guided import GuidedStore
from containerstudio.storage.library import Library
from containerstudio.storage.paths import DATABASE_NAME

SLIP_MARKER = "SLIPWORD-Q7ZX"


def open_library(folder: Path) -> Library:
    folder.mkdir(parents=True, exist_ok=True)
    return Library(open_database(folder))


def make_container(library: Library, versions: int = 10, photos: int = 3, seed: int = 5) -> int:
    """A container with `versions` versions (each adding strokes, on every part), the
    photos placed along the way, three slips (words, a drawing, a blank) and a note."""
    rng = random.Random(seed)
    cid = library.create_container("Harbour box")
    pictures = [
        noisy_photo(seed + i, size=(320, 240), fmt="JPEG" if i % 2 else "PNG")
        for i in range(photos)
    ]
    elements = []
    assets: dict[str, bytes] = {}
    for number in range(1, versions + 1):
        for _ in range(3):
            stroke = random_stroke(rng, 12)
            part = ("outside", "inside", "lid")[rng.randrange(3)]
            elements.append(type(stroke)(**{**stroke.__dict__, "part": part}))
        if number <= photos:
            data = pictures[number - 1]
            doc = ContainerDocument()
            aid = doc.add_asset(data)
            assets[aid] = data
            elements.append(
                ImageElement(id=new_id(), asset=aid, width=320, height=240, x=200.0 * number)
            )
        doc = ContainerDocument()
        doc.load(list(elements), dict(assets))
        library.save_version(
            cid,
            doc,
            name=f"step {number}" if number % 2 else None,
            kind="named" if number % 2 else "auto",
            note="a quiet note" if number == 4 else None,
        )
    store = GuidedStore(library.db, library.codec)
    store.save_slip(cid, Slip(kind="word", text=SLIP_MARKER, folded=True))
    store.save_slip(cid, Slip(kind="drawing", drawing=(((0.1, 0.2), (0.5, 0.6)),)))
    store.save_slip(cid, Slip(kind="blank"))
    return cid


def library_fingerprint(folder: Path) -> str:
    """A hash of everything the library holds: every row of every table (read through
    SQLite, so the write-ahead log counts) and the key files beside it."""
    digest = hashlib.sha256()
    conn = sqlite3.connect(f"{(folder / DATABASE_NAME).resolve().as_uri()}?mode=ro", uri=True)
    try:
        for line in conn.iterdump():
            digest.update(line.encode())
    finally:
        conn.close()
    for name in sorted(p.name for p in folder.iterdir() if p.name.startswith("keys.json")):
        digest.update(name.encode() + (folder / name).read_bytes())
    return digest.hexdigest()
