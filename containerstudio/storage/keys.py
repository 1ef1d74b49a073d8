"""The keys of an encrypted library, and the small file that holds them wrapped.

A random 256-bit *library key* is wrapped (AES-256-GCM) by a key derived from the
passcode with Argon2id, and optionally by a random *recovery key*. Each container has
its own random content key, wrapped by the library key. The wrapped keys live in
`keys.json` in the data folder, outside the database, so its backups (copies of the
database) never hold them: removing a container for good deletes its wrapped key, and
with it every copy of that container anywhere, backups included, becomes unreadable.
A spare copy (`keys.json.bak`) is always rewritten together with the file itself.

The passcode is never stored. Unwrapped keys live only in one `KeyRing` in memory
and are dropped by `lock()`. See docs/encryption.md.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from containerstudio.atomic_files import FILE_MODE, write_whole
from containerstudio.storage.problem import StorageKind, StorageProblem

KEY_FILE = "keys.json"
SPARE_KEY_FILE = "keys.json.bak"
PENDING_KEY_FILE = "keys.json.pending"
KEY_FORMAT = "containerstudio.keys"
KEY_FORMAT_VERSION = 1
LIBRARY_KEY_ID = bytes(16)  # the key id of library-wide content (the safety card)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters (RFC 9106). 128 MiB and 3 passes over 2 lanes take about
    0.4 s on a 2-core machine (benchmarks/encryption.py measures it)."""

    memory_kib: int = 128 * 1024
    iterations: int = 3
    lanes: int = 2

    def derive(self, passcode: str, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passcode.encode("utf-8"))


class PasscodeNotAccepted(StorageProblem):
    """The passcode (or recovery key) given does not open this library."""

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(StorageKind.PASSCODE, path)


class LibraryLocked(StorageProblem):
    """Content was asked for while the library is locked."""

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(StorageKind.LOCKED, path)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _wrap(kek: bytes, secret: bytes, purpose: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(kek).encrypt(nonce, secret, purpose.encode())


def _unwrap(kek: bytes, wrapped: bytes, purpose: str) -> bytes:
    return AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], purpose.encode())


def _hkdf(key: bytes, info: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info.encode()).derive(key)


@dataclass
class KeyFile:
    """What `keys.json` holds: nothing in it opens anything without the passcode or
    the recovery key."""

    library_id: str
    kdf: KdfParams
    salt: bytes
    passcode_wrap: bytes
    recovery_wrap: bytes | None = None
    containers: dict[str, bytes] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": KEY_FORMAT,
                "version": KEY_FORMAT_VERSION,
                "library_id": self.library_id,
                "kdf": {
                    "name": "argon2id",
                    "memory_kib": self.kdf.memory_kib,
                    "iterations": self.kdf.iterations,
                    "lanes": self.kdf.lanes,
                    "salt": _b64(self.salt),
                },
                "passcode_wrap": _b64(self.passcode_wrap),
                "recovery_wrap": _b64(self.recovery_wrap) if self.recovery_wrap else None,
                "containers": {uid: _b64(w) for uid, w in sorted(self.containers.items())},
            },
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> KeyFile:
        data = json.loads(text)
        if data.get("format") != KEY_FORMAT or data.get("version") != KEY_FORMAT_VERSION:
            raise ValueError("not a key file this version understands")
        kdf = data["kdf"]
        return cls(
            library_id=str(data["library_id"]),
            kdf=KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"])),
            salt=_unb64(kdf["salt"]),
            passcode_wrap=_unb64(data["passcode_wrap"]),
            recovery_wrap=_unb64(data["recovery_wrap"]) if data.get("recovery_wrap") else None,
            containers={uid: _unb64(w) for uid, w in data["containers"].items()},
        )


def _write_atomically(path: Path, text: str) -> None:
    """The key file, private and whole; the rename itself is synced to the disk too (a
    container's content is committed right after its key is written, and content
    without its key is lost). The data folder is never made again here."""
    write_whole(path, lambda out: out.write(text.encode("utf-8")), mode=FILE_MODE)


def key_file_exists(data_dir: Path) -> bool:
    return any((data_dir / name).exists() for name in (KEY_FILE, SPARE_KEY_FILE))


