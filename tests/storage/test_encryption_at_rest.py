"""Encryption at rest (issue 13, acceptance 1): with a passcode set, nothing the person
made or wrote is readable in the data folder, backups included; the passcode (or the
recovery key) brings it all back; removing a container for good reaches old backups."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap

import pytest

from containerstudio.storage.backups import backup_database, list_backups
from containerstudio.storage.codec import ContentCodec, Identity, SealedContentProblem
from containerstudio.storage.database import open_database
from containerstudio.storage.encryption import disable_encryption, enable_encryption
from containerstudio.storage.guided import GuidedStore
from containerstudio.storage.keys import (
    KEY_FILE,
    SPARE_KEY_FILE,
    KeyRing,
    LibraryLocked,
    PasscodeNotAccepted,
)
from containerstudio.storage.library import Library
from containerstudio.storage.problem import StorageProblem
from containerstudio.storage.trash import purge_container
from tests.storage.crypto_helpers import (
    FAST_KDF,
    MARKERS,
    PASSCODE,
    fill_with_markers,
    leaks,
    leaks_in_folder,
    marked_document,
    needles,
)


def _encrypted_library(data_dir) -> Library:
    library = Library(open_database(data_dir))
    enable_encryption(library, PASSCODE, FAST_KDF)
    return library


def _reopen(data_dir, passcode: str | None = PASSCODE) -> Library:
    library = Library(open_database(data_dir))
    if passcode is not None:
        library.unlock(passcode)
    return library


def _assert_markers_back(library: Library, cid: int) -> None:
    assert library.container(cid).title == MARKERS["title"]
    assert library.load_working(cid) == marked_document()
    version = library.list_versions(cid)[-1]
    assert version.name == MARKERS["version name"]
    assert library.version_note(version.id) == MARKERS["version note"]
    store = GuidedStore(library.db, library.codec)
    state = store.active_session(cid)[2]
    assert state["answers"]["intention"] == MARKERS["reflection"]
    assert MARKERS["check-in"] in state["checkins"]
    assert [s.text for s in store.slips_of(cid)] == [MARKERS["slip"]]
    assert library.private_setting("safety_card") == MARKERS["safety card"]


def test_the_search_finds_every_marker_in_a_plain_library(data_dir):
    """Control: without a passcode each marker is found, so the searches below can fail."""
    library = Library(open_database(data_dir))
    fill_with_markers(library)
    library.db.close()
    backup_database(data_dir / "library.sqlite3", data_dir / "backups")
    found = set().union(*leaks_in_folder(data_dir).values())
    assert found == set(needles())


def test_nothing_private_in_database_wal_backups_or_cache(data_dir):
    library = _encrypted_library(data_dir)
    cid = fill_with_markers(library)
    wal = data_dir / "library.sqlite3-wal"
    assert wal.exists() and wal.stat().st_size > 0  # searched while open, before a checkpoint
    assert leaks_in_folder(data_dir) == {}
    backup_database(data_dir / "library.sqlite3", data_dir / "backups")
    library.db.close()  # checkpoint
    assert leaks_in_folder(data_dir) == {}
    assert list_backups(data_dir / "backups")

    _assert_markers_back(_reopen(data_dir), cid)


def test_a_library_killed_after_saving_leaks_nothing(data_dir, tmp_path):
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path.insert(0, {str(os.getcwd())!r})
        from pathlib import Path
        from containerstudio.storage.database import open_database
        from containerstudio.storage.encryption import enable_encryption
        from containerstudio.storage.library import Library
        from tests.storage.crypto_helpers import FAST_KDF, PASSCODE, fill_with_markers
        data_dir = Path({str(data_dir)!r})
        library = Library(open_database(data_dir))
        enable_encryption(library, PASSCODE, FAST_KDF)
        cid = fill_with_markers(library)
        print(cid, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert (data_dir / "library.sqlite3-wal").stat().st_size > 0
    assert leaks_in_folder(data_dir) == {}
    _assert_markers_back(_reopen(data_dir), int(run.stdout.strip()))


def test_turning_encryption_on_seals_an_existing_library_and_its_backups(data_dir):
    library = Library(open_database(data_dir))
    cid = fill_with_markers(library)
    backup_database(data_dir / "library.sqlite3", data_dir / "backups")
    assert leaks_in_folder(data_dir)  # plain so far
    enable_encryption(library, PASSCODE, FAST_KDF)
    _assert_markers_back(library, cid)  # the open library goes on working
    library.db.close()
    assert leaks_in_folder(data_dir) == {}

    backup = list_backups(data_dir / "backups")[0]
    restored = data_dir.parent / "restored"
    restored.mkdir()
    shutil.copyfile(backup, restored / "library.sqlite3")
    for name in (KEY_FILE, SPARE_KEY_FILE):
        shutil.copyfile(data_dir / name, restored / name)
    _assert_markers_back(_reopen(restored), cid)


def test_turning_encryption_off_brings_everything_back_in_plain(data_dir):
    library = _encrypted_library(data_dir)
    cid = fill_with_markers(library)
    backup_database(data_dir / "library.sqlite3", data_dir / "backups")
    disable_encryption(library)
    _assert_markers_back(library, cid)
    library.db.close()
    assert not (data_dir / KEY_FILE).exists() and not (data_dir / SPARE_KEY_FILE).exists()
    reopened = Library(open_database(data_dir))
    assert not reopened.encrypted
    _assert_markers_back(reopened, cid)
    backup = list_backups(data_dir / "backups")[0]
    assert {"title", "slip"} <= leaks(backup)  # the backup is plain again, and readable


@pytest.mark.both_engines
def test_a_wrong_passcode_reveals_nothing(data_dir):
    library = _encrypted_library(data_dir)
    cid = fill_with_markers(library)
    library.db.close()
    locked = Library(open_database(data_dir))
    assert locked.encrypted and locked.is_locked
    with pytest.raises(PasscodeNotAccepted) as caught:
        locked.unlock("not the passcode")
    assert "passcode" in caught.value.message and MARKERS["title"] not in caught.value.message
    assert locked.is_locked
    with pytest.raises(LibraryLocked):
        locked.list_containers()
    with pytest.raises(LibraryLocked):
        locked.load_working(cid)
    with pytest.raises(StorageProblem):
        locked.private_setting("safety_card")


@pytest.mark.both_engines
def test_lock_drops_the_keys(data_dir):
    library = _encrypted_library(data_dir)
    cid = fill_with_markers(library)
    library.lock()
    assert library.is_locked
    with pytest.raises(LibraryLocked):
        library.load_working(cid)
    library.unlock(PASSCODE)
    _assert_markers_back(library, cid)


def test_changing_the_passcode_rewraps_without_touching_content(data_dir):
    library = _encrypted_library(data_dir)
    cid = fill_with_markers(library)
    library.db.checkpoint()
    before = (data_dir / "library.sqlite3").read_bytes()
    library.keyring.change_passcode("a new passcode")
    assert (data_dir / "library.sqlite3").read_bytes() == before
    library.db.close()
    for name in (KEY_FILE, SPARE_KEY_FILE):  # the spare copy does not keep the old wrap
        ring = KeyRing.open(data_dir)
        with pytest.raises(PasscodeNotAccepted):
            ring.unlock(PASSCODE)
        (data_dir / name).rename(data_dir / (name + ".aside"))
    for name in (KEY_FILE, SPARE_KEY_FILE):
        (data_dir / (name + ".aside")).rename(data_dir / name)
    _assert_markers_back(_reopen(data_dir, "a new passcode"), cid)


@pytest.mark.both_engines
def test_the_recovery_key_unlocks(data_dir):
    library = _encrypted_library(data_dir)
    cid = fill_with_markers(library)
    words = library.keyring.make_recovery_key()
    assert len(words.split()) == 12
    library.db.close()
    locked = Library(open_database(data_dir))
    with pytest.raises(PasscodeNotAccepted):
        locked.keyring.unlock_with_recovery(" ".join(reversed(words.split())))
    locked.keyring.unlock_with_recovery(words.upper())
    _assert_markers_back(locked, cid)


def test_remove_for_good_reaches_a_backup_made_before(data_dir):
    library = _encrypted_library(data_dir)
    gone = fill_with_markers(library)
    kept = library.create_container("kept")
    library.save_working(kept, marked_document())
    before = backup_database(data_dir / "library.sqlite3", data_dir / "backups")
    purge_container(library, gone)
    library.db.close()

    restored = data_dir.parent / "restored"
    restored.mkdir()
    shutil.copyfile(before, restored / "library.sqlite3")
    for name in (KEY_FILE, SPARE_KEY_FILE):
        shutil.copyfile(data_dir / name, restored / name)
    old = _reopen(restored)  # the right passcode, and the backup still holds the rows
    with old.db.engine.connect() as conn:
        assert conn.exec_driver_sql(
            f"SELECT count(*) FROM slips WHERE container_id={gone}"
        ).scalar()
    assert {c.id for c in old.list_containers()} == {kept}  # it is gone from the lists
    with pytest.raises(StorageProblem):
        old.load_working(gone)
    with pytest.raises(SealedContentProblem):
        GuidedStore(old.db, old.codec).slips_of(gone)
    assert old.load_working(kept) == marked_document()


@pytest.mark.both_engines
def test_a_sealed_value_moved_to_another_row_does_not_open(data_dir):
    library = _encrypted_library(data_dir)
    first = library.create_container("first")
    second = library.create_container("second")
    from containerstudio.storage.schema import containers

    with library.db.begin() as conn:
        sealed = (
            conn.execute(containers.select().where(containers.c.id == first)).one().sealed_title
        )
        conn.execute(
            containers.update().where(containers.c.id == second).values(sealed_title=sealed)
        )
    assert library.container(second).title == ""  # not "first"
    assert library.container(first).title == "first"


@pytest.mark.both_engines
def test_sealed_codec_binds_identity_and_keys_addresses(data_dir):
    ring = KeyRing.create(data_dir, PASSCODE, FAST_KDF)
    uid_a, uid_b = "a" * 32, "b" * 32
    ring.add_container(uid_a)
    ring.add_container(uid_b)
    codec = ContentCodec(ring)
    stored = codec.encode(b"hello there" * 20, identity=Identity(uid_a, "x/1"))
    assert codec.decode(stored, identity=Identity(None, "x/1")) == b"hello there" * 20
    with pytest.raises(SealedContentProblem):
        codec.decode(stored, identity=Identity(None, "x/2"))
    with pytest.raises(ValueError):
        codec.encode(b"no identity")
    with pytest.raises(SealedContentProblem):
        codec.decode(ContentCodec().encode(b"plain"), identity=Identity(None, "x/1"))
    plain_key = ContentCodec().content_key(b"same")
    assert codec.content_key(b"same", uid_a) not in (plain_key, codec.content_key(b"same", uid_b))
    ring.destroy_container(uid_a)
    with pytest.raises(SealedContentProblem):
        codec.decode(stored, identity=Identity(None, "x/1"))


def test_key_files_are_private(data_dir):
    library = _encrypted_library(data_dir)
    library.create_container("one")
    for name in (KEY_FILE, SPARE_KEY_FILE):
        assert (data_dir / name).stat().st_mode & 0o777 == 0o600


@pytest.mark.both_engines
def test_a_duplicate_has_its_own_key_and_outlives_its_original(data_dir):
    from containerstudio.storage.trash import duplicate_container

    library = _encrypted_library(data_dir)
    original = fill_with_markers(library)
    copy = duplicate_container(library, original, "copy of it")
    assert library.container_uid(copy) in library.keyring.key_file.containers
    purge_container(library, original)
    assert library.load_working(copy) == marked_document()
    assert [s.text for s in GuidedStore(library.db, library.codec).slips_of(copy)] == [
        MARKERS["slip"]
    ]
    assert library.blob(library.container(copy).thumbnail_key)


@pytest.mark.both_engines
def test_titles_are_searched_although_sealed(data_dir):
    library = _encrypted_library(data_dir)
    library.create_container("Harbour box")
    library.create_container("Quiet jar")
    assert [c.title for c in library.list_containers(search="harb")] == ["Harbour box"]


def test_a_damaged_backup_is_left_as_it_was_and_named(data_dir):
    library = Library(open_database(data_dir))
    fill_with_markers(library)
    folder = data_dir / "backups"
    folder.mkdir()
    damaged = folder / "library-20260101-000000-000000-daily.sqlite3"
    damaged.write_bytes(b"not a database at all" * 100)
    done = enable_encryption(library, PASSCODE, FAST_KDF)
    assert done.unconverted == [damaged]
    assert damaged.read_bytes() == b"not a database at all" * 100
    assert not list(folder.glob("*.part"))


def test_a_library_that_cannot_be_converted_is_left_plain(data_dir):
    from containerstudio.storage.keys import key_file_exists
    from containerstudio.storage.schema import blobs

    library = Library(open_database(data_dir))
    cid = fill_with_markers(library)
    with library.db.begin() as conn:  # an element goes missing
        key = library.element_key(marked_document().elements()[1], cid)
        conn.execute(blobs.delete().where(blobs.c.key == key))
    with pytest.raises(StorageProblem) as caught:
        enable_encryption(library, PASSCODE, FAST_KDF)
    assert "nothing was changed" in caught.value.message
    assert not library.encrypted and not key_file_exists(data_dir)
    assert not (data_dir / "keys.json.pending").exists()
    assert library.container(cid).title == MARKERS["title"]
    assert not Library(library.db).encrypted


def test_the_spare_key_file_and_a_pending_one_are_used(data_dir):
    from containerstudio.storage.keys import PENDING_KEY_FILE

    library = _encrypted_library(data_dir)
    cid = fill_with_markers(library)
    library.db.close()
    (data_dir / KEY_FILE).write_text("{ damaged")
    _assert_markers_back(_reopen(data_dir), cid)  # from the spare copy

    # As after a crash between the commit and the key file taking its place:
    (data_dir / SPARE_KEY_FILE).rename(data_dir / PENDING_KEY_FILE)
    (data_dir / KEY_FILE).unlink()
    _assert_markers_back(_reopen(data_dir), cid)
    assert (data_dir / KEY_FILE).exists() and not (data_dir / PENDING_KEY_FILE).exists()

    for name in (KEY_FILE, SPARE_KEY_FILE):
        (data_dir / name).unlink()
    with pytest.raises(StorageProblem) as caught:
        Library(open_database(data_dir))
    assert caught.value.kind == "keys-missing" and KEY_FILE in caught.value.message


def test_a_plain_library_does_not_load_the_cryptography_package(data_dir):
    """Start-up without a passcode stays as it was (the package loads only when needed)."""
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(os.getcwd())!r})
        from pathlib import Path
        from containerstudio.storage.database import open_database
        from containerstudio.storage.library import Library
        from containerstudio.storage.trash import purge_container
        from containerstudio.model.slips import Slip
        from containerstudio.storage.guided import GuidedStore
        from tests.storage.lib_helpers import collage
        library = Library(open_database(Path({str(data_dir)!r})))
        cid = library.create_container("plain")
        library.save_version(cid, collage(20, 1), name="v", note="n", thumbnail=b"png")
        GuidedStore(library.db, library.codec).save_slip(cid, Slip(text="a word"))
        library.set_private_setting("card", "text")
        library.load_working(cid)
        purge_container(library, cid)
        print("cryptography" in sys.modules)
        """
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert run.stdout.strip() == "False", run.stderr


