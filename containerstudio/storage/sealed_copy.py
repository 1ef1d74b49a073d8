"""Duplicating a container in an encrypted library.

A plain duplicate shares its blobs with the original. In an encrypted library each
container's content is sealed under its own key, so that removing one for good
destroys exactly its content: a duplicate is written afresh under its new key.
"""

from __future__ import annotations

import dataclasses
import uuid

from sqlalchemy import select

from containerstudio.storage.guided import GuidedStore
from containerstudio.storage.library import Library
from containerstudio.storage.schema import containers


def duplicate_sealed(library: Library, container_id: int, title: str) -> int:
    """A new container with the current drawing, thumbnail and slips of another one."""
    doc = library.load_working(container_id)
    with library.db.engine.connect() as conn:
        thumb_key = conn.execute(
            select(containers.c.thumbnail).where(containers.c.id == container_id)
        ).scalar()
    thumbnail = library.blob(thumb_key) if thumb_key else None
    new_id = library.create_container(title)
    library.save_working(new_id, doc, thumbnail)
    store = GuidedStore(library.db, library.codec)
    for slip in store.slips_of(container_id):
        store.save_slip(new_id, dataclasses.replace(slip, uid=uuid.uuid4().hex))
    return new_id
