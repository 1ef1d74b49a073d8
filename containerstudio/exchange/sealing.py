"""Sealing a portable file to one therapist's key, and opening it there.

    "CSSEALED" | version (1) | recipient id (16) | ephemeral public key (32) | nonce (12)
               | AES-256-GCM(portable file), associated data: everything before it

The AES key comes from an X25519 agreement between a fresh (ephemeral) key and the
therapist's key, through HKDF-SHA256. Only the library holding the therapist's private
key can open the file; any changed byte, header included, makes it refuse to open
(docs/portable-format.md).
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from containerstudio.exchange.problem import ExchangeKind, ExchangeProblem
from containerstudio.exchange.therapist import TherapistCard, recipient_id

MAGIC = b"CSSEALED"
VERSION = 1
SUFFIX = ".cssealed"
_HEADER = len(MAGIC) + 1 + 16 + 32 + 12
_INFO = b"containerstudio sealed handover v1"
MAX_SEALED_BYTES = 520 * 1024 * 1024  # a portable file's limit and the seal around it


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=_INFO)
    return hkdf.derive(shared)


def seal(portable: bytes, card: TherapistCard) -> bytes:
    """`portable` sealed so that only the card's library opens it."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(card.public_key))
    nonce = os.urandom(12)
    header = MAGIC + bytes([VERSION]) + card.recipient_id + ephemeral_public + nonce
    key = _key(shared, ephemeral_public, card.public_key)
    return header + AESGCM(key).encrypt(nonce, portable, header)


def open_sealed(sealed: bytes, private_key: X25519PrivateKey, name: str = "sealed file") -> bytes:
    """The portable file inside; ExchangeProblem when it is not for this key, not a
    sealed file, or changed in any byte."""
    if len(sealed) > MAX_SEALED_BYTES:
        raise ExchangeProblem(ExchangeKind.TOO_LARGE, name=name, limit="520 MB")
    if len(sealed) < _HEADER + 16 or not sealed.startswith(MAGIC):
        if MAGIC.startswith(sealed[: len(MAGIC)]) and sealed[: len(MAGIC)]:
            raise ExchangeProblem(ExchangeKind.SEAL_CHANGED, name=name)
        raise ExchangeProblem(ExchangeKind.NOT_SEALED_FILE, name=name)
    version = sealed[len(MAGIC)]
    if version > VERSION:
        raise ExchangeProblem(ExchangeKind.NEWER_FORMAT, name=name)
    if version != VERSION:
        raise ExchangeProblem(ExchangeKind.SEAL_CHANGED, name=name)
    at = len(MAGIC) + 1
    recipient, ephemeral = sealed[at : at + 16], sealed[at + 16 : at + 48]
    nonce, header = sealed[at + 48 : _HEADER], sealed[:_HEADER]
    public = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    if recipient != recipient_id(public):
        raise ExchangeProblem(ExchangeKind.SEALED_FOR_ANOTHER, name=name)
    try:
        shared = private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        key = _key(shared, ephemeral, public)
        return AESGCM(key).decrypt(nonce, sealed[_HEADER:], header)
    except (InvalidTag, ValueError):
        raise ExchangeProblem(ExchangeKind.SEAL_CHANGED, name=name) from None
