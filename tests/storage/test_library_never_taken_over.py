"""Acceptance 4 (storage and command line): an empty file, another program's SQLite
database, a text file, a folder or a truncated library at the library path is left
exactly as it is; every command says so in one calm line and exits with code 2."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest
from library_cases import CASES, fingerprint, folder_names, place

from containerstudio.storage.database import StorageProblem, open_database

KINDS = {
    "empty": "empty",
    "foreign": "foreign",
    "text": "not-a-database",
    "folder": "not-a-file",
    "truncated": "damaged",
}
JARGON = ("Traceback", "Errno", "DatabaseError", "OperationalError", "malformed", "sqlite3.")


@pytest.mark.parametrize("case", CASES)
def test_open_database_refuses_and_leaves_it_as_it_was(data_dir, case):
    path = place(case, data_dir)
    before, names = fingerprint(path), folder_names(data_dir)
    with pytest.raises(StorageProblem) as caught:
        open_database(data_dir)
    assert caught.value.kind.code == KINDS[case]
    assert str(path) in caught.value.message
    assert "left it exactly as it is" in caught.value.message
    assert fingerprint(path) == before, "the bytes (and mode) are the same"
    assert folder_names(data_dir) == names, "nothing was made beside it (no backup, no -wal)"


def test_a_foreign_database_is_not_migrated(data_dir):
    """Recognised by its tables: not one of ours is added (they used to be, 8 of them)."""
    import sqlite3

    path = place("foreign", data_dir)
    with pytest.raises(StorageProblem):
        open_database(data_dir)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert tables == {"recipes"}


def test_an_interrupted_first_start_leaves_no_empty_library(data_dir, monkeypatch):
    """A new library is made beside the path and moved in whole, so a crash while it is
    made cannot leave the empty file that the next start would have to refuse."""
    import containerstudio.storage.database as database

    def stop(engine) -> None:
        with engine.connect():  # SQLite has made the file and set it up
            pass
        raise KeyboardInterrupt  # as if the power went at that moment

    monkeypatch.setattr(database, "_migrate", stop)
    with pytest.raises(KeyboardInterrupt):
        open_database(data_dir)
    assert not (data_dir / "library.sqlite3").exists()
    monkeypatch.undo()
    open_database(data_dir).close()  # and the next start simply makes one
    assert not [p.name for p in data_dir.iterdir() if ".new" in p.name]


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "containerstudio", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _commands(out: Path) -> dict[str, list[str]]:
    return {
        "list": ["list"],
        "export": ["export", "1", "--out", str(out / "s.pdf")],
        "print-group": ["print-group", "1", "2", "--out", str(out / "g.pdf")],
        "paper-box": ["paper-box", "1", "--out", str(out / "b.pdf")],
        "png": ["png", "1", "--out", str(out / "a.png")],
        "versions": ["versions", "1"],
        "backup": ["backup", "--out", str(out / "copy.sqlite3")],
    }


@pytest.mark.parametrize("case", CASES)
def test_every_command_says_so_in_one_calm_line_and_exits_2(data_dir, tmp_path, case):
    path = place(case, data_dir)
    before, names = fingerprint(path), folder_names(data_dir)
    out = tmp_path / "out"
    out.mkdir()
    for name, args in _commands(out).items():
        result = _cli(data_dir, *args)
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 2, (name, result.returncode, result.stderr)
        assert len(lines) == 1, (name, result.stderr)
        assert str(path) in lines[0], (name, lines[0])
        assert not [j for j in JARGON if j in result.stderr], (name, result.stderr)
        assert "no automatic backup" in lines[0], "no restore is offered when none exists"
        assert result.stdout == "", result.stdout
        assert fingerprint(path) == before, name
        assert folder_names(data_dir) == names, name
    assert list(out.iterdir()) == [], "nothing was written"
    # worksheet does not need the library: it simply works, and leaves it as it is.
    sheet = out / "w.pdf"
    result = _cli(data_dir, "worksheet", "container", "--out", str(sheet))
    assert result.returncode == 0 and sheet.stat().st_size > 0, result.stderr
    assert fingerprint(path) == before


def _more_commands(out: Path) -> dict[str, list[str]]:
    """Every other command that reads the library (run in this process: quicker)."""
    return {
        "defaults": ["defaults", "--minutes", "20"],
        "passcode set": ["--passcode-stdin", "passcode", "set"],
        "passcode change": ["--passcode-file", str(out / "p"), "passcode", "change"],
        "passcode remove": ["--passcode-file", str(out / "p"), "passcode", "remove"],
        "passcode recovery-key": ["--passcode-file", str(out / "p"), "passcode", "recovery-key"],
        "export-portable": ["export-portable", "1", "--out", str(out / "p.csportable")],
        "seal": ["seal", "1", "--out", str(out / "s.cssealed")],
        "import-portable": ["import-portable", str(out / "p.csportable")],
        "therapist-card": ["therapist-card", "--out", str(out / "c.cscard")],
        "import-card": ["import-card", str(out / "c.cscard")],
        "open-sealed": ["open-sealed", str(out / "s.cssealed")],
        "what-left": ["what-left"],
    }


# Commands that never open the library: they work, and leave what is there as it is.
LIBRARY_FREE = {"worksheet": ["worksheet", "container"], "profiles": ["profiles"]}


def test_the_cases_name_every_command_there_is():
    from containerstudio.cli.main import build_parser

    (sub,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    named = {*_commands(Path("o")), *LIBRARY_FREE}
    named |= {name.split()[0] for name in _more_commands(Path("o"))}
    assert set(sub.choices) == named


@pytest.mark.parametrize("case", CASES)
def test_every_other_command_says_so_in_one_calm_line_and_exits_2(data_dir, tmp_path, capsys, case):
    from containerstudio.cli.main import main

    path = place(case, data_dir)
    before, names = fingerprint(path), folder_names(data_dir)
    out = tmp_path / "out"
    out.mkdir()
    for name, args in _more_commands(out).items():
        code = main(["--data-dir", str(data_dir), *args])
        said = capsys.readouterr()
        lines = said.err.strip().splitlines()
        assert code == 2, (name, code, said.err)
        assert len(lines) == 1 and str(path) in lines[0], (name, said.err)
        assert not [j for j in JARGON if j in said.err], (name, said.err)
        assert "no automatic backup" in lines[0], (name, lines[0])
        assert said.out == "", (name, said.out)
        assert fingerprint(path) == before, name
        assert folder_names(data_dir) == names, name
    assert list(out.iterdir()) == [], "nothing was written"
    code = main(["--data-dir", str(data_dir), "profiles"])  # never opens the library
    assert code == 0 and capsys.readouterr().err == ""
    assert fingerprint(path) == before


@pytest.mark.parametrize("case", CASES)
def test_with_a_backup_the_line_offers_it(data_dir, tmp_path, case):
    path = place(case, data_dir, with_backup=True)
    before = fingerprint(path)
    result = _cli(data_dir, "list")
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1, result.stderr
    assert "automatic backup from" in lines[0] and "--data-dir" in lines[0], lines[0]
    assert fingerprint(path) == before


def test_anything_unexpected_is_one_calm_line_without_its_words(data_dir, monkeypatch, capsys):
    """The last resort: no traceback, and the exception's message (which could hold
    what someone wrote) stays out of the line."""
    from containerstudio.cli import main as cli

    def surprise(_args, _data_dir) -> int:
        raise RuntimeError("my private words")

    monkeypatch.setattr(cli, "_run_command", surprise)
    assert cli.main(["--data-dir", str(data_dir), "list"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "RuntimeError" in err, err
    assert "my private words" not in err and "Traceback" not in err


def test_a_library_cut_short_inside_its_header_is_damaged_not_foreign(data_dir):
    path = data_dir / "library.sqlite3"
    path.write_bytes(b"SQLite for")  # the first bytes of a library, and nothing more
    with pytest.raises(StorageProblem) as caught:
        open_database(data_dir)
    assert caught.value.kind.code == "damaged" and path.read_bytes() == b"SQLite for"
