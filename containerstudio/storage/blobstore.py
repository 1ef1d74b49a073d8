"""Content-addressed blobs: each distinct byte string is stored once."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, select

from containerstudio.storage.codec import ContentCodec, blob_identity
from containerstudio.storage.parallel_decode import decode_rows
from containerstudio.storage.schema import blobs


class BlobStore:
    """Put and get blobs by key inside a caller's transaction.

    Remembers which keys exist, so re-saving an unchanged element costs nothing.
    """

    def __init__(self, codec: ContentCodec) -> None:
        self.codec = codec
        self._known: set[str] = set()

    def knows(self, key: str) -> bool:
        """True when `key` is known to be stored already (no need to pass its bytes)."""
        return key in self._known

    def put_many(
        self, conn: Connection, items: dict[str, tuple[bytes, bool]], container: str | None = None
    ) -> int:
        """Store `key -> (data, compress)` items not stored yet; return bytes written.
        `container` (its uid) chooses the content key in an encrypted library."""
        todo = [k for k in items if k not in self._known]
        if not todo:
            return 0
        present: set[str] = set()
        for start in range(0, len(todo), 500):
            chunk = todo[start : start + 500]
            present.update(
                conn.execute(select(blobs.c.key).where(blobs.c.key.in_(chunk))).scalars()
            )
        rows = []
        written = 0
        for key in todo:
            if key in present:
                continue
            data, compress = items[key]
            stored = self.codec.encode(
                data, compress=compress, identity=blob_identity(key, container)
            )
            written += len(stored)
            rows.append({"key": key, "data": stored, "size": len(data)})
        if rows:
            conn.execute(blobs.insert(), rows)
        self._known.update(todo)
        return written

    def get_many(self, conn: Connection, keys: Iterable[str]) -> dict[str, bytes]:
        wanted = list(dict.fromkeys(keys))
        found: dict[str, bytes] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = conn.execute(
                select(blobs.c.key, blobs.c.data).where(blobs.c.key.in_(chunk))
            ).all()
            found.update(decode_rows(self.codec, rows))
        self._known.update(found)
        missing = [k for k in wanted if k not in found]
        if missing:
            raise KeyError(f"{len(missing)} stored pieces are missing")
        return found

    def forget(self, keys: Iterable[str]) -> None:
        self._known.difference_update(keys)

    def reset(self) -> None:
        self._known.clear()
