"""Duplicate, Trash, restore and purge containers; collect unreferenced blobs.

Moving to the Trash only marks a container (`deleted_at`), so it can come back.
Purging removes its rows (versions, slips, sessions), then every blob no remaining
container or version refers to, and finally rewrites the file (WAL checkpoint and
VACUUM) so the removed bytes are not left in free pages or the write-ahead log.
"""

from __future__ import annotations

import json
import uuid

from sqlalchemy import Connection, delete, select, update

from containerstudio.model import clock
from containerstudio.storage.codec import blob_identity
from containerstudio.storage.database import inserted_id
from containerstudio.storage.library import Library
from containerstudio.storage.lid import lid_closed, set_lid_closed
from containerstudio.storage.schema import (
    blobs,
    containers,
    render_cache,
    sessions,
    slips,
    versions,
)
from containerstudio.storage.sealed_copy import duplicate_sealed


def duplicate_container(library: Library, container_id: int, title: str) -> int:
    """A new container holding the current state (and slips) of another one.

    The copy shares its blobs with the original, so it costs a few rows; it starts
    its own history (versions are not copied). A copy of a closed container is closed.
    """
    if library.encrypted:  # each container sealed under its own key: written afresh
        return duplicate_sealed(library, container_id, title)
    now = clock.now()
    with library.db.begin() as conn:
        row = conn.execute(select(containers).where(containers.c.id == container_id)).one()
        manifest = row.working_manifest
        if manifest is None:
            manifest = conn.execute(
                select(versions.c.manifest)
                .where(versions.c.container_id == container_id)
                .order_by(versions.c.number.desc())
                .limit(1)
            ).scalar()
        new_id = inserted_id(
            conn.execute(
                containers.insert().values(
                    uid=uuid.uuid4().hex,
                    title=title,
                    profile=row.profile,
                    created_at=now,
                    updated_at=now,
                    working_manifest=manifest,
                    thumbnail=row.thumbnail,
                )
            )
        )
        for slip in conn.execute(select(slips).where(slips.c.container_id == container_id)):
            values = dict(slip._mapping)
            values.pop("id")
            values.update(container_id=new_id, uid=uuid.uuid4().hex)
            conn.execute(slips.insert().values(values))
    if lid_closed(library, container_id):  # a copy of a closed container stays closed
        set_lid_closed(library, new_id, True)
    return new_id


def move_to_trash(library: Library, container_id: int) -> None:
    """Soft delete: the container moves to the Trash and can be restored."""
    with library.db.begin() as conn:
        conn.execute(
            update(containers).where(containers.c.id == container_id).values(deleted_at=clock.now())
        )


def restore_from_trash(library: Library, container_id: int) -> None:
    with library.db.begin() as conn:
        conn.execute(
            update(containers).where(containers.c.id == container_id).values(deleted_at=None)
        )


def referenced_keys(conn: Connection, library: Library) -> set[str]:
    """Every blob key some container or version still needs (manifests parsed)."""
    roots: set[str] = set()
    for manifest, thumb in conn.execute(
        select(containers.c.working_manifest, containers.c.thumbnail)
    ):
        roots.update(k for k in (manifest, thumb) if k)
    for manifest, thumb in conn.execute(select(versions.c.manifest, versions.c.thumbnail)):
        roots.update(k for k in (manifest, thumb) if k)
    keys = set(roots)
    manifest_keys = sorted(k for k in roots if k.startswith("m"))
    for start in range(0, len(manifest_keys), 200):
        chunk = manifest_keys[start : start + 200]
        for key, data in conn.execute(
            select(blobs.c.key, blobs.c.data).where(blobs.c.key.in_(chunk))
        ):
            manifest = json.loads(library.codec.decode(data, identity=blob_identity(key)))
            keys.update(manifest.get("elements", []))
            keys.update(manifest.get("assets", []))
    return keys


def collect_garbage(library: Library) -> int:
    """Delete blobs nothing refers to any more; return how many were removed."""
    with library._lock, library.db.begin() as conn:
        keep = referenced_keys(conn, library)
        stored = list(conn.execute(select(blobs.c.key)).scalars())
        unused = [k for k in stored if k not in keep]
        for start in range(0, len(unused), 500):
            conn.execute(delete(blobs).where(blobs.c.key.in_(unused[start : start + 500])))
        # The blob store must write these again if a live document still holds them.
        library.blobs.forget(unused)
        library.memo.forget(unused)
    return len(unused)


def purge_container(library: Library, container_id: int) -> int:
    """Remove a container for good from this library file; return blobs removed.

    Backups made before the purge and copies elsewhere are not touched; the caller's
    wording says so.
    """
    with library._lock:
        library.destroy_container_key(container_id)
        with library.db.begin() as conn:
            for table in (slips, sessions, versions, render_cache):
                conn.execute(delete(table).where(table.c.container_id == container_id))
            conn.execute(delete(containers).where(containers.c.id == container_id))
        removed = collect_garbage(library)
        compact(library)
    return removed


def empty_trash(library: Library) -> int:
    """Purge every container in the Trash; return how many were purged."""
    trashed = library.list_containers(deleted=True)
    for info in trashed:
        purge_container(library, info.id)
    return len(trashed)


def compact(library: Library) -> None:
    """Fold the WAL into the file, rebuild it without free pages, and empty the WAL."""
    if library.db.engine.dialect.name != "sqlite":
        return
    library.db.checkpoint()
    with library.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM")
    library.db.checkpoint()