def test_a_new_container_may_take_a_purged_ones_id(data_dir):
    from containerstudio.model.slips import Slip

    library = _encrypted_library(data_dir)
    library.create_container("first")
    store = GuidedStore(library.db, library.codec)
    gone = library.create_container("gone")
    store.save_slip(gone, Slip(text="old"))
    purge_container(library, gone)
    again = library.create_container("new one")
    assert again == gone  # SQLite gives the highest id again
    store.save_slip(again, Slip(text="new"))
    library.save_working(again, marked_document())
    assert [s.text for s in store.slips_of(again)] == ["new"]
    assert library.load_working(again) == marked_document()
    assert library.container(again).title == "new one"


def _rows(db_file, where: str = "") -> dict[str, list[tuple]]:
    """Every row of every table (optionally only those matching `where` in tables that
    have a container_id column), read straight from the file."""
    import sqlite3

    conn = sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)
    try:
        found = {}
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            if where and "container_id" not in columns:
                continue
            query = f'SELECT * FROM "{table}"' + (f" WHERE {where}" if where else "")
            found[table] = sorted(conn.execute(query), key=repr)
        return found
    finally:
        conn.close()


def _blob_keys_of(library: Library, cid: int) -> set[str]:
    """The blobs one container refers to: manifests, thumbnails, elements, photos."""
    import json

    from containerstudio.storage.codec import blob_identity
    from containerstudio.storage.schema import blobs, containers, versions

    with library.db.engine.connect() as conn:
        roots = set(
            conn.execute(
                containers.select()
                .with_only_columns(containers.c.working_manifest, containers.c.thumbnail)
                .where(containers.c.id == cid)
            ).one()
        )
        for row in conn.execute(
            versions.select()
            .with_only_columns(versions.c.manifest, versions.c.thumbnail)
            .where(versions.c.container_id == cid)
        ):
            roots.update(row)
        keys = {k for k in roots if k}
        for key in [k for k in keys if k.startswith("m")]:
            data = conn.execute(blobs.select().where(blobs.c.key == key)).one().data
            manifest = json.loads(library.codec.decode(data, identity=blob_identity(key)))
            keys.update(manifest["elements"], manifest["assets"])
    return keys