def read_key_file(data_dir: Path, library_id: str | None = None) -> KeyFile:
    """The key file of `data_dir` (its spare copy when the file itself is unreadable)."""
    pending = data_dir / PENDING_KEY_FILE
    for name in (KEY_FILE, SPARE_KEY_FILE, PENDING_KEY_FILE):
        path = data_dir / name
        try:
            found = KeyFile.from_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if library_id is not None and found.library_id != library_id:
            continue
        if path == pending:  # turning encryption on ended after its commit: finish it
            write_key_files(data_dir, found)
        return found
    raise StorageProblem(StorageKind.KEYS_MISSING, data_dir, folder=str(data_dir), file=KEY_FILE)


def write_key_files(data_dir: Path, key_file: KeyFile) -> None:
    """Write the key file and its spare copy (each atomically), then drop a pending one."""
    text = key_file.to_json()
    _write_atomically(data_dir / SPARE_KEY_FILE, text)
    _write_atomically(data_dir / KEY_FILE, text)
    (data_dir / PENDING_KEY_FILE).unlink(missing_ok=True)


def remove_key_files(data_dir: Path) -> None:
    for name in (KEY_FILE, SPARE_KEY_FILE, PENDING_KEY_FILE):
        (data_dir / name).unlink(missing_ok=True)


