"""Turning encryption at rest on and off for a library, its backups included.

Turning it on seals everything in place: each container gets its own key, every blob
is re-addressed (keyed hashes) and sealed, titles, names, notes, sessions and slips
are sealed, the derived render cache is dropped, and each backup is converted the same
way, so no plain copy stays in the data folder. Turning it off does the reverse and
deletes the key file. Each file is converted in one transaction, then rebuilt (VACUUM)
and its write-ahead log emptied, so the old bytes are not left in free pages.

A container present in a backup but whose key is gone (it was removed for good) is
left out of the converted backup: it cannot be read, and it was meant to be gone.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Row, create_engine, delete, event, select, update

from containerstudio.model.document import asset_id_for
from containerstudio.storage.backups import list_backups
from containerstudio.storage.codec import (
    ContentCodec,
    Identity,
    SealedContentProblem,
    blob_identity,
    session_identity,
    setting_identity,
    slip_identity,
    title_identity,
    version_identity,
)
from containerstudio.storage.database import Database, _migrate, _set_pragmas
from containerstudio.storage.keys import (
    PENDING_KEY_FILE,
    KdfParams,
    KeyRing,
    remove_key_files,
)
from containerstudio.storage.library import ENCRYPTION_KEY, PRIVATE_PREFIX, Library
from containerstudio.storage.problem import StorageKind, StorageProblem
from containerstudio.storage.schema import (
    blobs,
    containers,
    render_cache,
    sessions,
    settings,
    slips,
    versions,
)


@dataclass
class Conversion:
    """What turning encryption on or off did."""

    keyring: KeyRing | None
    unconverted: list[Path] = field(default_factory=list)
    """Backups that could not be read (damaged), left exactly as they were."""


def enable_encryption(library: Library, passcode: str, kdf: KdfParams | None = None) -> Conversion:
    """Encrypt a plain library and its backups in place; the library stays open and
    unlocked. When the library itself cannot be converted nothing changes."""
    data_dir = _data_dir(library)
    if library.encrypted:
        raise StorageProblem(StorageKind.ALREADY_PROTECTED, data_dir)
    keyring = KeyRing.create(data_dir, passcode, kdf, pending=True)
    plain, sealed = ContentCodec(), ContentCodec(keyring)
    with library._lock:
        try:
            _reseal(library.db, plain, sealed, add_keys=True, library_id=keyring.library_id)
        except Exception as exc:
            (data_dir / PENDING_KEY_FILE).unlink(missing_ok=True)
            raise _unconvertible(data_dir, exc) from exc
        keyring.commit_pending()  # from here on the library is encrypted
        _switch(library, keyring)
    unconverted = _convert_backups(data_dir, plain, sealed, keyring.library_id)
    _compact(library.db)
    return Conversion(keyring, unconverted)


def disable_encryption(library: Library) -> Conversion:
    """Decrypt an unlocked library and its backups in place and delete its keys."""
    data_dir = _data_dir(library)
    keyring = library.keyring
    if keyring is None:
        return Conversion(None)
    sealed, plain = ContentCodec(keyring), ContentCodec()
    with library._lock:
        try:
            _reseal(library.db, sealed, plain, add_keys=False, library_id=None)
        except StorageProblem:
            raise
        except Exception as exc:
            raise _unconvertible(data_dir, exc) from exc
        _switch(library, None)
    unconverted = _convert_backups(data_dir, sealed, plain, None)
    if not unconverted:  # a backup still sealed keeps its keys
        remove_key_files(data_dir)
    keyring.lock()
    _compact(library.db)
    return Conversion(None, unconverted)


def _unconvertible(data_dir: Path, exc: BaseException) -> StorageProblem:
    if isinstance(exc, StorageProblem):
        return exc
    return StorageProblem(StorageKind.UNCONVERTIBLE, data_dir)


def _convert_backups(
    data_dir: Path, source: ContentCodec, target: ContentCodec, library_id: str | None
) -> list[Path]:
    left = []
    for backup in _backups(data_dir):
        try:
            _convert_file(backup, source, target, library_id=library_id)
        except Exception:  # a damaged backup: left as it is, and named to the person
            backup.with_name(backup.name + ".part").unlink(missing_ok=True)
            left.append(backup)
    return left


def _data_dir(library: Library) -> Path:
    if library.data_dir is None:
        raise StorageProblem(StorageKind.ON_A_SERVER)
    return library.data_dir


def _switch(library: Library, keyring: KeyRing | None) -> None:
    """Everyone holding this library's codec now reads and writes the new way."""
    library.codec.keyring = keyring
    library.blobs.reset()
    library.memo.clear()
    library._memos.clear()


