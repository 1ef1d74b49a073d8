"""The safety card is kept privately: only codec output reaches the database, an empty
card is what a new library has, and a damaged entry reads as an empty card."""

from __future__ import annotations

import base64
import io
import sqlite3

import pytest
from PIL import Image

from containerstudio.imaging.importer import import_image
from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from containerstudio.storage.safety_card import (
    SAFETY_CARD_KEY,
    Contact,
    SafetyCard,
    load_card,
    save_card,
)

MARKER = "Quillfeather"


def _card(photo: bytes | None = None) -> SafetyCard:
    return SafetyCard(
        people=(Contact(f"{MARKER} my sister", "the number in my phone"), Contact("Ana", "")),
        crisis_line="the line my GP gave me",
        when_it_leaks="Cold water on my wrists, then the butterfly hug",
        reminders=("This feeling passes", "The dog needs a walk"),
        photo=photo,
    )


def _stored_value(data_dir) -> str:
    with sqlite3.connect(data_dir / "library.sqlite3") as conn:
        (value,) = conn.execute(
            "SELECT value FROM settings WHERE key = ?", (SAFETY_CARD_KEY,)
        ).fetchone()
    return value


@pytest.mark.both_engines
def test_a_new_library_has_an_empty_card(data_dir):
    db = open_database(data_dir)
    try:
        card = load_card(Library(db))
    finally:
        db.close()
    assert card == SafetyCard() and card.is_empty
    assert not _card().is_empty


@pytest.mark.both_engines
def test_the_card_is_kept_across_opening_the_library_again(data_dir):
    db = open_database(data_dir)
    save_card(Library(db), _card())
    db.close()
    db = open_database(data_dir)
    try:
        assert load_card(Library(db)) == _card()
    finally:
        db.close()


def test_only_codec_output_reaches_the_database(data_dir):
    db = open_database(data_dir)
    library = Library(db)
    save_card(library, _card())
    db.close()
    raw_files = b"".join(p.read_bytes() for p in data_dir.glob("library.sqlite3*"))
    assert MARKER.encode() not in raw_files
    stored = base64.b64decode(_stored_value(data_dir))
    assert MARKER.encode() not in stored  # not plain text even after the base64
    decoded = library.codec.decode(stored)  # it is the card, through the codec
    assert SafetyCard.from_json(decoded) == _card()
    assert MARKER in decoded.decode("utf-8")


@pytest.mark.both_engines
def test_a_photo_comes_in_through_the_import_and_is_kept(data_dir):
    out = io.BytesIO()
    Image.new("RGB", (300, 200), (200, 120, 40)).save(out, "JPEG")
    clean = import_image(out.getvalue(), "dog.jpg")
    db = open_database(data_dir)
    try:
        library = Library(db)
        save_card(library, _card(clean.data))
        assert load_card(library).photo == clean.data
        save_card(library, load_card(library).with_photo(None))
        assert load_card(library).photo is None
    finally:
        db.close()


@pytest.mark.both_engines
def test_a_damaged_entry_reads_as_an_empty_card(data_dir):
    db = open_database(data_dir)
    try:
        library = Library(db)
        for damaged in ("not base64 !!", base64.b64encode(b"\x01garbage").decode(), "W10="):
            library.set_setting(SAFETY_CARD_KEY, damaged)
            assert load_card(library) == SafetyCard()
        library.set_setting(
            SAFETY_CARD_KEY, base64.b64encode(library.codec.encode(b'{"people": 3}')).decode()
        )
        assert load_card(library) == SafetyCard()
    finally:
        db.close()


def test_with_a_passcode_the_card_is_sealed_and_comes_back_with_it(data_dir):
    from containerstudio.storage.encryption import enable_encryption
    from tests.storage.crypto_helpers import FAST_KDF, PASSCODE

    library = Library(open_database(data_dir))
    enable_encryption(library, PASSCODE, FAST_KDF)
    save_card(library, _card())
    library.db.close()
    for path in data_dir.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert MARKER.encode() not in raw, path.name
            assert base64.b64encode(MARKER.encode())[:8] not in raw, path.name
    again = Library(open_database(data_dir))
    try:
        again.unlock(PASSCODE)
        assert load_card(again) == _card()
    finally:
        again.db.close()
