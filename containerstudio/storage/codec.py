"""The one codec every content byte passes through on its way to and from disk.

Artwork, photos, thumbnails, cached pixels, titles, names, notes, sessions, slips and
private settings are all stored as `codec.encode(...)` output. Format: one tag byte,
then the payload. 0 = stored as is, 1 = zlib, 2 = sealed (encrypted at rest):

    2 | key id (16 bytes) | nonce (12 bytes) | AES-256-GCM(inner)

where `inner` is itself a tag-0 or tag-1 encoding, the key id names the content key
(a container's uid, or sixteen zero bytes for library-wide content), and the
associated data is the tag, the key id and the content's *identity* (table, column,
container and row), so a sealed value copied into another row does not decrypt.

Content addresses come from here too (`content_key`): a plain SHA-256 prefix in a
plain library, an HMAC-SHA256 under a per-container key in an encrypted one, so equal
content is not recognisable from outside.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import zlib
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from containerstudio.storage.keys import KeyRing

_RAW = 0
_ZLIB = 1
_SEALED = 2
_AAD_PREFIX = b"containerstudio content v1\x00"


@dataclass(frozen=True)
class Identity:
    """Where a value lives: `label` names table, column and row (container uid
    included); `container` chooses the content key when sealing (None: library-wide)."""

    container: str | None
    label: str


class SealedContentProblem(ValueError):
    """Sealed content that does not open: another row's value, damage, or no key."""


class ContentCodec:
    """Encode and decode stored content; compresses unless told the data is packed,
    and seals it when the library has a key ring."""

    def __init__(self, keyring: KeyRing | None = None) -> None:
        self.keyring = keyring

    @property
    def sealed(self) -> bool:
        """True for an encrypted library."""
        return self.keyring is not None

    def encode(
        self,
        data: bytes,
        *,
        compress: bool = True,
        fast: bool = False,
        identity: Identity | None = None,
    ) -> bytes:
        """`fast` trades a little size for speed (derived data such as cached pixels);
        `identity` is required by an encrypted library."""
        inner = _pack(data, compress, fast)
        if self.keyring is None:
            return inner
        if identity is None:
            raise ValueError("sealed content needs its identity")
        key_id = _key_id(identity.container)
        header = bytes([_SEALED]) + key_id
        nonce = os.urandom(12)
        cipher = self.keyring.cipher(key_id)
        return header + nonce + cipher.encrypt(nonce, inner, _aad(header, identity))

    def decode(self, stored: bytes, *, identity: Identity | None = None) -> bytes:
        if not stored:
            raise ValueError("empty stored content")
        tag = stored[0]
        if tag == _SEALED:
            return _unpack(self._open(stored, identity))
        if self.keyring is not None:
            raise SealedContentProblem("plain content in an encrypted library")
        return _unpack(stored)

    def _open(self, stored: bytes, identity: Identity | None) -> bytes:
        if self.keyring is None or identity is None:
            raise SealedContentProblem("sealed content needs the library's keys")
        header, nonce, body = stored[:17], stored[17:29], stored[29:]
        try:
            cipher = self.keyring.cipher(header[1:])
        except KeyError as exc:  # the container was removed for good
            raise SealedContentProblem("this content's key was destroyed") from exc
        try:
            return cipher.decrypt(nonce, body, _aad(header, identity))
        except Exception as exc:
            if isinstance(exc, _invalid_tag()):
                raise SealedContentProblem("sealed content that does not open here") from exc
            raise

    def encode_text(self, text: str, *, identity: Identity | None = None) -> bytes:
        return self.encode(text.encode("utf-8"), identity=identity)

    def decode_text(self, stored: bytes, *, identity: Identity | None = None) -> str:
        return self.decode(stored, identity=identity).decode("utf-8")

    def content_key(self, data: bytes, container: str | None = None) -> str:
        """The content address of `data` (32 hex digits): SHA-256 in a plain library,
        HMAC-SHA256 under the container's address key in an encrypted one."""
        if self.keyring is None:
            return hashlib.sha256(data).hexdigest()[:32]
        key = self.keyring.hash_key(container)
        return hmac.new(key, data, hashlib.sha256).hexdigest()[:32]

    def asset_key(self, asset_id: str, container: str | None = None) -> str:
        """Where a photo is stored: its asset id (its SHA-256) in a plain library; in an
        encrypted one a keyed hash of that id, so saving never hashes a photo again."""
        if self.keyring is None:
            return asset_id
        return self.content_key(b"asset\x00" + asset_id.encode(), container)


@cache
def _invalid_tag() -> type[Exception]:
    """The cryptography package loads only for an encrypted library (start-up stays as
    it was without a passcode)."""
    from cryptography.exceptions import InvalidTag

    return InvalidTag


def _pack(data: bytes, compress: bool, fast: bool) -> bytes:
    if compress:
        packed = zlib.compress(data, 1 if fast else 6)
        if len(packed) < len(data):
            return bytes([_ZLIB]) + packed
    return bytes([_RAW]) + data


def _unpack(stored: bytes) -> bytes:
    if not stored:
        raise ValueError("empty stored content")
    tag, payload = stored[0], stored[1:]
    if tag == _RAW:
        return bytes(payload)
    if tag == _ZLIB:
        return zlib.decompress(payload)
    raise ValueError(f"unknown content tag {tag}")


def _key_id(container: str | None) -> bytes:
    return bytes(16) if container is None else bytes.fromhex(container)


def _aad(header: bytes, identity: Identity) -> bytes:
    return _AAD_PREFIX + header + identity.label.encode("utf-8")


def is_sealed(stored: bytes) -> bool:
    return bool(stored) and stored[0] == _SEALED


# -- identities of the stored values (labels are part of the sealed format) ------------
def blob_identity(key: str, container: str | None = None) -> Identity:
    """A blob's identity is its content address (itself keyed by its container, which
    chooses the key when sealing; reading takes the key the envelope names)."""
    return Identity(container, f"blobs.data/{key}")


def title_identity(uid: str) -> Identity:
    return Identity(uid, f"containers.title/{uid}")


def version_identity(uid: str, number: int, column: str) -> Identity:
    return Identity(uid, f"versions.{column}/{uid}/{number}")


def session_identity(uid: str, session_id: int) -> Identity:
    return Identity(uid, f"sessions.state/{uid}/{session_id}")


def slip_identity(uid: str, slip_uid: str, column: str) -> Identity:
    return Identity(uid, f"slips.{column}/{uid}/{slip_uid}")


def pixels_identity(uid: str, first_key: str, prefix: str) -> Identity:
    return Identity(uid, f"render_cache.pixels/{uid}/{first_key}/{prefix}")


def setting_identity(key: str) -> Identity:
    return Identity(None, f"settings.private/{key}")
