"""Acceptance 5 (and the command line of acceptance 3 and 4): a scripted session on the
command line exports a PDF, a PNG, a paper container, a group print, a portable file
and a sealed handover; the log of what left the app lists each of them (when, kind,
parts) and none of their content: no title, slip word, reflection or file name."""

from __future__ import annotations

import base64
import subprocess
import sys

from exchange_helpers import SLIP_MARKER, library_fingerprint, make_container, open_library

from containerstudio.exchange.departures import LOG_SETTING, departures
from containerstudio.storage.library import PRIVATE_PREFIX

TITLE = "Harbour box"
PATH_MARK = "PATHMARK-6R"


def _cli(data_dir, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "containerstudio", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _ok(data_dir, *args: str) -> str:
    done = _cli(data_dir, *args)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", done.stderr
    return done.stdout


def test_a_scripted_session_is_listed_and_holds_no_content(tmp_path):
    client, office = tmp_path / "client", tmp_path / "office"
    library = open_library(client)
    cid = str(make_container(library, versions=3, photos=1))
    library.db.close()
    out = tmp_path / PATH_MARK
    out.mkdir()
    _ok(
        client,
        "export",
        cid,
        "--out",
        str(out / "session.pdf"),
        "--include",
        "reflections,checkins,kept,slips",
    )
    _ok(client, "png", cid, "--out", str(out / "picture.png"), "--size", "200")
    _ok(client, "paper-box", cid, "--out", str(out / "box.pdf"))
    _ok(client, "print-group", cid, cid, "--out", str(out / "group.pdf"))
    _ok(client, "export-portable", cid, "--out", str(out / "box.csportable"))
    card = _ok(
        office, "therapist-card", "--out", str(out / "card.cscard"), "--page", str(out / "card.pdf")
    )
    kept = _ok(client, "import-card", str(out / "card.cscard"))
    words = card.split("Fingerprint words: ")[1].strip()
    assert words in kept
    _ok(client, "seal", cid, "--out", str(out / "for-my-therapist.cssealed"))
    opened = _ok(office, "open-sealed", str(out / "for-my-therapist.cssealed"))
    assert "added as container" in opened
    assert "Added as container" in _ok(office, "import-portable", str(out / "box.csportable"))

    listed = _ok(client, "what-left").splitlines()
    assert listed[0] == "when\tkind\tparts\tcontainers\tversions"
    kinds = [row.split("\t")[1] for row in listed[1:]]
    assert kinds == ["pdf", "png", "paper-container", "group-print", "portable", "handover"]
    rows = {row.split("\t")[1]: row.split("\t") for row in listed[1:]}
    assert rows["pdf"][2] == "outside,lid,reflections,checkins,kept_where,slips"
    assert rows["group-print"][3] == "2"
    assert "versions" in rows["handover"][2] and "slips" in rows["handover"][2]
    assert rows["handover"][4] == "3"

    library = open_library(client)
    entries = departures(library)
    stored = library.setting(PRIVATE_PREFIX + LOG_SETTING)
    library.db.close()
    assert len(entries) == 6
    plain = base64.b64decode(stored)
    for text in ("\n".join(listed), plain.decode("latin-1"), repr(entries)):
        for marker in (SLIP_MARKER, TITLE, PATH_MARK, "a quiet note", "step 1"):
            assert marker not in text


def test_a_hostile_file_on_the_command_line_gets_one_calm_line(tmp_path):
    office = tmp_path / "office"
    library = open_library(office)
    library.db.close()
    before = library_fingerprint(office)
    hostile = tmp_path / "box.csportable"
    hostile.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    done = _cli(office, "import-portable", str(hostile))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "box.csportable" in done.stderr and "library is as it was" in done.stderr
    sealed = tmp_path / "x.cssealed"
    sealed.write_bytes(b"CSSEALED\x01" + b"\x00" * 200)
    done = _cli(office, "open-sealed", str(sealed))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "no therapist key" in done.stderr
    assert library_fingerprint(office) == before


def test_the_log_is_sealed_in_a_library_with_a_passcode(tmp_path):
    from crypto_helpers import FAST_KDF, PASSCODE

    from containerstudio.exchange.departures import record_departure
    from containerstudio.storage.encryption import enable_encryption

    library = open_library(tmp_path / "client")
    enable_encryption(library, PASSCODE, FAST_KDF)
    record_departure(library, "pdf", ("outside", "slips"))
    raw = base64.b64decode(library.setting(PRIVATE_PREFIX + LOG_SETTING))
    assert raw[0] == 2 and b"slips" not in raw and b"pdf" not in raw
    assert [e.kind for e in departures(library)] == ["pdf"]
    library.db.close()