def test_remove_for_good_with_a_passcode_leaves_the_others_byte_identical(data_dir):
    """Acceptance 9 with a passcode: the removed container is in no row of any table nor
    in a new backup, and every other container's rows and blobs (versions, thumbnails,
    photos, cached pixels) are byte for byte as they were."""
    library = _encrypted_library(data_dir)
    cids = [fill_with_markers(library) for _ in range(3)]
    for n, cid in enumerate(cids):  # a version whose thumbnail no container shares
        library.save_version(cid, marked_document(), name="later", thumbnail=_png(n))
    gone, kept = cids[1], [cids[0], cids[2]]
    gone_uid = library.container_uid(gone)
    gone_keys = _blob_keys_of(library, gone)
    kept_keys = set().union(*(_blob_keys_of(library, cid) for cid in kept))
    assert gone_keys and not gone_keys & kept_keys, "each container has its own keyed blobs"
    db_file = data_dir / "library.sqlite3"
    library.db.checkpoint()
    others = f"container_id != {gone}"
    before = _rows(db_file, others)
    before["containers"] = [r for r in _rows(db_file)["containers"] if r[0] != gone]
    before_blobs = {r[0]: r for r in _rows(db_file)["blobs"]}
    assert all(_rows(db_file, f"container_id = {gone}")[t] for t in PER_CONTAINER)

    purge_container(library, gone)
    library.db.checkpoint()
    backup = backup_database(db_file, data_dir / "backups")
    for file in (db_file, backup):
        assert not [t for t, rows in _rows(file, f"container_id = {gone}").items() if rows]
        everything = _rows(file)
        assert gone not in [r[0] for r in everything["containers"]]
        assert not {r[0] for r in everything["blobs"]} & gone_keys, "its blobs are gone"
        raw = file.read_bytes()
        assert gone_uid.encode() not in raw
        assert not [k for k in gone_keys if k.encode() in raw]
    assert not library.keyring.has_container(gone_uid)

    after = _rows(db_file, others)
    after["containers"] = _rows(db_file)["containers"]
    assert after == before, "the other containers' rows are as they were"
    after_blobs = {r[0]: r for r in _rows(db_file)["blobs"]}
    assert kept_keys <= set(after_blobs)
    assert {k: after_blobs[k] for k in kept_keys} == {k: before_blobs[k] for k in kept_keys}
    for cid in kept:
        assert library.load_working(cid) == marked_document()
        for version in library.list_versions(cid):
            assert library.load_version(version.id) == marked_document()
            assert library.blob(version.thumbnail_key)[:8] == b"\x89PNG\r\n\x1a\n"
        assert library.blob(library.list_versions(cid)[-1].thumbnail_key) == _png(cids.index(cid))


def _png(shade: int) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (16, 12), (40 * shade, 90, 200)).save(out, "PNG")
    return out.getvalue()


PER_CONTAINER = ("versions", "render_cache", "sessions", "slips")


def test_the_passcode_or_the_recovery_key_opens_where_either_is_asked(data_dir):
    library = _encrypted_library(data_dir)
    ring = library.keyring
    ring.lock()
    with pytest.raises(PasscodeNotAccepted):  # no recovery key made yet
        ring.unlock_with_either("abandon " * 11 + "about")
    ring.unlock_with_either(PASSCODE)
    words = ring.make_recovery_key()
    ring.lock()
    ring.unlock_with_either(words)
    assert not ring.is_locked
    ring.lock()
    for text in ("not the passcode", " ".join(reversed(words.split()))):
        with pytest.raises(PasscodeNotAccepted):
            ring.unlock_with_either(text)
        assert ring.is_locked
