"""The one codec every content byte passes through on its way to and from disk.

Artwork, photos, slips and notes are all stored as `codec.encode(...)` output, so
encryption at rest can be added here (a new tag byte) without touching any caller.
Format: one tag byte, then the payload. 0 = stored as is, 1 = zlib.
"""

from __future__ import annotations

import zlib

_RAW = 0
_ZLIB = 1


class ContentCodec:
    """Encode and decode stored content; compresses unless told the data is packed."""

    def encode(self, data: bytes, *, compress: bool = True, fast: bool = False) -> bytes:
        """`fast` trades a little size for speed (derived data such as cached pixels)."""
        if compress:
            packed = zlib.compress(data, 1 if fast else 6)
            if len(packed) < len(data):
                return bytes([_ZLIB]) + packed
        return bytes([_RAW]) + data

    def decode(self, stored: bytes) -> bytes:
        if not stored:
            raise ValueError("empty stored content")
        tag, payload = stored[0], stored[1:]
        if tag == _RAW:
            return bytes(payload)
        if tag == _ZLIB:
            return zlib.decompress(payload)
        raise ValueError(f"unknown content tag {tag}")

    def encode_text(self, text: str) -> bytes:
        return self.encode(text.encode("utf-8"))

    def decode_text(self, stored: bytes) -> str:
        return self.decode(stored).decode("utf-8")
