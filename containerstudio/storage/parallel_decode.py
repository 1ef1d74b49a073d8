"""Decoding many stored pieces at once: large sealed ones (photos) are opened on two
threads, since AES-GCM releases the interpreter lock for the bytes it works on and a
drawing with photos is otherwise held up by one core's decryption alone."""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import Any

from containerstudio.storage.codec import ContentCodec, blob_identity, is_sealed

# Below this a piece opens faster than a thread can be handed it.
LARGE = 256 * 1024


@cache
def _pool() -> ThreadPoolExecutor:
    workers = max(1, min(2, (os.cpu_count() or 1)))
    return ThreadPoolExecutor(max_workers=workers, thread_name_prefix="open-sealed")


def decode_rows(codec: ContentCodec, rows: Sequence[Any]) -> dict[str, bytes]:
    """`rows` of (key, stored bytes) → key: content. Raises what the codec raises."""
    large = [(k, d) for k, d in rows if len(d) >= LARGE and is_sealed(d)]
    if len(large) < 2:
        return {k: codec.decode(d, identity=blob_identity(k)) for k, d in rows}
    found: dict[str, bytes] = {}
    futures = {k: _pool().submit(codec.decode, d, identity=blob_identity(k)) for k, d in large}
    for key, data in rows:
        if key not in futures:
            found[key] = codec.decode(data, identity=blob_identity(key))
    for key, future in futures.items():
        found[key] = future.result()
    return found
