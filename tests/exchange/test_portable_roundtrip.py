"""Acceptance 3 (first half): a container with 10 versions, 3 photos and slips is the
same after travelling through a portable file into a fresh data folder: every version's
elements, photos and rendered pixels, its working copy, names, notes, slips and lid."""

from __future__ import annotations

import io

import numpy as np
import pytest
from exchange_helpers import SLIP_MARKER, make_container, open_library
from PIL import Image

from containerstudio.exchange.portable import export_portable, import_portable
from containerstudio.exchange.portable_format import read_portable
from containerstudio.export.artwork import ArtworkOptions
from containerstudio.export.common import PdfOptions
from containerstudio.export.group_print import GroupItem, export_group_pdf
from containerstudio.export.preview import page_images
from containerstudio.storage.guided import GuidedStore
from containerstudio.storage.lid import lid_closed, set_lid_closed
from containerstudio.storage.paths import DATABASE_NAME


def _pixels(tmp_path, doc, name) -> np.ndarray:
    """The drawing rendered on paper (one per sheet, every part shown), as pixels."""
    out = tmp_path / f"{name}.pdf"
    export_group_pdf(out, [GroupItem(doc, None)], 1, PdfOptions(), ArtworkOptions(view="open"))
    (image,) = page_images(out.read_bytes(), dpi=60)
    return np.asarray(image)


@pytest.fixture
def travelled(tmp_path):
    home = open_library(tmp_path / "home")
    cid = make_container(home)
    set_lid_closed(home, cid, True)
    path = export_portable(home, cid, tmp_path / "box.csportable")
    office = open_library(tmp_path / "office")
    new_id = import_portable(office, path.read_bytes(), path.name)
    yield home, cid, office, new_id
    home.db.close()
    office.db.close()


def test_every_version_is_identical_after_import_into_a_fresh_library(travelled, tmp_path):
    home, cid, office, new_id = travelled
    before, after = home.list_versions(cid), office.list_versions(new_id)
    assert len(before) == len(after) == 10
    photos: set[str] = set()
    for old, new in zip(before, after, strict=True):
        assert (old.number, old.name, old.kind, old.created_at) == (
            new.number,
            new.name,
            new.kind,
            new.created_at,
        )
        assert home.version_note(old.id) == office.version_note(new.id)
        old_doc, new_doc = home.load_version(old.id), office.load_version(new.id)
        assert old_doc.elements() == new_doc.elements()
        assert old_doc.used_assets() == new_doc.used_assets()
        for aid, data in new_doc.used_assets().items():
            old_pixels = np.asarray(Image.open(io.BytesIO(old_doc.asset(aid))))
            assert np.array_equal(old_pixels, np.asarray(Image.open(io.BytesIO(data))))
        photos |= set(new_doc.used_assets())
        assert np.array_equal(
            _pixels(tmp_path, old_doc, f"old{old.number}"),
            _pixels(tmp_path, new_doc, f"new{new.number}"),
        )
    assert len(photos) == 3
    assert home.load_working(cid) == office.load_working(new_id)
    assert office.container(new_id).title == home.container(cid).title
    assert home.version_note(before[3].id) == "a quiet note"


def test_slips_and_the_lid_travel_too(travelled):
    home, cid, office, new_id = travelled
    old = GuidedStore(home.db, home.codec).slips_of(cid)
    new = GuidedStore(office.db, office.codec).slips_of(new_id)
    assert new == old and len(new) == 3
    assert new[0].text == SLIP_MARKER and new[0].folded
    assert lid_closed(office, new_id)


def test_chosen_versions_travel_alone(tmp_path):
    home = open_library(tmp_path / "home")
    cid = make_container(home, versions=4, photos=1)
    path = export_portable(home, cid, tmp_path / "two.csportable", [2, 4], include_slips=False)
    held = read_portable(path.read_bytes())
    assert [v.number for v in held.versions] == [2, 4] and held.slips == ()
    home.db.close()


def test_an_encrypted_library_takes_in_a_portable_file_sealed_at_rest(tmp_path):
    from crypto_helpers import FAST_KDF, PASSCODE

    from containerstudio.storage.encryption import enable_encryption

    home = open_library(tmp_path / "home")
    cid = make_container(home, versions=3, photos=1)
    path = export_portable(home, cid, tmp_path / "box.csportable")
    office = open_library(tmp_path / "office")
    enable_encryption(office, PASSCODE, FAST_KDF)
    new_id = import_portable(office, path.read_bytes())
    assert office.load_working(new_id) == home.load_working(cid)
    assert GuidedStore(office.db, office.codec).slips_of(new_id)[0].text == SLIP_MARKER
    office.db.checkpoint()
    raw = (tmp_path / "office" / DATABASE_NAME).read_bytes()
    assert SLIP_MARKER.encode() not in raw and b"Harbour box" not in raw
    home.db.close()
    office.db.close()
