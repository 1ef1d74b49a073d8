"""Cached pixels of finished stroke runs, so a big container opens without redrawing
every stroke.

An entry belongs to a run by the content key of the run's first element and covers its
first `count` elements, checked by a hash of their keys. Strokes are appended, so after
more drawing the cached prefix still matches and only the newer strokes are drawn. The
pixels are derived data: they pass through the codec like all artwork, are removed with
their container, and any entry may be dropped at any time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import delete, select

from containerstudio.storage.codec import ContentCodec, pixels_identity
from containerstudio.storage.database import Database, container_uid
from containerstudio.storage.schema import render_cache

# Bump when the way strokes are painted changes, so old pixels are not reused.
RENDER_FORMAT = 2


def prefix_hash(keys: list[str]) -> str:
    """Hash of a run's first element keys (and the paint format)."""
    digest = hashlib.sha256(f"format {RENDER_FORMAT}\n".encode())
    for key in keys:
        digest.update(key.encode())
        digest.update(b"\n")
    return digest.hexdigest()[:32]


@dataclass(frozen=True)
class RunPixels:
    first_key: str
    count: int
    prefix_hash: str
    x: int
    y: int
    width: int
    height: int
    # Premultiplied ARGB32, row after row, when handed to replace(); empty when read by
    # entries() (pixels_of reads them when they are wanted).
    pixels: bytes


class RenderCacheStore:
    """Reads and replaces a container's cached run pixels."""

    def __init__(self, db: Database, codec: ContentCodec | None = None) -> None:
        self.db = db
        self.codec = codec or ContentCodec()

    def _uid(self, container_id: int) -> str:
        return container_uid(self.db, container_id)

    def entries(self, container_id: int) -> dict[str, RunPixels]:
        """All cached runs of a container, by first element key, without their pixels
        (`pixels` is empty: `pixels_of` reads them, on any thread)."""
        c = render_cache.c
        query = select(c.first_key, c.count, c.prefix_hash, c.x, c.y, c.width, c.height).where(
            c.container_id == container_id
        )
        with self.db.engine.connect() as conn:
            rows = conn.execute(query).all()
        return {
            r.first_key: RunPixels(
                r.first_key, r._mapping["count"], r.prefix_hash, r.x, r.y, r.width, r.height, b""
            )
            for r in rows
        }

    def pixels_of(self, container_id: int, entry: RunPixels) -> bytes:
        """The plain pixels of an entry; ValueError when they were replaced since."""
        c = render_cache.c
        query = select(c.pixels).where(
            c.container_id == container_id,
            c.first_key == entry.first_key,
            c.prefix_hash == entry.prefix_hash,
        )
        with self.db.engine.connect() as conn:
            stored = conn.execute(query).scalar()
        if stored is None:
            raise ValueError("these cached pixels are no longer there")
        identity = pixels_identity(self._uid(container_id), entry.first_key, entry.prefix_hash)
        raw = self.codec.decode(stored, identity=identity)
        if len(raw) != entry.width * entry.height * 4:
            raise ValueError("cached pixels of another size")
        return raw

    def replace(self, container_id: int, runs: list[RunPixels]) -> None:
        """Make `runs` the container's whole cache (older entries are dropped)."""
        uid = self._uid(container_id)
        rows = [
            {
                "container_id": container_id,
                "first_key": r.first_key,
                "count": r.count,
                "prefix_hash": r.prefix_hash,
                "x": r.x,
                "y": r.y,
                "width": r.width,
                "height": r.height,
                "pixels": self.codec.encode(
                    r.pixels, fast=True, identity=pixels_identity(uid, r.first_key, r.prefix_hash)
                ),
            }
            for r in runs
        ]
        with self.db.begin() as conn:
            conn.execute(delete(render_cache).where(render_cache.c.container_id == container_id))
            if rows:
                conn.execute(render_cache.insert(), rows)
