"""Whatever a portable file holds, taking it in either adds a container or refuses it
calmly (an ExchangeProblem): random bytes changed anywhere, and values anywhere in its
manifest and drawings replaced by values of other types, never end in anything else."""

from __future__ import annotations

import hashlib
import io
import json
import random
import zipfile

import pytest
from exchange_helpers import make_container, open_library

from containerstudio.exchange.portable import import_portable, portable_bytes
from containerstudio.exchange.portable_format import MANIFEST_NAME, read_portable
from containerstudio.exchange.problem import ExchangeProblem

ODD_VALUES = [None, -1, 0, 2**70, 1.5, "", "x" * 300, [], {}, [1, 2], {"a": 1}, True, "../x"]


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> bytes:
    home = open_library(tmp_path_factory.mktemp("home"))
    cid = make_container(home, versions=2, photos=1)
    data, _ = portable_bytes(home, cid)
    home.db.close()
    return data


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    library = open_library(tmp_path_factory.mktemp("office"))
    yield library
    library.db.close()


def _take_in(library, data: bytes, outcomes: list[str]) -> None:
    """Check the file; one that passes is really added (the write must take it too)."""
    try:
        read_portable(data, "fuzzed.csportable")
    except ExchangeProblem as problem:
        outcomes.append(problem.kind)
        return
    import_portable(library, data)
    outcomes.append("added")


def test_changed_bytes_are_refused_calmly(good, office):
    rng = random.Random(17)
    outcomes: list[str] = []
    for _ in range(150):
        data = bytearray(good)
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        _take_in(office, bytes(data), outcomes)
    assert outcomes.count("added") < len(outcomes) // 2  # most changes are noticed


def _paths(value, prefix=()):
    """Every place in a JSON value: (path, value)."""
    yield prefix, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:6]):
            yield from _paths(item, (*prefix, index))


def _replace(value, path, new):
    if not path:
        return new
    head, rest = path[0], path[1:]
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[head] = _replace(value[head], rest, new)
    return copy


def test_values_of_other_types_anywhere_are_refused_calmly(good, office):
    rng = random.Random(29)
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    json_names = [n for n in entries if n.endswith(".json")]
    outcomes: list[str] = []
    for _ in range(300):
        name = rng.choice(json_names)
        value = json.loads(entries[name])
        places = list(_paths(value))
        path, _old = rng.choice(places)
        changed = dict(entries)
        changed[name] = json.dumps(_replace(value, path, rng.choice(ODD_VALUES))).encode()
        if name != MANIFEST_NAME:  # keep the list of entries true, so the content is read
            manifest = json.loads(changed[MANIFEST_NAME])
            manifest["entries"][name] = {
                "size": len(changed[name]),
                "sha256": hashlib.sha256(changed[name]).hexdigest(),
            }
            changed[MANIFEST_NAME] = json.dumps(manifest).encode()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            for entry, data in changed.items():
                archive.writestr(entry, data)
        _take_in(office, out.getvalue(), outcomes)
    assert len(set(outcomes)) >= 3 and outcomes.count("damaged") > 100
