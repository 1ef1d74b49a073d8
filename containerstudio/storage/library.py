"""The library: containers, their working copy and their versions.

The database is the save file. `save_working` runs on every pen release; it writes
only the elements not stored before plus a small manifest, so its cost follows what
changed, not the size of the drawing.

In an encrypted library (docs/encryption.md) everything the person made or wrote goes
through the codec sealed under its container's key, and content addresses are keyed
per container, so the same code serves both kinds of library.
"""

from __future__ import annotations

import base64
import json
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Row, delete, func, select, update

from containerstudio.model import clock
from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import Element
from containerstudio.model.serialize import (
    DocumentFormatProblem,
    build_manifest,
    check_manifest,
    element_bytes,
    element_from_bytes,
)
from containerstudio.storage.blobstore import BlobStore
from containerstudio.storage.codec import (
    ContentCodec,
    SealedContentProblem,
    setting_identity,
    title_identity,
    version_identity,
)
from containerstudio.storage.database import Database, inserted_id
from containerstudio.storage.element_memo import ElementMemo
from containerstudio.storage.problem import StorageKind, StorageProblem
from containerstudio.storage.records import ContainerInfo, VersionInfo
from containerstudio.storage.schema import blobs, containers, settings, versions

if TYPE_CHECKING:
    from containerstudio.storage.keys import KeyRing
    from containerstudio.storage.server import ContainerHold

LAST_OPEN_KEY = "last_container"  # setting: the container open when the app closed
ENCRYPTION_KEY = "crypto.library_id"  # setting: present when the library is encrypted
PRIVATE_PREFIX = "private."  # settings stored through the codec (private_setting)


