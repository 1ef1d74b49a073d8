"""Opening a drawing with photos in an encrypted library: the large sealed pieces are
opened on two threads, with the same content and the same refusals as one by one."""

from __future__ import annotations

import os
import threading

import pytest

from containerstudio.storage.codec import ContentCodec, SealedContentProblem, blob_identity
from containerstudio.storage.keys import KeyRing
from containerstudio.storage.parallel_decode import LARGE, decode_rows
from tests.storage.crypto_helpers import FAST_KDF, PASSCODE


class _Watched(ContentCodec):
    """A codec that notes which thread opened each piece."""

    def __init__(self, keyring: KeyRing | None) -> None:
        super().__init__(keyring)
        self.threads: list[str] = []

    def decode(self, stored: bytes, *, identity=None) -> bytes:
        self.threads.append(threading.current_thread().name)
        return super().decode(stored, identity=identity)


def _rows(codec: ContentCodec, sizes: list[int]) -> tuple[list[tuple[str, bytes]], dict]:
    content = {f"piece{n}": os.urandom(size) for n, size in enumerate(sizes)}
    rows = [
        (key, codec.encode(data, compress=False, identity=blob_identity(key)))
        for key, data in content.items()
    ]
    return rows, content


@pytest.fixture
def sealed(tmp_path) -> _Watched:
    return _Watched(KeyRing.create(tmp_path, PASSCODE, FAST_KDF))


def test_large_sealed_pieces_open_on_two_threads_with_the_same_content(sealed) -> None:
    rows, content = _rows(sealed, [LARGE * 2, 100, LARGE, 2_000, LARGE * 3])
    assert decode_rows(sealed, rows) == content
    others = [name for name in sealed.threads if name != threading.current_thread().name]
    assert len(others) == 3  # the three large ones, off the calling thread
    assert all(name.startswith("open-sealed") for name in others)


def test_a_tampered_large_piece_is_refused_as_one_by_one(sealed) -> None:
    rows, _ = _rows(sealed, [LARGE, LARGE, 10])
    key, stored = rows[1]
    rows[1] = (key, stored[:-1] + bytes([stored[-1] ^ 1]))
    with pytest.raises(SealedContentProblem):
        decode_rows(sealed, rows)


def test_a_piece_sealed_for_another_row_does_not_open_there(sealed) -> None:
    rows, _ = _rows(sealed, [LARGE, LARGE])
    (k0, s0), (k1, s1) = rows
    with pytest.raises(SealedContentProblem):
        decode_rows(sealed, [(k0, s1), (k1, s0)])


def test_plain_pieces_and_a_single_large_one_stay_on_the_calling_thread(tmp_path) -> None:
    plain = _Watched(None)
    rows, content = _rows(plain, [LARGE * 2, LARGE * 2, 10])
    assert decode_rows(plain, rows) == content
    sealed = _Watched(KeyRing.create(tmp_path, PASSCODE, FAST_KDF))
    rows, content = _rows(sealed, [LARGE * 2, 10])
    assert decode_rows(sealed, rows) == content
    here = threading.current_thread().name
    assert set(plain.threads) == {here} and set(sealed.threads) == {here}
