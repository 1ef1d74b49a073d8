"""Recovery keys written as twelve words, so they can be printed and typed back.

The 128-bit secret and a 4-bit checksum (the first bits of its SHA-256, as in BIP-39)
are cut into twelve 11-bit numbers, each a word of the BIP-39 English list shipped in
`resources/words/` (MIT, see resources/LICENSES.md). A mistyped word is caught by the
checksum most of the time, so the person hears "those words do not open it" rather
than waiting for a slow unlock.
"""

from __future__ import annotations

import hashlib
from functools import cache

from containerstudio.resources import resources_dir

WORD_COUNT = 12
SECRET_BYTES = 16


@cache
def word_list() -> tuple[str, ...]:
    words = (resources_dir() / "words" / "bip39-english.txt").read_text("utf-8").split()
    if len(words) != 2048:
        raise RuntimeError("the recovery word list is incomplete")
    return tuple(words)


def secret_to_words(secret: bytes) -> str:
    """Twelve words for a 16-byte secret, separated by spaces."""
    if len(secret) != SECRET_BYTES:
        raise ValueError("a recovery secret has 16 bytes")
    checksum = hashlib.sha256(secret).digest()[0] >> 4
    number = (int.from_bytes(secret, "big") << 4) | checksum
    words = word_list()
    out = [words[(number >> (11 * i)) & 0x7FF] for i in reversed(range(WORD_COUNT))]
    return " ".join(out)


def words_to_secret(text: str) -> bytes:
    """The secret behind twelve words (any case and spacing); ValueError otherwise."""
    given = text.lower().replace(",", " ").replace("-", " ").split()
    if len(given) != WORD_COUNT:
        raise ValueError("a recovery key has twelve words")
    index = {w: i for i, w in enumerate(word_list())}
    number = 0
    for word in given:
        if word not in index:
            raise ValueError("a word that is not in the list")
        number = (number << 11) | index[word]
    secret = (number >> 4).to_bytes(SECRET_BYTES, "big")
    if hashlib.sha256(secret).digest()[0] >> 4 != number & 0xF:
        raise ValueError("these words do not fit together")
    return secret
