"""Acceptance 4: a container sealed to therapist A opens in A's library (into it, as a
new container); it is refused calmly in therapist B's library, in the client's own
library and with any byte of the file changed, each leaving that library unchanged; the
fingerprint words are the same on both sides; a marker slip word is absent from the
sealed file's bytes."""

from __future__ import annotations

import base64
import contextlib
import io
import zipfile
import zlib

import pytest
from exchange_helpers import SLIP_MARKER, library_fingerprint, make_container, open_library

from containerstudio.exchange.card_page import card_page_bytes
from containerstudio.exchange.handover import open_handover, send_to_therapist
from containerstudio.exchange.problem import ExchangeProblem
from containerstudio.exchange.therapist import (
    PRIVATE_KEY_SETTING,
    keep_card,
    my_therapist_card,
    read_card,
    therapist_card,
)
from containerstudio.flow import find_judging_words
from containerstudio.storage.guided import GuidedStore
from containerstudio.storage.library import PRIVATE_PREFIX


@pytest.fixture
def handover(tmp_path):
    """Therapist A gives the client a card; the client sends a container sealed to it."""
    a, b = open_library(tmp_path / "therapist-a"), open_library(tmp_path / "therapist-b")
    client = open_library(tmp_path / "client")
    card_file = tmp_path / "a.cscard"
    card_file.write_text(therapist_card(a).to_json(), encoding="utf-8")
    therapist_card(b)  # B has a key pair of its own
    therapist_card(client)  # and so may the client's library: it still must not open it
    keep_card(client, read_card(card_file.read_bytes(), card_file.name))
    cid = make_container(client, versions=3, photos=2)
    sealed = send_to_therapist(client, cid, tmp_path / "for-my-therapist.cssealed")
    yield {"a": a, "b": b, "client": client, "cid": cid, "sealed": sealed.read_bytes()}
    for library in (a, b, client):
        library.db.close()


def test_the_sealed_file_opens_in_the_therapists_library(handover):
    a, client, cid = handover["a"], handover["client"], handover["cid"]
    new_id = open_handover(a, handover["sealed"], "for-my-therapist.cssealed")
    assert a.load_working(new_id) == client.load_working(cid)
    assert len(a.list_versions(new_id)) == 3
    assert GuidedStore(a.db, a.codec).slips_of(new_id)[0].text == SLIP_MARKER


def _refused(library, data: bytes, folder) -> str:
    library.db.checkpoint()
    before = library_fingerprint(folder)
    with pytest.raises(ExchangeProblem) as refused:
        open_handover(library, data, "for-my-therapist.cssealed")
    library.db.checkpoint()
    assert library_fingerprint(folder) == before
    message = refused.value.message
    assert not find_judging_words(message) and "library is as it was" in message, message
    return refused.value.kind


def test_it_does_not_open_in_another_therapists_library(handover, tmp_path):
    assert _refused(handover["b"], handover["sealed"], tmp_path / "therapist-b") == (
        "sealed-for-another"
    )


def test_it_does_not_open_in_the_clients_own_library(handover, tmp_path):
    assert _refused(handover["client"], handover["sealed"], tmp_path / "client") == (
        "sealed-for-another"
    )


def test_it_does_not_open_in_a_library_without_a_therapist_key(handover, tmp_path):
    other = open_library(tmp_path / "other")
    assert _refused(other, handover["sealed"], tmp_path / "other") == "no-therapist-key"
    other.db.close()


def test_any_changed_byte_keeps_it_closed(handover, tmp_path):
    sealed = handover["sealed"]
    a = handover["a"]
    header = range(0, 69)  # every byte of the header, then bytes spread over the body
    body = range(69, len(sealed), max(1, (len(sealed) - 69) // 40))
    kinds = set()
    for at in [*header, *body, len(sealed) - 1]:
        changed = bytearray(sealed)
        changed[at] ^= 0x01
        kinds.add(_refused(a, bytes(changed), tmp_path / "therapist-a"))
    for cut in (0, 5, 40, 69, len(sealed) // 2, len(sealed) - 1):
        kinds.add(_refused(a, sealed[:cut], tmp_path / "therapist-a"))
    kinds.add(_refused(a, sealed + b"\x00", tmp_path / "therapist-a"))
    assert kinds <= {"seal-changed", "not-sealed-file", "sealed-for-another", "newer-format"}
    assert a.list_containers() == []


def test_the_fingerprint_words_match_on_both_sides(handover, tmp_path):
    a_words = therapist_card(handover["a"]).words
    assert my_therapist_card(handover["client"]).words == a_words
    assert len(a_words.split()) == 6
    assert therapist_card(handover["b"]).words != a_words
    from pypdf import PdfReader

    page = card_page_bytes(therapist_card(handover["a"]))
    text = PdfReader(io.BytesIO(page)).pages[0].extract_text()
    assert a_words in " ".join(text.split())


def test_no_slip_word_or_title_is_in_the_sealed_files_bytes(handover):
    sealed = handover["sealed"]
    for marker in (SLIP_MARKER.encode(), b"Harbour box"):
        for form in (marker, base64.b64encode(marker), marker.decode().encode("utf-16-le")):
            assert form not in sealed
    for start in range(0, len(sealed), 1024):  # nor inside any zip or deflate stream in it
        with (
            contextlib.suppress(zipfile.BadZipFile),
            zipfile.ZipFile(io.BytesIO(sealed[start:])) as archive,
        ):
            for info in archive.infolist():
                assert SLIP_MARKER.encode() not in archive.read(info)
    for offset in range(len(sealed)):
        if sealed[offset] == 0x78:
            with contextlib.suppress(zlib.error):
                opened = zlib.decompressobj().decompress(sealed[offset : offset + 4096])
                assert SLIP_MARKER.encode() not in opened


def test_the_therapists_private_key_is_sealed_with_a_passcode(tmp_path):
    from crypto_helpers import FAST_KDF, PASSCODE

    from containerstudio.storage.encryption import enable_encryption

    library = open_library(tmp_path / "therapist")
    enable_encryption(library, PASSCODE, FAST_KDF)
    card = therapist_card(library)
    stored = library.setting(PRIVATE_PREFIX + PRIVATE_KEY_SETTING)
    raw = base64.b64decode(stored)
    assert raw[0] == 2  # the codec's sealed tag
    library.lock()
    library.unlock(PASSCODE)
    assert therapist_card(library) == card
    library.db.close()


def test_the_printed_cards_qr_code_holds_the_card_itself(tmp_path):
    """Every module of the page's QR code, read back from the rendered page, is the
    module of a QR code of the card file's very text."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    from containerstudio.exchange.card_page import qr_box
    from containerstudio.export.common import PdfOptions
    from containerstudio.export.preview import page_images

    library = open_library(tmp_path / "therapist")
    card = therapist_card(library)
    dpi = 200
    (image,) = page_images(card_page_bytes(card), dpi=dpi)
    gray = image.convert("L")
    width, height = PdfOptions().page_size()
    x, y, side = qr_box((width, height))
    widget = QrCodeWidget(card.to_json(), barLevel="M")
    widget.draw()
    count = widget.qr.getModuleCount()
    module = side / (count + 2 * widget.barBorder)
    scale = dpi / 72
    mismatched = []
    for row in range(count):
        for column in range(count):
            px = (x + (widget.barBorder + column + 0.5) * module) * scale
            py = (height - (y + side - (widget.barBorder + row + 0.5) * module)) * scale
            dark = gray.getpixel((round(px), round(py))) < 128
            if dark != widget.qr.isDark(row, column):
                mismatched.append((row, column))
    assert count >= 25 and not mismatched
    library.db.close()
