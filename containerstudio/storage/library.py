"""The library: containers, their working copy and their versions.

The database is the save file. `save_working` runs on every pen release; it writes
only the elements not stored before plus a small manifest, so its cost follows what
changed, not the size of the drawing.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, delete, func, select, update

from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import Element
from containerstudio.model.serialize import (
    DocumentFormatProblem,
    blob_key,
    build_manifest,
    check_manifest,
    element_bytes,
    element_from_bytes,
)
from containerstudio.storage.blobstore import BlobStore
from containerstudio.storage.codec import ContentCodec
from containerstudio.storage.database import Database, StorageProblem
from containerstudio.storage.element_memo import ElementMemo
from containerstudio.storage.records import ContainerInfo, VersionInfo
from containerstudio.storage.schema import blobs, containers, settings, versions

LAST_OPEN_KEY = "last_container"  # setting: the container open when the app closed


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Library:
    """Everything the app keeps, behind one small API (no Qt, no UI words)."""

    def __init__(self, db: Database, codec: ContentCodec | None = None) -> None:
        self.db = db
        self.codec = codec or ContentCodec()
        self.blobs = BlobStore(self.codec)
        self.memo = ElementMemo()  # elements are immutable: decode and hash each once
        # Autosave runs on a worker thread while the UI may load; one at a time.
        self._lock = threading.RLock()

    @property
    def data_dir(self) -> Path | None:
        """The folder holding the library file (None for a database given by URL)."""
        return self.db.path.parent if self.db.path else None

    # -- containers ------------------------------------------------------------
    def create_container(self, title: str) -> int:
        now = _now()
        with self.db.begin() as conn:
            result = conn.execute(
                containers.insert().values(
                    uid=uuid.uuid4().hex, title=title, created_at=now, updated_at=now
                )
            )
            return int(result.inserted_primary_key[0])

    def list_containers(self, *, deleted: bool = False, search: str = "") -> list[ContainerInfo]:
        """Containers newest first; `deleted=True` lists the Trash instead."""
        count = (
            select(func.count(versions.c.id))
            .where(versions.c.container_id == containers.c.id)
            .scalar_subquery()
        )
        query = select(containers, count.label("version_count")).order_by(
            containers.c.updated_at.desc(), containers.c.id.desc()
        )
        if deleted:
            query = query.where(containers.c.deleted_at.is_not(None))
        else:
            query = query.where(containers.c.deleted_at.is_(None))
        if search:
            query = query.where(containers.c.title.ilike(f"%{search}%"))
        with self.db.engine.connect() as conn:
            return [self._info(row) for row in conn.execute(query)]

    def container(self, container_id: int) -> ContainerInfo:
        for info in self.list_containers() + self.list_containers(deleted=True):
            if info.id == container_id:
                return info
        raise KeyError(container_id)

    @staticmethod
    def _info(row) -> ContainerInfo:
        return ContainerInfo(
            id=row.id,
            uid=row.uid,
            title=row.title,
            created_at=row.created_at,
            updated_at=row.updated_at,
            deleted_at=row.deleted_at,
            version_count=row.version_count,
            thumbnail_key=row.thumbnail,
        )

    def rename(self, container_id: int, title: str) -> None:
        with self.db.begin() as conn:
            conn.execute(
                update(containers).where(containers.c.id == container_id).values(title=title)
            )

    # -- documents -------------------------------------------------------------
    def element_key(self, element: Element) -> str:
        """The content key of an element (cached: elements are immutable)."""
        with self._lock:
            return self._element_key(element)[0]

    def _element_key(self, element: Element) -> tuple[str, bytes | None]:
        """(key, bytes); the bytes only when just computed (the memo keeps keys only,
        so an open drawing does not hold a second copy of itself as JSON)."""
        cached = self.memo.key_of(element)
        if cached is not None:
            return cached, None
        data = element_bytes(element)
        key = blob_key(data)
        self.memo.remember(element, key)
        return key, data

    def _store_document(
        self, conn: Connection, doc: ContainerDocument, thumbnail: bytes | None
    ) -> tuple[str, str | None]:
        with self._lock:
            return self._store_document_locked(conn, doc, thumbnail)

    def _store_document_locked(
        self, conn: Connection, doc: ContainerDocument, thumbnail: bytes | None
    ) -> tuple[str, str | None]:
        items: dict[str, tuple[bytes, bool]] = {}
        keys: list[str] = []
        self.memo.make_room(len(doc))
        for element in doc:
            key, data = self._element_key(element)
            keys.append(key)
            if not self.blobs.knows(key):
                items[key] = (data if data is not None else element_bytes(element), True)
        for aid, data in doc.used_assets().items():
            items[aid] = (data, False)  # photos are already compressed
        manifest = json.dumps(build_manifest(doc, keys), separators=(",", ":")).encode()
        manifest_key = "m" + blob_key(manifest)
        items[manifest_key] = (manifest, True)
        thumb_key = None
        if thumbnail is not None:
            thumb_key = "t" + blob_key(thumbnail)
            items[thumb_key] = (thumbnail, False)
        self.blobs.put_many(conn, items)
        return manifest_key, thumb_key

    def _load_manifest(self, conn: Connection, manifest_key: str) -> ContainerDocument:
        """Read a stored document; a missing or unreadable piece is a calm StorageProblem."""
        with self._lock:
            try:
                return self._load_manifest_locked(conn, manifest_key)
            except DocumentFormatProblem as exc:
                raise StorageProblem(str(exc), self.db.path, "newer-container") from exc
            except Exception as exc:  # missing blob, damaged bytes or JSON, unknown element
                raise StorageProblem(
                    "Part of this container could not be read back, so it was left exactly "
                    "as it is; nothing was deleted. Your other containers are unaffected, and "
                    "an earlier version or an automatic backup may hold this one whole.",
                    self.db.path,
                    "damaged-container",
                ) from exc

    def _load_manifest_locked(self, conn: Connection, manifest_key: str) -> ContainerDocument:
        manifest = json.loads(self.blobs.get_many(conn, [manifest_key])[manifest_key])
        check_manifest(manifest)
        keys: list[str] = manifest["elements"]
        self.memo.make_room(len(keys))
        known = {k: e for k in keys if (e := self.memo.element_at(k)) is not None}
        element_data = self.blobs.get_many(conn, [k for k in keys if k not in known])
        assets = self.blobs.get_many(conn, manifest["assets"])
        elements = []
        for key in keys:
            element = known.get(key)
            if element is None:  # read for the first time (known ones were refreshed above)
                element = known[key] = element_from_bytes(element_data[key])
                self.memo.remember(element, key)
            elements.append(element)
        doc = ContainerDocument(canvas_size=tuple(manifest["canvas"]))  # type: ignore[arg-type]
        doc.load(elements, assets)
        return doc

    @contextmanager
    def _storing(self) -> Iterator[Connection]:
        """A transaction that stores blobs. When it does not commit (a full disk), the
        blob store forgets what it took as stored, so the next save writes it all again."""
        try:
            with self.db.begin() as conn:
                yield conn
        except BaseException:
            self.blobs.reset()
            raise

    def save_working(
        self, container_id: int, doc: ContainerDocument, thumbnail: bytes | None = None
    ) -> None:
        """Autosave: make `doc` the container's working copy (not a new version)."""
        with self._storing() as conn:
            old = conn.execute(
                select(containers.c.working_manifest).where(containers.c.id == container_id)
            ).scalar_one()
            manifest_key, thumb_key = self._store_document(conn, doc, thumbnail)
            values: dict[str, object] = {"working_manifest": manifest_key, "updated_at": _now()}
            if thumb_key is not None:
                values["thumbnail"] = thumb_key
            conn.execute(update(containers).where(containers.c.id == container_id).values(values))
            if old and old != manifest_key:
                self._drop_if_unreferenced(conn, old)

    def _drop_if_unreferenced(self, conn: Connection, manifest_key: str) -> None:
        used = (
            conn.execute(
                select(func.count()).where(versions.c.manifest == manifest_key)
            ).scalar_one()
            + conn.execute(
                select(func.count()).where(containers.c.working_manifest == manifest_key)
            ).scalar_one()
        )
        if not used:
            conn.execute(delete(blobs).where(blobs.c.key == manifest_key))
            self.blobs.forget([manifest_key])

    def load_working(self, container_id: int) -> ContainerDocument:
        """The latest state of a container (an empty document for a new one)."""
        with self.db.engine.connect() as conn:
            key = conn.execute(
                select(containers.c.working_manifest).where(containers.c.id == container_id)
            ).scalar_one()
            if key is None:
                latest = conn.execute(
                    select(versions.c.manifest)
                    .where(versions.c.container_id == container_id)
                    .order_by(versions.c.number.desc())
                    .limit(1)
                ).scalar()
                key = latest
            if key is None:
                return ContainerDocument()
            return self._load_manifest(conn, key)

    # -- versions --------------------------------------------------------------
    def save_version(
        self,
        container_id: int,
        doc: ContainerDocument,
        *,
        name: str | None = None,
        kind: str = "named",
        note: str | None = None,
        thumbnail: bytes | None = None,
    ) -> int:
        """Keep the current state as a new version; also updates the working copy."""
        with self._storing() as conn:
            manifest_key, thumb_key = self._store_document(conn, doc, thumbnail)
            number = (
                conn.execute(
                    select(func.max(versions.c.number)).where(
                        versions.c.container_id == container_id
                    )
                ).scalar()
                or 0
            ) + 1
            result = conn.execute(
                versions.insert().values(
                    container_id=container_id,
                    number=number,
                    name=name,
                    note=self.codec.encode_text(note) if note else None,
                    kind=kind,
                    created_at=_now(),
                    manifest=manifest_key,
                    thumbnail=thumb_key,
                )
            )
            values: dict[str, object] = {"working_manifest": manifest_key, "updated_at": _now()}
            if thumb_key is not None:
                values["thumbnail"] = thumb_key
            conn.execute(update(containers).where(containers.c.id == container_id).values(values))
            return int(result.inserted_primary_key[0])

    def list_versions(self, container_id: int) -> list[VersionInfo]:
        """Versions oldest first."""
        with self.db.engine.connect() as conn:
            rows = conn.execute(
                select(versions)
                .where(versions.c.container_id == container_id)
                .order_by(versions.c.number)
            )
            return [
                VersionInfo(
                    id=r.id,
                    container_id=r.container_id,
                    number=r.number,
                    name=r.name,
                    kind=r.kind,
                    created_at=r.created_at,
                    manifest_key=r.manifest,
                    thumbnail_key=r.thumbnail,
                )
                for r in rows
            ]

    def load_version(self, version_id: int) -> ContainerDocument:
        with self.db.engine.connect() as conn:
            key = conn.execute(
                select(versions.c.manifest).where(versions.c.id == version_id)
            ).scalar_one()
            return self._load_manifest(conn, key)

    def version_note(self, version_id: int) -> str | None:
        with self.db.engine.connect() as conn:
            note = conn.execute(
                select(versions.c.note).where(versions.c.id == version_id)
            ).scalar_one()
            return self.codec.decode_text(note) if note else None

    def blob(self, key: str) -> bytes:
        """Raw bytes of a stored blob (thumbnails)."""
        with self.db.engine.connect() as conn:
            return self.blobs.get_many(conn, [key])[key]

    # -- small settings (tool, colour, size, last container) --------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        with self.db.engine.connect() as conn:
            value = conn.execute(select(settings.c.value).where(settings.c.key == key)).scalar()
            return default if value is None else value

    def container_to_open(self) -> int | None:
        """The container that was open when the app last closed, if it is still there;
        else the one changed most recently; None when there are none."""
        last = self.setting(LAST_OPEN_KEY)
        live = self.list_containers()
        if last is not None and any(info.id == int(last) for info in live):
            return int(last)
        return live[0].id if live else None

    def remember_open(self, container_id: int) -> None:
        """Keep which container is open, for the next start. An unchanged value is not
        written again: each write is a synced commit, and most starts reopen the same."""
        if self.setting(LAST_OPEN_KEY) != str(container_id):
            self.set_setting(LAST_OPEN_KEY, str(container_id))

    def set_setting(self, key: str, value: str) -> None:
        with self.db.begin() as conn:
            updated = conn.execute(
                update(settings).where(settings.c.key == key).values(value=value)
            ).rowcount
            if not updated:
                conn.execute(settings.insert().values(key=key, value=value))
