"""The command line with profiles and a server: `profiles`, `--profile`, `--database-url`."""

from __future__ import annotations

import pytest

from containerstudio.cli.main import main
from containerstudio.storage.profiles import ProfileBook, open_profile


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_profiles_are_added_listed_and_used_by_name_or_id(data_dir, capsys, library_url):
    server = ["--database-url", library_url] if library_url else []
    base = ["--data-dir", str(data_dir), *server]
    code, out, _ = _run(capsys, *base, "profiles", "add", "Group Tuesday")
    assert code == 0
    new_id, name = out.strip().split("\t")
    assert name == "Group Tuesday"
    book = ProfileBook(data_dir, url=library_url)
    opened = open_profile(book, new_id)
    opened.library.create_container("Tuesday box")
    opened.close()
    book.set_current("default")

    code, out, _ = _run(capsys, *base, "profiles")
    assert code == 0
    assert out.splitlines() == ["id\tname\tin use", "default\t\t*", f"{new_id}\tGroup Tuesday\t"]
    code, out, _ = _run(capsys, *base, "list")
    assert code == 0 and "Tuesday box" not in out  # the default profile's own library
    for chosen in ("Group Tuesday", new_id):
        code, out, _ = _run(capsys, *base, "--profile", chosen, "list")
        assert code == 0 and "Tuesday box" in out


def test_an_unknown_profile_or_server_gets_one_calm_line(data_dir, capsys):
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "--profile", "Nobody", "list")
    assert code == 2 and "no such profile" in err and len(err.strip().splitlines()) == 1
    url = "postgresql+psycopg://someone:topsecret9@127.0.0.1:9/practice"
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "--database-url", url, "list")
    assert code == 2 and "cannot be reached" in err and "topsecret9" not in err
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "profiles", "add", "  ")
    assert code == 2 and "needs a name" in err


def test_backup_of_a_server_library_is_left_to_the_server(data_dir, capsys, tmp_path):
    url = "postgresql+psycopg://someone@127.0.0.1:9/practice"
    out_file = tmp_path / "copy.sqlite3"
    code, _, err = _run(
        capsys, "--data-dir", str(data_dir), "--database-url", url, "backup", "--out", str(out_file)
    )
    assert code == 1 and "pg_dump" in err and not out_file.exists()


@pytest.fixture(autouse=True)
def _no_server_from_the_environment(monkeypatch):
    monkeypatch.delenv("CONTAINERSTUDIO_DATABASE_URL", raising=False)


def test_a_profiles_defaults_are_set_and_kept_to_itself(data_dir, capsys, library_url):
    """`defaults`: what a new session in the profile starts with (the window offers it)."""
    from containerstudio.storage.profiles import ProfileDefaults, read_defaults

    server = ["--database-url", library_url] if library_url else []
    base = ["--data-dir", str(data_dir), *server]
    code, out, _ = _run(capsys, *base, "profiles", "add", "Mira")
    other = out.strip().split("\t")[0]
    code, out, _ = _run(
        capsys, *base, "--profile", other, "defaults", "--minutes", "30", "--pack", "container",
        "--text-size", "large",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines() == ["minutes\t30", "pack\tcontainer", "text-size\tlarge"]
    book = ProfileBook(data_dir, url=library_url)
    opened = open_profile(book, other)
    assert read_defaults(opened.library) == ProfileDefaults(30, "container", "large")
    opened.close()
    code, out, _ = _run(capsys, *base, "--profile", "default", "defaults")  # untouched
    assert code == 0 and out.splitlines() == ["minutes\t", "pack\t", "text-size\t"]
    code, _, err = _run(capsys, *base, "--profile", other, "defaults", "--minutes", "999")
    assert code == 2 and "nothing was changed" in err
