"""Version history helpers: restore as a new version, fingerprints of the history.

History is never rewritten: restoring an old version appends a new version (kind
"restore") holding the old document; every earlier row stays exactly as it was.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from containerstudio.storage.library import Library
from containerstudio.storage.schema import versions

VERSION_KINDS = ("named", "step", "auto", "restore")


def restore_version(
    library: Library, container_id: int, version_id: int, name: str, thumbnail: bytes | None = None
) -> int:
    """Append a new version equal to `version_id`; return the new version's id."""
    doc = library.load_version(version_id)
    return library.save_version(container_id, doc, name=name, kind="restore", thumbnail=thumbnail)


def history_fingerprint(library: Library, container_id: int) -> list[tuple[Any, ...]]:
    """Every stored field of every version row plus its manifest bytes (for checks)."""
    with library.db.engine.connect() as conn:
        rows = list(
            conn.execute(
                select(versions)
                .where(versions.c.container_id == container_id)
                .order_by(versions.c.number)
            )
        )
        manifests = library.blobs.get_many(conn, [r.manifest for r in rows]) if rows else {}
    return [(*tuple(r), manifests[r.manifest]) for r in rows]