def _backups(data_dir: Path) -> list[Path]:
    return list_backups(data_dir / "backups")


def _convert_file(
    path: Path, source: ContentCodec, target: ContentCodec, *, library_id: str | None
) -> None:
    """Convert one backup file: on a copy, then put in place of the original."""
    tmp = path.with_name(path.name + ".part")
    with open(path, "rb") as src, open(tmp, "wb") as dst:
        dst.write(src.read())
    os.chmod(tmp, 0o600)
    engine = create_engine(f"sqlite:///{tmp}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    try:
        _migrate(engine)  # an older backup gets the columns sealed names need
        db = Database(engine, tmp)
        _reseal(db, source, target, add_keys=False, library_id=library_id)
        _compact(db)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
    finally:
        engine.dispose()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _compact(db: Database) -> None:
    db.checkpoint()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM")
    db.checkpoint()


class _Mover:
    """Re-addresses and re-encodes one container's blobs from one codec to another."""

    def __init__(
        self,
        conn: Connection,
        source: ContentCodec,
        target: ContentCodec,
        uid: str,
        written: set[str],
    ) -> None:
        self.conn, self.source, self.target, self.uid = conn, source, target, uid
        self.scope = uid if target.sealed else None
        self.written = written
        self.moved: dict[str, str] = {}
        self.asset_ids: dict[str, str] = {}  # new asset address -> asset id

    def read(self, key: str) -> bytes:
        stored = self.conn.execute(select(blobs.c.data).where(blobs.c.key == key)).scalar()
        if stored is None:
            raise KeyError("a stored piece is missing")
        return self.source.decode(stored, identity=blob_identity(key))

    def put(self, prefix: str, data: bytes, compress: bool) -> str:
        return self.store(prefix + self.target.content_key(data, self.scope), data, compress)

    def store(self, key: str, data: bytes, compress: bool = False) -> str:
        if key not in self.written:
            present = self.conn.execute(select(blobs.c.key).where(blobs.c.key == key)).scalar()
            if present is None:
                stored = self.target.encode(
                    data, compress=compress, identity=blob_identity(key, self.scope)
                )
                self.conn.execute(blobs.insert().values(key=key, data=stored, size=len(data)))
            self.written.add(key)
        return key

    def move(self, key: str, prefix: str = "", compress: bool = True) -> str:
        found = self.moved.get(key)
        if found is None:
            found = self.moved[key] = self.put(prefix, self.read(key), compress)
        return found

    def move_thumbnail(self, key: str | None) -> str | None:
        """Thumbnails are derived: one that went missing stays missing."""
        if not key:
            return None
        try:
            return self.move(key, "t", compress=False)
        except KeyError:
            return None

    def move_manifest(self, key: str) -> str:
        found = self.moved.get(key)
        if found is not None:
            return found
        manifest = json.loads(self.read(key))
        manifest["elements"] = [self.move(k) for k in manifest["elements"]]
        old_ids = manifest.pop("asset_ids", {})
        asset_ids = {}
        for old in manifest["assets"]:
            new = self.moved.get(old)
            if new is None:
                data = self.read(old)
                aid = old_ids.get(old) or asset_id_for(data)
                new = self.moved[old] = self.store(self.target.asset_key(aid, self.scope), data)
                self.asset_ids[new] = aid
            asset_ids[new] = self.asset_ids[new]
        manifest["assets"] = sorted(asset_ids)
        if self.target.sealed:
            manifest["asset_ids"] = asset_ids
        data = json.dumps(manifest, separators=(",", ":")).encode()
        found = self.moved[key] = self.put("m", data, True)
        return found


def _reseal(
    db: Database,
    source: ContentCodec,
    target: ContentCodec,
    *,
    add_keys: bool,
    library_id: str | None,
) -> None:
    """Re-encode every stored value of one database from `source` to `target`, in one
    transaction (a crash leaves it as it was)."""
    with db.begin() as conn:
        old_keys = set(conn.execute(select(blobs.c.key)).scalars())
        written: set[str] = set()
        for row in conn.execute(select(containers)).all():
            if not _reseal_container(conn, row, source, target, add_keys, written):
                for table in (slips, sessions, versions, render_cache):
                    conn.execute(delete(table).where(table.c.container_id == row.id))
                conn.execute(delete(containers).where(containers.c.id == row.id))
        conn.execute(delete(render_cache))  # derived pixels: drawn again when needed
        unused = sorted(old_keys - written)
        for start in range(0, len(unused), 500):
            conn.execute(delete(blobs).where(blobs.c.key.in_(unused[start : start + 500])))
        _reseal_private_settings(conn, source, target)
        conn.execute(delete(settings).where(settings.c.key == ENCRYPTION_KEY))
        if library_id is not None:
            conn.execute(settings.insert().values(key=ENCRYPTION_KEY, value=library_id))


def _text(codec: ContentCodec, stored: bytes | None, identity: Identity) -> str | None:
    return None if stored is None else codec.decode_text(stored, identity=identity)


def _seal(codec: ContentCodec, text: str | None, identity: Identity) -> bytes | None:
    return None if text is None else codec.encode_text(text, identity=identity)


def _reseal_container(
    conn: Connection,
    row: Row[Any],
    source: ContentCodec,
    target: ContentCodec,
    add_keys: bool,
    written: set[str],
) -> bool:
    """Convert one container's rows and blobs; False when it cannot be (its key was
    destroyed, or it has none here): the caller leaves it out."""
    uid = row.uid
    try:
        title = (
            row.title
            if row.sealed_title is None
            else source.decode_text(row.sealed_title, identity=title_identity(uid))
        )
    except SealedContentProblem:
        return False
    if target.keyring is not None and not target.keyring.has_container(uid):
        if not add_keys:
            return False
        target.keyring.add_container(uid)
    mover = _Mover(conn, source, target, uid, written)
    values: dict[str, object] = {}
    if target.sealed:
        values.update(
            title="", sealed_title=target.encode_text(title, identity=title_identity(uid))
        )
    else:
        values.update(title=title, sealed_title=None)
    if row.working_manifest:
        values["working_manifest"] = mover.move_manifest(row.working_manifest)
    values["thumbnail"] = mover.move_thumbnail(row.thumbnail)
    conn.execute(update(containers).where(containers.c.id == row.id).values(values))

    for v in conn.execute(select(versions).where(versions.c.container_id == row.id)).all():
        name_id = version_identity(uid, v.number, "name")
        note_id = version_identity(uid, v.number, "note")
        name = v.name if v.sealed_name is None else _text(source, v.sealed_name, name_id)
        note = _text(source, v.note, note_id)
        version_values: dict[str, object] = {
            "manifest": mover.move_manifest(v.manifest),
            "thumbnail": mover.move_thumbnail(v.thumbnail),
            "note": _seal(target, note, note_id),
        }
        if target.sealed:
            version_values.update(name=None, sealed_name=_seal(target, name, name_id))
        else:
            version_values.update(name=name, sealed_name=None)
        conn.execute(update(versions).where(versions.c.id == v.id).values(version_values))

    for s in conn.execute(select(sessions).where(sessions.c.container_id == row.id)).all():
        identity = session_identity(uid, s.id)
        state = target.encode(source.decode(s.state, identity=identity), identity=identity)
        conn.execute(update(sessions).where(sessions.c.id == s.id).values(state=state))

    for s in conn.execute(select(slips).where(slips.c.container_id == row.id)).all():
        slip_values: dict[str, object] = {}
        for column in ("text", "drawing"):
            stored = getattr(s, column)
            if stored is not None:
                identity = slip_identity(uid, s.uid, column)
                data = source.decode(stored, identity=identity)
                slip_values[column] = target.encode(data, identity=identity)
        if slip_values:
            conn.execute(update(slips).where(slips.c.id == s.id).values(slip_values))
    return True


def _reseal_private_settings(conn: Connection, source: ContentCodec, target: ContentCodec) -> None:
    rows = conn.execute(
        select(settings.c.key, settings.c.value).where(settings.c.key.startswith(PRIVATE_PREFIX))
    ).all()
    for key, value in rows:
        identity = setting_identity(key[len(PRIVATE_PREFIX) :])
        data = source.decode(base64.b64decode(value.encode("ascii")), identity=identity)
        sealed = target.encode(data, identity=identity)
        conn.execute(
            update(settings)
            .where(settings.c.key == key)
            .values(value=base64.b64encode(sealed).decode("ascii"))
        )
