"""Batch commands and a protected library: the passcode comes from a file or standard
input, a passcode that does not open it is one calm line and exit code 2, and
`passcode set|change|remove|recovery-key` can be scripted."""

from __future__ import annotations

import io

import pytest

from containerstudio.cli.main import main
from containerstudio.storage.database import open_database
from containerstudio.storage.keys import KeyRing
from containerstudio.storage.library import Library

TITLE = "Harbour box"


@pytest.fixture
def library_dir(data_dir):
    library = Library(open_database(data_dir))
    library.create_container(TITLE)
    library.db.close()
    return data_dir


def _run(args: list[str], capsys, stdin: str | None = None, monkeypatch=None) -> tuple:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def _set(library_dir, tmp_path, capsys, passcode: str = "first passcode") -> None:
    secret = tmp_path / "passcode.txt"
    secret.write_text(passcode + "\n")
    code, out, err = _run(["--passcode-file", str(secret), "passcode", "set"], capsys)
    assert code == 0, err
    assert "encrypted" in out


def test_set_then_list_needs_the_passcode(library_dir, tmp_path, capsys, monkeypatch):
    _set(library_dir, tmp_path, capsys)
    code, out, err = _run(["list"], capsys)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "--passcode-file" in err

    code, out, err = _run(["--passcode-stdin", "list"], capsys, "not it\n", monkeypatch)
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [err.strip()] and "Traceback" not in err
    assert TITLE not in err

    code, out, err = _run(["--passcode-stdin", "list"], capsys, "first passcode\n", monkeypatch)
    assert code == 0, err
    assert TITLE in out


def test_change_and_remove(library_dir, tmp_path, capsys, monkeypatch):
    _set(library_dir, tmp_path, capsys)
    code, _, err = _run(
        ["--passcode-stdin", "passcode", "change"],
        capsys,
        "first passcode\nsecond passcode\n",
        monkeypatch,
    )
    assert code == 0, err
    code, _, _ = _run(["--passcode-stdin", "list"], capsys, "first passcode\n", monkeypatch)
    assert code == 2
    new = tmp_path / "new.txt"
    new.write_text("second passcode")
    code, out, err = _run(["--passcode-file", str(new), "list"], capsys)
    assert code == 0 and TITLE in out, err

    code, _, err = _run(["--passcode-file", str(new), "passcode", "remove"], capsys)
    assert code == 0, err
    code, out, _ = _run(["list"], capsys)
    assert code == 0 and TITLE in out


def test_recovery_key_words_unlock(library_dir, tmp_path, capsys, monkeypatch):
    _set(library_dir, tmp_path, capsys)
    code, out, err = _run(
        ["--passcode-stdin", "passcode", "recovery-key"], capsys, "first passcode\n", monkeypatch
    )
    assert code == 0, err
    words = out.strip()
    assert len(words.split()) == 12
    ring = KeyRing.open(library_dir)
    ring.unlock_with_recovery(words)
    assert not ring.is_locked


def test_a_missing_passcode_file_is_one_calm_line(library_dir, tmp_path, capsys):
    _set(library_dir, tmp_path, capsys)
    code, out, err = _run(["--passcode-file", str(tmp_path / "nowhere"), "list"], capsys)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1


def test_a_backup_of_a_protected_library_names_its_key_file(library_dir, tmp_path, capsys):
    _set(library_dir, tmp_path, capsys)
    code, out, err = _run(["backup", "--out", str(tmp_path / "copy.sqlite3")], capsys)
    assert code == 0 and "copy.sqlite3" in out
    assert "keys.json" in err and len(err.strip().splitlines()) == 1


def test_the_passcode_is_not_changed_under_an_open_app(library_dir, tmp_path, capsys):
    import subprocess
    import sys

    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (library_dir / "containerstudio.lock").write_text(f"{holder.pid}\ncontainerstudio\nhost\n")
        secret = tmp_path / "passcode.txt"
        secret.write_text("a passcode")
        code, out, err = _run(["--passcode-file", str(secret), "passcode", "set"], capsys)
        assert code == 2 and out == "" and "open with this library" in err
        assert not (library_dir / "keys.json").exists()
    finally:
        holder.kill()
        holder.wait()
    code, _, err = _run(["--passcode-file", str(secret), "passcode", "set"], capsys)
    assert code == 0, err  # a lock left by a process that is gone does not count


def test_a_forgotten_passcode_is_replaced_with_the_recovery_key(
    library_dir, tmp_path, capsys, monkeypatch
):
    """The recovery key's twelve words stand in for the passcode: a batch command opens
    with them, and `passcode change` sets a new passcode with them."""
    _set(library_dir, tmp_path, capsys)
    code, out, err = _run(
        ["--passcode-stdin", "passcode", "recovery-key"], capsys, "first passcode\n", monkeypatch
    )
    assert code == 0, err
    words = out.strip()
    code, out, err = _run(["--passcode-stdin", "list"], capsys, words + "\n", monkeypatch)
    assert code == 0 and TITLE in out, err
    shuffled = " ".join(reversed(words.split()))
    code, out, err = _run(["--passcode-stdin", "list"], capsys, shuffled + "\n", monkeypatch)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1

    code, out, err = _run(
        ["--passcode-stdin", "passcode", "change"],
        capsys,
        f"{words}\na new passcode\n",
        monkeypatch,
    )
    assert code == 0, err
    code, out, err = _run(["--passcode-stdin", "list"], capsys, "a new passcode\n", monkeypatch)
    assert code == 0 and TITLE in out, err
    ring = KeyRing.open(library_dir)
    ring.unlock_with_recovery(words)  # the recovery key still opens it after the change
    assert not ring.is_locked
