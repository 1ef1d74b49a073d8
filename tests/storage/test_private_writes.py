"""The core's one atomic write (`atomic_files.py`): a file in the data folder is private
from its first byte (0600, in a 0700 folder) and is either the old one or the new one,
never half, whatever stops it midway: a full disk, a read-only folder, a refused check.
A therapist's own pack is written through it too."""

from __future__ import annotations

import errno
import os
import stat
import time
from dataclasses import replace

import pytest
from full_disk import small_disk

from containerstudio.atomic_files import (
    PART_FILE,
    FolderRefusesFiles,
    write_private,
    write_private_text,
    write_whole,
)
from containerstudio.flow import load_pack, load_packs, shipped_prompts_dir
from containerstudio.flow.pack_file import own_pack_name, save_own_pack


@pytest.fixture
def disk(tmp_path):
    with small_disk(tmp_path) as made:
        yield made


@pytest.fixture
def open_umask():
    """An umask that takes nothing away: the modes must come from the write itself."""
    old = os.umask(0)
    yield
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_is_private_from_its_first_byte_in_a_private_folder(tmp_path, open_umask):
    target = tmp_path / "data" / "profiles" / "keys.json"
    seen = []

    def produce(handle):
        seen.append(stat.S_IMODE(os.fstat(handle.fileno()).st_mode))
        handle.write(b"{}")

    assert write_private(target, produce) == target
    assert seen == [0o600], "private before anything is written"
    assert target.read_bytes() == b"{}" and mode(target) == 0o600
    assert mode(target.parent) == 0o700 and mode(target.parent.parent) == 0o700
    assert os.listdir(target.parent) == ["keys.json"], "no temporary file left"


def test_a_wider_file_becomes_private_as_it_is_replaced(tmp_path, open_umask):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    target = folder / "profiles.json"
    target.write_text("old")
    target.chmod(0o644)
    write_private_text(target, "new")
    assert target.read_text() == "new" and mode(target) == 0o600
    assert mode(folder) == 0o700


def test_a_failure_midway_leaves_the_old_file_whole(tmp_path):
    target = tmp_path / "key.json"
    target.write_text("old and whole")

    def produce(handle):
        handle.write(b"half of the ne")
        raise RuntimeError("stopped midway")

    with pytest.raises(RuntimeError):
        write_private(target, produce)
    assert target.read_text() == "old and whole"
    assert os.listdir(tmp_path) == ["key.json"]


def test_a_check_that_refuses_keeps_the_old_file(tmp_path):
    target = tmp_path / "mine.en.toml"
    target.write_text("old")
    read_back = []

    def refuse(tmp):
        read_back.append(tmp.read_bytes())
        assert PART_FILE.match(tmp.name), tmp.name
        raise ValueError("not a pack")

    with pytest.raises(ValueError):
        write_whole(target, lambda h: h.write(b"new"), mode=0o600, check=refuse)
    assert read_back == [b"new"], "the check reads the finished temporary file"
    assert target.read_text() == "old" and os.listdir(tmp_path) == [target.name]


def test_a_full_disk_is_an_oserror_and_the_old_file_stays(disk):
    target = disk.folder / "key.json"
    write_private_text(target, "old and whole")
    with disk.full(), pytest.raises(OSError) as caught:
        write_private_text(target, "new " * 1000)
    assert caught.value.errno in (errno.ENOSPC, errno.EFBIG)
    assert target.read_text() == "old and whole"
    assert os.listdir(disk.folder) == ["key.json"], "no temporary file left"


def test_a_read_only_folder_refuses_before_anything_is_written(disk, tmp_path):
    target = disk.folder / "key.json"
    write_private_text(target, "old")
    with disk.read_only(), pytest.raises(FolderRefusesFiles):
        write_private_text(target, "new")
    assert target.read_text() == "old"
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("just a file")
    with pytest.raises(FolderRefusesFiles):
        write_whole(not_a_folder / "key.json", lambda h: h.write(b"x"), mode=0o600)


# -- a therapist's own pack goes through it ------------------------------------------------
def _pack():
    pack = load_packs(shipped_prompts_dir()).packs[0]
    return replace(pack, id="mine", based_on=pack.id)


def test_an_own_pack_is_private_and_never_half_written(disk, open_umask):
    pack = _pack()
    folder = disk.folder / "prompts"
    written = save_own_pack(pack, folder)
    assert written.name == own_pack_name(pack)
    assert mode(written) == 0o600 and mode(folder) == 0o700
    before = written.read_bytes()
    longer = replace(pack, summary=pack.summary + " And a little more." * 400)
    with disk.full(), pytest.raises(OSError):
        save_own_pack(longer, folder)
    assert written.read_bytes() == before and load_pack(written) == pack
    assert os.listdir(folder) == [written.name]


def test_a_file_where_the_folder_should_be_is_left_alone(tmp_path):
    in_the_way = tmp_path / "data"
    in_the_way.write_text("someone's file")
    in_the_way.chmod(0o644)
    with pytest.raises(OSError):
        write_private_text(in_the_way / "key.json", "x")
    assert in_the_way.read_text() == "someone's file" and mode(in_the_way) == 0o644


def test_a_temporary_file_left_by_a_killed_write_is_tidied_a_day_later(tmp_path):
    left = tmp_path / ".key.json.k2j4h_9x.part"  # a write killed two days ago
    fresh = tmp_path / ".key.json.ab12cd34.part"  # perhaps being written right now
    for path in (left, fresh):
        path.write_bytes(b"half")
    two_days_ago = time.time() - 2 * 24 * 60 * 60
    os.utime(left, (two_days_ago, two_days_ago))
    write_private_text(tmp_path / "key.json", "whole")
    assert sorted(os.listdir(tmp_path)) == sorted([fresh.name, "key.json"])


def test_a_cache_file_is_written_whole_without_waiting_for_the_disk(tmp_path, monkeypatch) -> None:
    """`durable=False` (the icon cache) leaves out the flushes, never the private rename."""
    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd))
    target = tmp_path / "cache" / "icon.bin"
    write_private(target, lambda out: out.write(b"pixels"), durable=False)
    assert target.read_bytes() == b"pixels" and synced == []
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["icon.bin"]
    write_private(target, lambda out: out.write(b"kept"))
    assert synced, "an ordinary private write waits for the disk"