class KeyRing:
    """The unwrapped keys of one library, in memory only; `lock()` drops them.

    Thread-safe: autosave (a worker thread) and the window both use it.
    """

    def __init__(self, data_dir: Path, key_file: KeyFile) -> None:
        self.data_dir = data_dir
        self.key_file = key_file
        self._mutex = threading.RLock()
        self._library_key: bytearray | None = None
        self._content: dict[bytes, AESGCM] = {}
        self._hash_keys: dict[str | None, bytes] = {}
        self._pending = False  # written as keys.json.pending until commit_pending()

    # -- creating and opening --------------------------------------------------
    @classmethod
    def create(
        cls, data_dir: Path, passcode: str, kdf: KdfParams | None = None, *, pending: bool = False
    ) -> KeyRing:
        """A new, unlocked key ring; its key file is written (as pending when asked, so
        it only counts once the database says so)."""
        kdf = kdf or KdfParams()
        library_key = secrets.token_bytes(32)
        library_id = secrets.token_hex(16)
        salt = secrets.token_bytes(16)
        wrap = _wrap(kdf.derive(passcode, salt), library_key, _passcode_purpose(library_id))
        ring = cls(data_dir, KeyFile(library_id, kdf, salt, wrap))
        ring._library_key = bytearray(library_key)
        ring._pending = pending
        ring._save()
        return ring

    def commit_pending(self) -> None:
        """The database now says it is encrypted: the key file becomes the real one."""
        self._pending = False
        self._save()

    @classmethod
    def open(cls, data_dir: Path, library_id: str | None = None) -> KeyRing:
        """The (locked) key ring of the library in `data_dir`."""
        return cls(data_dir, read_key_file(data_dir, library_id))

    @property
    def library_id(self) -> str:
        return self.key_file.library_id

    @property
    def is_locked(self) -> bool:
        return self._library_key is None

    def unlock(self, passcode: str) -> None:
        """Unwrap the library key; PasscodeNotAccepted (and still locked) otherwise."""
        kf = self.key_file
        kek = kf.kdf.derive(passcode, kf.salt)
        self._unlock_with(kek, kf.passcode_wrap, _passcode_purpose(kf.library_id))

    def unlock_with_recovery(self, recovery: str) -> None:
        """Unlock with the recovery key (the words shown when it was made)."""
        from containerstudio.storage.recovery_words import words_to_secret

        kf = self.key_file
        if kf.recovery_wrap is None:
            raise PasscodeNotAccepted(self.data_dir)
        try:
            secret = words_to_secret(recovery)
        except ValueError as exc:
            raise PasscodeNotAccepted(self.data_dir) from exc
        kek = _hkdf(secret, "containerstudio recovery key")
        self._unlock_with(kek, kf.recovery_wrap, _recovery_purpose(kf.library_id))

    def unlock_with_either(self, text: str) -> None:
        """Unlock with the passcode or, when the passcode is forgotten, the recovery key's
        twelve words: where a passcode is asked for again (changing it, batch commands),
        either opens, so a forgotten passcode can be replaced."""
        from containerstudio.storage.recovery_words import WORD_COUNT

        try:
            self.unlock(text)
        except PasscodeNotAccepted:
            if self.key_file.recovery_wrap is None or len(text.split()) != WORD_COUNT:
                raise
            self.unlock_with_recovery(text)

    def _unlock_with(self, kek: bytes, wrapped: bytes, purpose: str) -> None:
        try:
            library_key = _unwrap(kek, wrapped, purpose)
        except InvalidTag as exc:
            raise PasscodeNotAccepted(self.data_dir) from exc
        with self._mutex:
            self._library_key = bytearray(library_key)

    def lock(self) -> None:
        """Drop every unwrapped key (the library key's buffer is overwritten first)."""
        with self._mutex:
            if self._library_key is not None:
                self._library_key[:] = bytes(len(self._library_key))
            self._library_key = None
            self._content.clear()
            self._hash_keys.clear()

    def _require(self) -> bytes:
        key = self._library_key
        if key is None:
            raise LibraryLocked(self.data_dir)
        return bytes(key)

    # -- passcode and recovery key ---------------------------------------------
    def change_passcode(self, new_passcode: str) -> None:
        """Re-wrap the library key under a new passcode (content is not touched)."""
        with self._mutex:
            library_key = self._require()
            kf = self.key_file
            salt = secrets.token_bytes(16)
            kek = kf.kdf.derive(new_passcode, salt)
            kf.salt = salt
            kf.passcode_wrap = _wrap(kek, library_key, _passcode_purpose(kf.library_id))
            self._save()

    def make_recovery_key(self) -> str:
        """A new recovery key (replacing any earlier one), returned once as words."""
        from containerstudio.storage.recovery_words import secret_to_words

        with self._mutex:
            library_key = self._require()
            secret = secrets.token_bytes(16)
            kek = _hkdf(secret, "containerstudio recovery key")
            kf = self.key_file
            kf.recovery_wrap = _wrap(kek, library_key, _recovery_purpose(kf.library_id))
            self._save()
            return secret_to_words(secret)

    @property
    def has_recovery_key(self) -> bool:
        return self.key_file.recovery_wrap is not None

    # -- container keys --------------------------------------------------------
    def add_container(self, uid: str) -> None:
        """Give a container its own random content key (written before it is used)."""
        with self._mutex:
            if uid in self.key_file.containers:
                return
            library_key = self._require()
            secret = secrets.token_bytes(32)
            self.key_file.containers[uid] = _wrap(library_key, secret, _container_purpose(uid))
            self._save()

    def has_container(self, uid: str) -> bool:
        return uid in self.key_file.containers

    def destroy_container(self, uid: str) -> None:
        """Remove a container's key from memory, the key file and its spare copy: every
        copy of its content, in any backup, can no longer be read."""
        with self._mutex:
            self._content.pop(bytes.fromhex(uid), None)
            self._hash_keys.pop(uid, None)
            if self.key_file.containers.pop(uid, None) is not None:
                self._save()

    def _container_secret(self, uid: str) -> bytes:
        library_key = self._require()
        wrapped = self.key_file.containers.get(uid)
        if wrapped is None:
            raise KeyError("no key for this container (it was removed for good)")
        return _unwrap(library_key, wrapped, _container_purpose(uid))

    def cipher(self, key_id: bytes) -> AESGCM:
        """The AES-GCM cipher of a content key (LIBRARY_KEY_ID: library-wide content)."""
        with self._mutex:
            found = self._content.get(key_id)
            if found is not None and self._library_key is not None:
                return found
            if key_id == LIBRARY_KEY_ID:
                secret = _hkdf(self._require(), "containerstudio library content")
            else:
                secret = _hkdf(self._container_secret(key_id.hex()), "content")
            found = self._content[key_id] = AESGCM(secret)
            return found

    def hash_key(self, uid: str | None) -> bytes:
        """The key of content addresses (HMAC-SHA256) for a container's blobs."""
        with self._mutex:
            found = self._hash_keys.get(uid)
            if found is not None and self._library_key is not None:
                return found
            if uid is None:
                secret = _hkdf(self._require(), "containerstudio library addresses")
            else:
                secret = _hkdf(self._container_secret(uid), "addresses")
            self._hash_keys[uid] = secret
            return secret

    def _save(self) -> None:
        if self._pending:
            _write_atomically(self.data_dir / PENDING_KEY_FILE, self.key_file.to_json())
        else:
            write_key_files(self.data_dir, self.key_file)


def _passcode_purpose(library_id: str) -> str:
    return f"containerstudio library key/passcode/{library_id}"


def _recovery_purpose(library_id: str) -> str:
    return f"containerstudio library key/recovery/{library_id}"


def _container_purpose(uid: str) -> str:
    return f"containerstudio container key/{uid}"
