"""Helpers for the encryption tests: a library full of marker content, byte searches."""

from __future__ import annotations

import base64
import io
import re
import zlib
from pathlib import Path

from PIL import Image

from containerstudio.model import ContainerDocument, Stroke
from containerstudio.model.placed import ImageElement
from containerstudio.model.slips import Slip
from containerstudio.storage.guided import GuidedStore
from containerstudio.storage.keys import KdfParams
from containerstudio.storage.library import Library
from containerstudio.storage.render_cache import RenderCacheStore, RunPixels

# Argon2id made cheap for tests (the real parameters are measured in benchmarks/).
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASSCODE = "quiet harbour 7"

MARKERS = {
    "title": "TITLEMARK-7Q",
    "slip": "SLIPMARK-3Z",
    "reflection": "REFLECTMARK-9K",
    "version name": "VNAMEMARK-2W",
    "version note": "VNOTEMARK-5D",
    "check-in": "CHECKINMARK-8V",
    "safety card": "CARDMARK-4J",
    "stroke colour": "#a1b2c3",
}
PIXEL_PATTERN = b"\x13\x37\xc0\xde\xfa\xce\x0b\x1e" * 3  # 24 bytes = 8 RGB pixels
CACHE_PATTERN = b"\xde\xad\xbe\xef\x5a\x17\x0c\x99" * 4


def pattern_png() -> bytes:
    """A PNG whose pixel rows repeat PIXEL_PATTERN (searched raw and decompressed)."""
    width, height = 64, 48
    row = (PIXEL_PATTERN * (width * 3 // len(PIXEL_PATTERN) + 1))[: width * 3]
    image = Image.frombytes("RGB", (width, height), row * height)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def marked_document() -> ContainerDocument:
    doc = ContainerDocument()
    photo = pattern_png()
    aid = doc.add_asset(photo)
    stroke = Stroke(
        id="marked-stroke",
        color=MARKERS["stroke colour"],
        points=tuple((10.0 + i, 20.0 + i, 0.5) for i in range(30)),
    )
    doc.load(
        [ImageElement(id="marked-photo", asset=aid, width=64, height=48), stroke], {aid: photo}
    )
    return doc


def fill_with_markers(library: Library) -> int:
    """Write every kind of private content with a marker in it; return the container."""
    cid = library.create_container(MARKERS["title"])
    doc = marked_document()
    library.save_working(cid, doc, thumbnail=pattern_png())
    library.save_version(
        cid,
        doc,
        name=MARKERS["version name"],
        note=MARKERS["version note"],
        thumbnail=pattern_png(),
    )
    store = GuidedStore(library.db, library.codec)
    store.save_session(
        cid,
        "container",
        {"answers": {"intention": MARKERS["reflection"]}, "checkins": {MARKERS["check-in"]: 4}},
    )
    store.save_slip(cid, Slip(text=MARKERS["slip"]))
    library.set_private_setting("safety_card", MARKERS["safety card"])
    RenderCacheStore(library.db, library.codec).replace(
        cid,
        [
            RunPixels(
                library.element_key(doc.elements()[1], cid), 1, "p" * 32, 0, 0, 4, 2, CACHE_PATTERN
            )
        ],
    )
    return cid


def needles() -> dict[str, tuple[bytes, ...]]:
    """What to look for: each marker, also as the base64 a plain private setting is kept
    in (tag byte 0 then the text), and the two pixel patterns."""
    found = {
        name: (text.encode(), base64.b64encode(b"\x00" + text.encode())[:-4])
        for name, text in MARKERS.items()
    }
    found["photo pixels"] = (PIXEL_PATTERN,)
    found["cached pixels"] = (CACHE_PATTERN,)
    return found


_ZLIB_START = re.compile(rb"\x78[\x01\x5e\x9c\xda]")


def _streams(data: bytes):
    """The bytes themselves, then every zlib stream found in them, decompressed."""
    yield data
    for match in _ZLIB_START.finditer(data):
        try:
            yield zlib.decompressobj().decompress(data[match.start() :], 1 << 22)
        except zlib.error:
            continue


def leaks(path: Path, wanted: dict[str, tuple[bytes, ...]] | None = None) -> set[str]:
    """Names of the needles found in a file, raw or inside any zlib stream."""
    wanted = wanted or needles()
    data = path.read_bytes()
    found: set[str] = set()
    for stream in _streams(data):
        found.update(name for name, ways in wanted.items() if any(w in stream for w in ways))
    return found


def leaks_in_folder(folder: Path) -> dict[str, set[str]]:
    """Every file under `folder` (database, -wal, backups, logs, keys) with what leaks."""
    result = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            found = leaks(path)
            if found:
                result[str(path.relative_to(folder))] = found
    return result
