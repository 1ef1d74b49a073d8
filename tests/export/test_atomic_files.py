"""Exported files: ordinary permissions, and old temporary files tidied away."""

from __future__ import annotations

import os
import stat
import time

import pytest
from export_fixtures import drawing_document

from containerstudio.export.common import current_umask, remove_stale_parts, write_atomically
from containerstudio.export.session_pdf import SessionExportContent, export_session_pdf


@pytest.fixture
def umask():
    """Set the process umask for a test, then put the old one back."""
    old = os.umask(0o022)
    os.umask(old)
    yield lambda mask: os.umask(mask)
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_export_gets_the_permissions_of_an_ordinary_file(tmp_path, umask, mask, expected):
    umask(mask)
    assert current_umask() == mask
    target = export_session_pdf(tmp_path / "c.pdf", drawing_document(), SessionExportContent())
    assert mode(target) == expected


def test_replacing_a_file_keeps_its_permissions(tmp_path, umask):
    umask(0o022)
    target = tmp_path / "c.bin"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomically(target, lambda fh: fh.write(b"new"))
    assert target.read_bytes() == b"new" and mode(target) == 0o640


def test_old_temporary_files_are_removed_on_the_next_export(tmp_path):
    day = 24 * 60 * 60
    old = tmp_path / ".session.pdf.k2j4h_9x.part"  # left by an export killed two days ago
    fresh = tmp_path / ".other.pdf.ab12cd34.part"  # perhaps being written right now
    unrelated = [tmp_path / "film.mkv.part", tmp_path / ".notes.part", tmp_path / "keep.pdf"]
    folder_like = tmp_path / ".box.pdf.zzzzzzzz.part"
    for path in (old, fresh, *unrelated):
        path.write_bytes(b"x")
    folder_like.mkdir()
    two_days_ago = time.time() - 2 * day
    for path in (old, *unrelated, folder_like):
        os.utime(path, (two_days_ago, two_days_ago))

    write_atomically(tmp_path / "new.pdf", lambda fh: fh.write(b"%PDF"))
    assert not old.exists()
    assert fresh.exists() and folder_like.is_dir()
    assert all(path.exists() for path in unrelated)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == sorted(
        [fresh.name, folder_like.name, "film.mkv.part", ".notes.part"]
    )
    # A day later the fresh one is stale too.
    assert remove_stale_parts(tmp_path, now=time.time() + 2 * day) == [fresh]


def test_tidying_a_folder_that_cannot_be_read_is_quiet(tmp_path):
    assert remove_stale_parts(tmp_path / "missing") == []