class Library:
    """Everything the app keeps, behind one small API (no Qt, no UI words)."""

    def __init__(
        self, db: Database, codec: ContentCodec | None = None, keyring: KeyRing | None = None
    ) -> None:
        """An encrypted library finds its (locked) key ring in the data folder unless
        one is given; `unlock` opens it."""
        self.db = db
        if codec is None:
            if keyring is None:
                library_id = self.setting(ENCRYPTION_KEY)
                if library_id is not None and db.folder is not None:
                    from containerstudio.storage.keys import KeyRing  # loads cryptography

                    keyring = KeyRing.open(db.folder, library_id)
            codec = ContentCodec(keyring)
        self.codec = codec
        self.blobs = BlobStore(self.codec)
        self.memo = ElementMemo()  # elements are immutable: decode and hash each once
        # One memo per container when encrypted: content addresses differ per container.
        self._memos: dict[str, ElementMemo] = {}
        self._uids: dict[int, str] = {}
        # Autosave runs on a worker thread while the UI may load; one at a time.
        self._lock = threading.RLock()
        self._holds: dict[int, ContainerHold] = {}

    # -- encryption --------------------------------------------------------------
    @property
    def keyring(self) -> KeyRing | None:
        """The keys of an encrypted library (None for a plain one)."""
        return self.codec.keyring

    @property
    def encrypted(self) -> bool:
        return self.codec.keyring is not None

    @property
    def is_locked(self) -> bool:
        return self.keyring is not None and self.keyring.is_locked

    def unlock(self, passcode: str) -> None:
        """Open an encrypted library; PasscodeNotAccepted leaves it locked."""
        if self.keyring is not None:
            self.keyring.unlock(passcode)

    def lock(self) -> None:
        """Drop the keys and everything decoded with them that this object holds."""
        if self.keyring is None:
            return
        with self._lock:
            self.keyring.lock()
            self._memos.clear()  # decoded elements are not held for the lock's sake

    def container_uid(self, container_id: int) -> str:
        """The uid of a container (it chooses the container's key); cached."""
        found = self._uids.get(container_id)
        if found is None:
            with self.db.engine.connect() as conn:
                found = conn.execute(
                    select(containers.c.uid).where(containers.c.id == container_id)
                ).scalar_one()
            self._uids[container_id] = found
        return found

    def _scope(self, container_id: int | None) -> str | None:
        """Whose keys address and seal a container's content (None in a plain library)."""
        if not self.encrypted or container_id is None:
            return None
        return self.container_uid(container_id)

    def _memo(self, scope: str | None) -> ElementMemo:
        if scope is None:
            return self.memo
        memo = self._memos.get(scope)
        if memo is None:
            memo = self._memos[scope] = ElementMemo()
        return memo

    def destroy_container_key(self, container_id: int) -> None:
        """Destroy a container's key (Remove for good): its content in any backup or
        copy of the database can no longer be read, even with the passcode."""
        if self.keyring is None:
            self._uids.pop(container_id, None)  # its id may be given to a new container
            return
        uid = self.container_uid(container_id)
        with self._lock:
            self.keyring.destroy_container(uid)
            self._memos.pop(uid, None)
            self._uids.pop(container_id, None)

    def _seal_title(self, uid: str, title: str) -> dict[str, object]:
        if not self.encrypted:
            return {"title": title, "sealed_title": None}
        return {
            "title": "",
            "sealed_title": self.codec.encode_text(title, identity=title_identity(uid)),
        }

    def _title_of(self, row: Row[Any]) -> str:
        if row.sealed_title is None:
            title: str = row.title
            return title
        try:
            return self.codec.decode_text(row.sealed_title, identity=title_identity(row.uid))
        except SealedContentProblem:
            return ""  # a container whose key was destroyed (seen in an old backup)

    @property
    def data_dir(self) -> Path | None:
        """The local folder of this library: its file, or (on a server) what stays on
        this computer, such as the keys of a protected library."""
        return self.db.folder

    # -- holding a container open (a server shared by several apps) ------------
    def hold(self, container_id: int, *, only: bool = False) -> None:
        """Claim a container for this app while it is open here. On a server another
        app holding it means a calm StorageProblem (OPEN_ELSEWHERE), and nothing of it
        is read; an SQLite library is already this app's alone (its lock file).
        `only`: once it is held, let go of every other (the window shows one at a time;
        when this one is refused, the one still open stays held)."""
        if container_id not in self._holds:
            from containerstudio.storage.server import hold_container

            uid = self.container_uid(container_id)
            self._holds[container_id] = hold_container(self.db.engine, uid)
        if only:
            for other in [held for held in self._holds if held != container_id]:
                self.release(other)

    def release(self, container_id: int) -> None:
        """Let other apps open the container again."""
        hold = self._holds.pop(container_id, None)
        if hold is not None:
            hold.release()

    def release_all(self) -> None:
        for container_id in list(self._holds):
            self.release(container_id)

    # -- containers ------------------------------------------------------------
    def create_container(self, title: str) -> int:
        now = clock.now()
        uid = uuid.uuid4().hex
        if self.keyring is not None:
            self.keyring.add_container(uid)  # the key is written before any content
        with self.db.begin() as conn:
            result = conn.execute(
                containers.insert().values(
                    uid=uid, created_at=now, updated_at=now, **self._seal_title(uid, title)
                )
            )
            container_id = inserted_id(result)
        self._uids[container_id] = uid
        return container_id

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
        if search and not self.encrypted:
            query = query.where(containers.c.title.ilike(f"%{search}%"))
        with self.db.engine.connect() as conn:
            rows = conn.execute(query).all()
        if self.keyring is not None:  # removed for good since (an older backup restored)
            rows = [row for row in rows if self.keyring.has_container(row.uid)]
        found = [self._info(row) for row in rows]
        if search and self.encrypted:  # titles are sealed: search them here
            found = [info for info in found if search.casefold() in info.title.casefold()]
        return found

    def container(self, container_id: int) -> ContainerInfo:
        for info in self.list_containers() + self.list_containers(deleted=True):
            if info.id == container_id:
                return info
        raise KeyError(container_id)

    def _info(self, row: Row[Any]) -> ContainerInfo:
        self._uids[row.id] = row.uid
        return ContainerInfo(
            id=row.id,
            uid=row.uid,
            title=self._title_of(row),
            created_at=row.created_at,
            updated_at=row.updated_at,
            deleted_at=row.deleted_at,
            version_count=row.version_count,
            thumbnail_key=row.thumbnail,
        )

    def rename(self, container_id: int, title: str) -> None:
        values = self._seal_title(self.container_uid(container_id), title)
        with self.db.begin() as conn:
            conn.execute(update(containers).where(containers.c.id == container_id).values(values))

    # -- documents -------------------------------------------------------------
    def element_key(self, element: Element, container_id: int | None = None) -> str:
        """The content key of an element in a container (cached: elements are
        immutable). In a plain library every container gives the same key.

        A key already known is read without the library's lock, so the UI thread (a
        container opening matches its cached pixels by key) never waits behind a large
        save holding it: the memo's entries are replaced whole, and each read checks
        that the entry is for this very element."""
        scope = self._scope(container_id)
        memo = self.memo if scope is None else self._memos.get(scope)
        if memo is not None and not self.is_locked:
            cached = memo.key_of(element)
            if cached is not None:
                return cached
        with self._lock:
            return self._element_key(element, scope)[0]

    def element_keys(
        self, elements: Iterable[Element], container_id: int | None = None
    ) -> list[str]:
        """`element_key` of each, in order, looked up together: opening a big drawing
        asks for thousands (to match its cached pixels), and one call takes the lock and
        finds the container's memo once instead of each time. Like `element_key`, keys
        already known are read without the lock a large save may hold."""
        wanted = list(elements)
        scope = self._scope(container_id)
        memo = self.memo if scope is None else self._memos.get(scope)
        known: list[str | None] = [None] * len(wanted)
        if memo is not None and not self.is_locked:
            known = [memo.key_of(element) for element in wanted]
            if all(key is not None for key in known):
                return [key for key in known if key is not None]
        with self._lock:
            return [
                self._element_key(element, scope)[0] if key is None else key
                for element, key in zip(wanted, known, strict=True)
            ]

    def _element_key(self, element: Element, scope: str | None) -> tuple[str, bytes | None]:
        """(key, bytes); the bytes only when just computed (the memo keeps keys only,
        so an open drawing does not hold a second copy of itself as JSON)."""
        memo = self._memo(scope)
        cached = memo.key_of(element)
        if cached is not None:
            return cached, None
        data = element_bytes(element)
        key = self.codec.content_key(data, scope)
        memo.remember(element, key)
        return key, data

    def _store_document(
        self, conn: Connection, container_id: int, doc: ContainerDocument, thumbnail: bytes | None
    ) -> tuple[str, str | None]:
        scope = self._scope(container_id)
        with self._lock:
            return self._store_document_locked(conn, scope, doc, thumbnail)

    def _store_document_locked(
        self, conn: Connection, scope: str | None, doc: ContainerDocument, thumbnail: bytes | None
    ) -> tuple[str, str | None]:
        items: dict[str, tuple[bytes, bool]] = {}
        keys: list[str] = []
        self._memo(scope).make_room(len(doc))
        for element in doc:
            key, data = self._element_key(element, scope)
            keys.append(key)
            if not self.blobs.knows(key):
                items[key] = (data if data is not None else element_bytes(element), True)
        asset_ids: dict[str, str] = {}
        for aid, data in doc.used_assets().items():
            # The plain address of a photo is its asset id; an encrypted one is keyed.
            akey = self.codec.asset_key(aid, scope)
            asset_ids[akey] = aid
            items[akey] = (data, False)  # photos are already compressed
        content = build_manifest(doc, keys, list(asset_ids))
        if scope is not None:
            content["asset_ids"] = asset_ids  # sealed with the manifest
        manifest = json.dumps(content, separators=(",", ":")).encode()
        manifest_key = "m" + self.codec.content_key(manifest, scope)
        items[manifest_key] = (manifest, True)
        thumb_key = None
        if thumbnail is not None:
            thumb_key = "t" + self.codec.content_key(thumbnail, scope)
            items[thumb_key] = (thumbnail, False)
        self.blobs.put_many(conn, items, scope)
        return manifest_key, thumb_key

    def _load_manifest(
        self, conn: Connection, container_id: int, manifest_key: str
    ) -> ContainerDocument:
        """Read a stored document; a missing or unreadable piece is a calm StorageProblem."""
        scope = self._scope(container_id)
        with self._lock:
            try:
                return self._load_manifest_locked(conn, scope, manifest_key)
            except DocumentFormatProblem as exc:
                kind = StorageKind.NEWER_CONTAINER if exc.newer else StorageKind.DAMAGED_CONTAINER
                raise StorageProblem(kind, self.db.path) from exc
            except StorageProblem:  # locked: said as it is
                raise
            except Exception as exc:  # missing blob, damaged bytes or JSON, unknown element
                raise StorageProblem(StorageKind.DAMAGED_CONTAINER, self.db.path) from exc

    def _load_manifest_locked(
        self, conn: Connection, scope: str | None, manifest_key: str
    ) -> ContainerDocument:
        manifest = json.loads(self.blobs.get_many(conn, [manifest_key])[manifest_key])
        check_manifest(manifest)
        keys: list[str] = manifest["elements"]
        memo = self._memo(scope)
        memo.make_room(len(keys))
        known = {k: e for k in keys if (e := memo.element_at(k)) is not None}
        element_data = self.blobs.get_many(conn, [k for k in keys if k not in known])
        assets = self.blobs.get_many(conn, manifest["assets"])
        if "asset_ids" in manifest:  # keyed addresses: the manifest names the ids
            assets = {manifest["asset_ids"][k]: data for k, data in assets.items()}
        elements = []
        for key in keys:
            element = known.get(key)
            if element is None:  # read for the first time (known ones were refreshed above)
                element = known[key] = element_from_bytes(element_data[key])
                memo.remember(element, key)
            elements.append(element)
        doc = ContainerDocument(canvas_size=tuple(manifest["canvas"]))
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
            manifest_key, thumb_key = self._store_document(conn, container_id, doc, thumbnail)
            values: dict[str, object] = {
                "working_manifest": manifest_key,
                "updated_at": clock.now(),
            }
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
            return self._load_manifest(conn, container_id, key)

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
        uid = self.container_uid(container_id)
        with self._storing() as conn:
            manifest_key, thumb_key = self._store_document(conn, container_id, doc, thumbnail)
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
                    **self._seal_version_texts(uid, number, name, note),
                    kind=kind,
                    created_at=clock.now(),
                    manifest=manifest_key,
                    thumbnail=thumb_key,
                )
            )
            values: dict[str, object] = {
                "working_manifest": manifest_key,
                "updated_at": clock.now(),
            }
            if thumb_key is not None:
                values["thumbnail"] = thumb_key
            conn.execute(update(containers).where(containers.c.id == container_id).values(values))
            return inserted_id(result)

    def _seal_version_texts(
        self, uid: str, number: int, name: str | None, note: str | None
    ) -> dict[str, object]:
        note_id = version_identity(uid, number, "note")
        sealed_note = self.codec.encode_text(note, identity=note_id) if note else None
        if not self.encrypted or name is None:
            return {"name": name, "sealed_name": None, "note": sealed_note}
        sealed = self.codec.encode_text(name, identity=version_identity(uid, number, "name"))
        return {"name": None, "sealed_name": sealed, "note": sealed_note}

    def _version_name(self, uid: str, row: Row[Any]) -> str | None:
        if row.sealed_name is None:
            name: str | None = row.name
            return name
        identity = version_identity(uid, row.number, "name")
        try:
            return self.codec.decode_text(row.sealed_name, identity=identity)
        except SealedContentProblem:
            return None

    def list_versions(self, container_id: int) -> list[VersionInfo]:
        """Versions oldest first."""
        uid = self.container_uid(container_id)
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
                    name=self._version_name(uid, r),
                    kind=r.kind,
                    created_at=r.created_at,
                    manifest_key=r.manifest,
                    thumbnail_key=r.thumbnail,
                )
                for r in rows
            ]

    def load_version(self, version_id: int) -> ContainerDocument:
        with self.db.engine.connect() as conn:
            container_id, key = conn.execute(
                select(versions.c.container_id, versions.c.manifest).where(
                    versions.c.id == version_id
                )
            ).one()
            return self._load_manifest(conn, container_id, key)

    def version_note(self, version_id: int) -> str | None:
        with self.db.engine.connect() as conn:
            row = conn.execute(
                select(containers.c.uid, versions.c.number, versions.c.note)
                .join(containers, containers.c.id == versions.c.container_id)
                .where(versions.c.id == version_id)
            ).one()
        if not row.note:
            return None
        identity = version_identity(row.uid, row.number, "note")
        return self.codec.decode_text(row.note, identity=identity)

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

    def private_setting(self, key: str) -> str | None:
        """A setting that passes through the codec (the safety card, for instance):
        sealed in an encrypted library, like everything the person wrote."""
        stored = self.setting(PRIVATE_PREFIX + key)
        if stored is None:
            return None
        data = base64.b64decode(stored.encode("ascii"))
        return self.codec.decode_text(data, identity=setting_identity(key))

    def set_private_setting(self, key: str, text: str) -> None:
        sealed = self.codec.encode_text(text, identity=setting_identity(key))
        self.set_setting(PRIVATE_PREFIX + key, base64.b64encode(sealed).decode("ascii"))

    def set_setting(self, key: str, value: str) -> None:
        with self.db.begin() as conn:
            updated = conn.execute(
                update(settings).where(settings.c.key == key).values(value=value)
            ).rowcount
            if not updated:
                conn.execute(settings.insert().values(key=key, value=value))
