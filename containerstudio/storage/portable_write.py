"""Adding a whole container that arrived from elsewhere (a portable or sealed file) in
one transaction: its row, every version, its working copy, its slips and its lid.

Everything is checked before it gets here (containerstudio/exchange/portable_format.py);
this only writes, through the same codec and content addresses as every other save. If
anything fails on the way (a full disk), the transaction rolls back and the new
container's key is destroyed again, so the library is exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, update

from containerstudio.model import clock
from containerstudio.model.document import ContainerDocument
from containerstudio.model.slips import Slip
from containerstudio.storage.codec import ContentCodec, slip_identity
from containerstudio.storage.database import inserted_id
from containerstudio.storage.library import Library
from containerstudio.storage.lid import LID_KEY
from containerstudio.storage.schema import containers, settings, slips, versions


@dataclass(frozen=True)
class PortableVersion:
    """One version as it travels: its number, name, kind, note, time and drawing."""

    number: int
    name: str | None
    kind: str
    note: str | None
    created_at: dt.datetime
    doc: ContainerDocument


@dataclass(frozen=True)
class PortableContainer:
    """A container as it travels (its title, lid, versions, working copy and slips)."""

    title: str
    created_at: dt.datetime
    lid_closed: bool
    versions: tuple[PortableVersion, ...]
    working: ContainerDocument | None
    slips: tuple[Slip, ...]

    def documents(self) -> list[ContainerDocument]:
        """Every drawing it holds: each version's, then the working copy."""
        found = [version.doc for version in self.versions]
        return found + ([self.working] if self.working is not None else [])

    @property
    def photo_count(self) -> int:
        """How many distinct pictures travel with it (photos and fill masks)."""
        return len({aid for doc in self.documents() for aid in doc.used_assets()})


def add_container(library: Library, container: PortableContainer) -> int:
    """Write `container` into `library` as a new container; return its id."""
    uid = uuid.uuid4().hex
    keyring = library.keyring
    if keyring is not None:
        keyring.add_container(uid)  # the key is written before any content, as always
    container_id: int | None = None
    try:
        with library._storing() as conn:
            now = clock.now()
            result = conn.execute(
                containers.insert().values(
                    uid=uid,
                    created_at=container.created_at,
                    updated_at=now,
                    **library._seal_title(uid, container.title),
                )
            )
            container_id = inserted_id(result)
            library._uids[container_id] = uid  # read back inside this transaction
            working: str | None = None
            for version in container.versions:
                working, _ = library._store_document(conn, container_id, version.doc, None)
                conn.execute(
                    versions.insert().values(
                        container_id=container_id,
                        number=version.number,
                        kind=version.kind,
                        created_at=version.created_at,
                        manifest=working,
                        thumbnail=None,
                        **library._seal_version_texts(
                            uid, version.number, version.name, version.note
                        ),
                    )
                )
            if container.working is not None:
                working, _ = library._store_document(conn, container_id, container.working, None)
            conn.execute(
                update(containers)
                .where(containers.c.id == container_id)
                .values(working_manifest=working)
            )
            for position, slip in enumerate(container.slips):
                conn.execute(
                    slips.insert().values(
                        container_id=container_id,
                        uid=slip.uid,
                        position=position,
                        created_at=now,
                        **_slip_values(library.codec, uid, slip),
                    )
                )
            lid = LID_KEY.format(container_id)  # an id used before may have left its row
            conn.execute(delete(settings).where(settings.c.key == lid))
            conn.execute(
                settings.insert().values(key=lid, value="1" if container.lid_closed else "0")
            )
    except BaseException:
        if container_id is not None:
            library._uids.pop(container_id, None)
        if keyring is not None:
            keyring.destroy_container(uid)
        raise
    return container_id


def _slip_values(codec: ContentCodec, uid: str, slip: Slip) -> dict[str, Any]:
    """A slip's columns, its words and drawing through the codec (as storage/guided.py)."""
    drawing = None
    if slip.drawing:
        drawing = codec.encode(
            json.dumps(slip.drawing).encode(), identity=slip_identity(uid, slip.uid, "drawing")
        )
    text = None
    if slip.text:
        text = codec.encode_text(slip.text, identity=slip_identity(uid, slip.uid, "text"))
    return {"kind": slip.kind, "folded": slip.folded, "text": text, "drawing": drawing}
