"""Acceptance 3 (second half): damaged and hostile portable files are each refused with
a calm message, and the library they were offered to is unchanged (every row of its
database and its key file hashed before and after)."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable

import pytest
from exchange_helpers import library_fingerprint, make_container, open_library
from PIL import Image

from containerstudio.exchange import portable_format
from containerstudio.exchange.portable import import_portable, portable_bytes
from containerstudio.exchange.portable_format import MANIFEST_NAME
from containerstudio.exchange.problem import ExchangeProblem
from containerstudio.flow import find_judging_words
from containerstudio.model.document import asset_id_for


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> bytes:
    home = open_library(tmp_path_factory.mktemp("home"))
    cid = make_container(home, versions=3, photos=2)
    data, _ = portable_bytes(home, cid)
    home.db.close()
    return data


def _open(data: bytes) -> tuple[dict, dict[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    return json.loads(entries.pop(MANIFEST_NAME)), entries


def _zip(manifest: dict, entries: dict[str, bytes], *, relist: bool = True, **how) -> bytes:
    """A portable file of these entries; `relist` recomputes the manifest's sizes and
    fingerprints, so only the damage a case means is left in the file."""
    import hashlib

    if relist:
        manifest = {
            **manifest,
            "entries": {
                name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                for name, data in entries.items()
            },
        }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", how.get("method", zipfile.ZIP_DEFLATED)) as archive:
        archive.writestr(MANIFEST_NAME, json.dumps(manifest))
        for name, data in entries.items():
            archive.writestr(name, data)
        for name, data in how.get("extra", ()):
            archive.writestr(name, data)
    return out.getvalue()


def _edit(change: Callable[[dict, dict[str, bytes]], None], **how) -> Callable[[bytes], bytes]:
    def make(good: bytes) -> bytes:
        manifest, entries = _open(good)
        change(manifest, entries)
        return _zip(manifest, entries, **how)

    return make


def _document(entries: dict[str, bytes], change: Callable[[dict], None]) -> None:
    name = "documents/0003.json"
    doc = json.loads(entries[name])
    change(doc)
    entries[name] = json.dumps(doc).encode()


def _first_asset(entries: dict[str, bytes]) -> str:
    return next(name for name in entries if name.startswith("assets/"))


def _replace_asset(entries: dict[str, bytes], manifest: dict, data: bytes) -> None:
    """Put `data` in place of the first photo, named (and referenced) by its own hash, so
    only the picture itself is at fault."""
    old = _first_asset(entries)
    new = "assets/" + asset_id_for(data)
    del entries[old]
    entries[new] = data
    for name in [n for n in entries if n.startswith("documents/")]:
        entries[name] = entries[name].replace(old[7:].encode(), new[7:].encode())


def _small_picture() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "#336699").save(out, "PNG")
    return out.getvalue()


def _bomb_picture() -> bytes:
    out = io.BytesIO()
    Image.new("1", (9000, 9000)).save(out, "PNG")
    return out.getvalue()


def _declared_huge(good: bytes) -> bytes:
    """One entry's directory record says it unpacks to 100 MB (more than an entry may)."""
    data = bytearray(good)
    found = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02") + 4)  # the second entry
    data[found + 24 : found + 28] = (100 << 20).to_bytes(4, "little")
    return bytes(data)


def _flag_encrypted(good: bytes) -> bytes:
    """Mark every entry as locked with a password (general purpose flag bit 0)."""
    data = bytearray(good)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (found := data.find(signature, start)) >= 0:
            data[found + offset] |= 1
            start = found + 4
    return bytes(data)


