"""The therapist's key pair and card, and the card a client keeps of their therapist.

A therapist library has one X25519 key pair. Its private key is a private setting,
so it passes through the codec like everything else (sealed under the library key
when a passcode is set); its public key travels on the *therapist card*: a small
file, and a printable page with the same card as a QR code (card_page.py). Both sides
show the same few *fingerprint words* for the key, so the therapist and the client can
compare them aloud before anything is sent.

A profile is one library (one data folder) for now; when profiles come, each
therapist profile's library keeps its own pair here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from containerstudio.exchange.problem import ExchangeKind, ExchangeProblem

if TYPE_CHECKING:
    from containerstudio.storage.library import Library

PRIVATE_KEY_SETTING = "exchange.therapist_private_key"  # private settings (the codec)
CARD_SETTING = "exchange.my_therapist_card"
CARD_FORMAT = "containerstudio.therapist-card"
CARD_VERSION = 1
CARD_SUFFIX = ".cscard"
MAX_CARD_BYTES = 4096
FINGERPRINT_WORDS = 6
_FINGERPRINT_LABEL = b"containerstudio therapist card\x00"


@dataclass(frozen=True)
class TherapistCard:
    """A therapist library's public key, as the card carries it."""

    public_key: bytes  # 32 bytes, X25519 raw

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": CARD_FORMAT,
                "version": CARD_VERSION,
                "key": base64.b64encode(self.public_key).decode("ascii"),
            },
            separators=(",", ":"),
        )

    @property
    def words(self) -> str:
        """The fingerprint words both sides show."""
        return fingerprint_words(self.public_key)

    @property
    def recipient_id(self) -> bytes:
        """What a sealed file names its therapist by (16 bytes)."""
        return recipient_id(self.public_key)


def fingerprint_words(public_key: bytes) -> str:
    """Six short words for a key: 66 bits of its SHA-256, 11 bits a word (BIP-39 list)."""
    from containerstudio.storage.recovery_words import word_list

    number = int.from_bytes(hashlib.sha256(_FINGERPRINT_LABEL + public_key).digest(), "big")
    words = word_list()
    return " ".join(
        words[(number >> (256 - 11 * (i + 1))) & 0x7FF] for i in range(FINGERPRINT_WORDS)
    )


def recipient_id(public_key: bytes) -> bytes:
    return hashlib.sha256(public_key).digest()[:16]


def read_card(data: bytes, name: str = "card") -> TherapistCard:
    """A card file's key; ExchangeProblem (not-a-card) for anything else."""
    refused = ExchangeProblem(ExchangeKind.NOT_A_CARD, name=name)
    if len(data) > MAX_CARD_BYTES:
        raise refused
    try:
        found = json.loads(data.decode("utf-8"))
        if (
            not isinstance(found, dict)
            or found.get("format") != CARD_FORMAT
            or found.get("version") != CARD_VERSION
        ):
            raise ValueError("not a card")
        key = base64.b64decode(str(found["key"]).encode("ascii"), validate=True)
        X25519PublicKey.from_public_bytes(key)  # 32 bytes, or ValueError
    except (ValueError, KeyError, UnicodeDecodeError, binascii.Error):
        raise refused from None
    return TherapistCard(key)


# -- the therapist's side ----------------------------------------------------------------
def _private_key(library: Library) -> X25519PrivateKey | None:
    stored = library.private_setting(PRIVATE_KEY_SETTING)
    if stored is None:
        return None
    return X25519PrivateKey.from_private_bytes(base64.b64decode(stored))


def has_therapist_key(library: Library) -> bool:
    return library.private_setting(PRIVATE_KEY_SETTING) is not None


def therapist_private_key(library: Library) -> X25519PrivateKey:
    """This library's private key; ExchangeProblem when it has none."""
    key = _private_key(library)
    if key is None:
        raise ExchangeProblem(ExchangeKind.NO_THERAPIST_KEY)
    return key


def therapist_card(library: Library) -> TherapistCard:
    """This library's card, making its key pair the first time."""
    key = _private_key(library)
    if key is None:
        key = X25519PrivateKey.generate()
        raw = key.private_bytes_raw()
        library.set_private_setting(PRIVATE_KEY_SETTING, base64.b64encode(raw).decode("ascii"))
    return TherapistCard(_public_bytes(key.public_key()))


def _public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


# -- the client's side -------------------------------------------------------------------
def keep_card(library: Library, card: TherapistCard) -> None:
    """Keep the therapist's card (a private setting: who one's therapist is is private)."""
    library.set_private_setting(CARD_SETTING, card.to_json())


def my_therapist_card(library: Library) -> TherapistCard | None:
    stored = library.private_setting(CARD_SETTING)
    return None if stored is None else read_card(stored.encode("utf-8"))