CASES: dict[str, Callable[[bytes], bytes]] = {
    "empty file": lambda good: b"",
    "plain text": lambda good: b"dear diary, not a container\n" * 20,
    "cut to half": lambda good: good[: len(good) // 2],
    "cut by ten bytes": lambda good: good[:-10],
    "first bytes only": lambda good: good[:30],
    "manifest missing": lambda good: _without_manifest(good),
    "manifest not JSON": lambda good: _raw_manifest(good, b"{not json"),
    "another format": _edit(lambda m, e: m.update(format="someone.else")),
    "newer version": _edit(lambda m, e: m.update(version=2)),
    "version as text": _edit(lambda m, e: m.update(version="1")),
    "path traversal name": _edit(lambda m, e: e.update({"../../evil.json": b"{}"})),
    "absolute name": _edit(lambda m, e: e.update({"/tmp/evil.json": b"{}"})),
    "backslash name": _edit(lambda m, e: e.update({"assets\\..\\..\\evil": b"x"})),
    "unlisted entry": _edit(lambda m, e: None, extra=[("documents/0099.json", b"{}")], relist=True),
    "listed entry missing": _edit(lambda m, e: e.pop(_first_asset(e)), relist=False),
    "fingerprint mismatch": _edit(
        lambda m, e: e.update({"documents/0001.json": e["documents/0001.json"][:-1] + b" "}),
        relist=False,
    ),
    "size mismatch in the list": lambda good: _listed_size(good),
    "another picture under its name": _edit(
        lambda m, e: e.update({_first_asset(e): _small_picture()})
    ),
    "picture that is not one": _edit(lambda m, e: _replace_asset(e, m, b"GIF89a" + b"x" * 64)),
    "picture cut short": _edit(
        lambda m, e: _replace_asset(e, m, e[_first_asset(e)][: len(e[_first_asset(e)]) // 2])
    ),
    "picture bomb": _edit(lambda m, e: _replace_asset(e, m, _bomb_picture())),
    "zip bomb": _edit(lambda m, e: e.update({"documents/working.json": b"\x00" * (48 << 20)})),
    "entry named twice": lambda good: _twice(good),
    "entry declared larger than allowed": _declared_huge,
    "entry locked with a password": _flag_encrypted,
    "unknown packing": _edit(lambda m, e: None, method=zipfile.ZIP_BZIP2),
    "unknown element kind": _edit(
        lambda m, e: _document(e, lambda d: d["elements"][0].update(kind="macro"))
    ),
    "NaN in a drawing": lambda good: _nan(good),
    "element named twice": _edit(
        lambda m, e: _document(e, lambda d: d["elements"].append(d["elements"][0]))
    ),
    "drawing of another format": _edit(lambda m, e: _document(e, lambda d: d.update(format="x"))),
    "drawing from a newer version": _edit(lambda m, e: _document(e, lambda d: d.update(version=9))),
    "huge canvas": _edit(lambda m, e: _document(e, lambda d: d.update(canvas=[10**9, 1]))),
    "version numbered twice": _edit(lambda m, e: m["versions"].append(dict(m["versions"][0]))),
    "unknown version kind": _edit(lambda m, e: m["versions"][0].update(kind="secret")),
    "unknown slip kind": _edit(lambda m, e: m["slips"][0].update(kind="macro")),
    "slip words not text": _edit(lambda m, e: m["slips"][0].update(words=["a", "b"])),
    "title not text": _edit(lambda m, e: m["container"].update(title=7)),
    "odd time": _edit(lambda m, e: m["container"].update(created_at="soon")),
}


def _without_manifest(good: bytes) -> bytes:
    _, entries = _open(good)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def _raw_manifest(good: bytes, raw: bytes) -> bytes:
    _, entries = _open(good)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(MANIFEST_NAME, raw)
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def _listed_size(good: bytes) -> bytes:
    manifest, entries = _open(good)
    manifest = _open(_zip(manifest, entries))[0]
    manifest["entries"]["documents/0001.json"]["size"] += 1
    return _zip(manifest, entries, relist=False)


def _twice(good: bytes) -> bytes:
    import warnings

    manifest, entries = _open(good)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate; that is the case
        return _zip(manifest, entries, extra=[("documents/0001.json", b"{}")])


def _nan(good: bytes) -> bytes:
    manifest, entries = _open(good)
    name = "documents/0002.json"
    entries[name] = entries[name].replace(b'"width":', b'"width":NaN,"x_":', 1)
    return _zip(manifest, entries)


def test_there_are_at_least_twenty_cases():
    assert len(CASES) >= 20


def test_the_untouched_file_comes_in(good, tmp_path):
    library = open_library(tmp_path / "office")
    assert import_portable(library, good) > 0
    library.db.close()


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_damaged_or_hostile_file_is_refused_calmly_and_changes_nothing(good, tmp_path, case):
    folder = tmp_path / "office"
    library = open_library(folder)
    make_container(library, versions=1, photos=1, seed=9)
    library.db.checkpoint()
    before = library_fingerprint(folder)
    listed = library.list_containers()
    bad = CASES[case](good)
    with pytest.raises(ExchangeProblem) as refused:
        import_portable(library, bad, "from-the-office.csportable")
    message = refused.value.message
    assert "from-the-office.csportable" in message
    assert "Nothing was added" in message or "library is as it was" in message
    assert not find_judging_words(message), message
    assert library.list_containers() == listed
    library.db.checkpoint()
    assert library_fingerprint(folder) == before
    library.db.close()


def test_an_entry_larger_than_the_limit_is_refused_before_it_is_read(good, tmp_path, monkeypatch):
    monkeypatch.setattr(portable_format, "MAX_ENTRY_BYTES", 64 * 1024)
    library = open_library(tmp_path / "office")
    with pytest.raises(ExchangeProblem) as refused:
        import_portable(library, good, "big.csportable")
    assert refused.value.kind == "too-large"
    assert library.list_containers() == []
    library.db.close()


def test_a_write_that_stops_halfway_leaves_nothing_behind(good, tmp_path, monkeypatch):
    """The checked file is written in one transaction: if the disk gives out on the second
    version, the first is not left behind, and an encrypted library drops the new key."""
    from crypto_helpers import FAST_KDF, PASSCODE

    from containerstudio.storage.encryption import enable_encryption
    from containerstudio.storage.library import Library

    folder = tmp_path / "office"
    library = open_library(folder)
    enable_encryption(library, PASSCODE, FAST_KDF)
    library.db.checkpoint()
    before = library_fingerprint(folder)
    keys_before = set(library.keyring.key_file.containers)
    real = Library._store_document
    calls = []

    def store(self, conn, container_id, doc, thumbnail):
        calls.append(container_id)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(self, conn, container_id, doc, thumbnail)

    monkeypatch.setattr(Library, "_store_document", store)
    with pytest.raises(Exception):  # noqa: B017  (the disk's own complaint, passed on)
        import_portable(library, good)
    monkeypatch.undo()
    assert len(calls) == 2
    assert library.list_containers() == []
    assert set(library.keyring.key_file.containers) == keys_before
    library.db.checkpoint()
    assert library_fingerprint(folder) == before
    assert import_portable(library, good) > 0  # and the next try goes through whole
    library.db.close()
