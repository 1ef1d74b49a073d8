"""A practice server (issue 17, acceptance 6): the library on a real PostgreSQL server.

Migrations run there; with a passcode set, a `pg_dump` of the server holds none of the
person's words or pixels; two app instances (separate processes) on different profiles
both save; the same container opened twice is refused calmly, through a server-side
lock that a crashed app does not leave behind. Skipped without a test server (the
reason is shown); `.ci/run` always starts one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import create_engine, inspect, text

from containerstudio.model import ContainerDocument, Stroke
from containerstudio.storage.database import SCHEMA_HEAD, open_database, schema_revision
from containerstudio.storage.encryption import enable_encryption
from containerstudio.storage.guided import GuidedStore
from containerstudio.storage.keys import KEY_FILE
from containerstudio.storage.library import Library
from containerstudio.storage.problem import StorageKind, StorageProblem
from containerstudio.storage.profiles import ProfileBook, open_profile
from containerstudio.storage.schema import metadata
from tests.storage.crypto_helpers import FAST_KDF, MARKERS, PASSCODE, fill_with_markers, needles
from tests.storage.server_helpers import dump_leaks, pg_dump

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _server_library(data_dir, url: str, schema: str) -> Library:
    return Library(open_database(data_dir, url=url, schema=schema))


# -- migrations on the server ------------------------------------------------------------
def test_a_new_schema_gets_every_table_at_the_newest_revision(tmp_path, pg_url, server_schemas):
    schema = server_schemas.schema_for(tmp_path)
    db = open_database(tmp_path, url=pg_url, schema=schema)
    try:
        assert db.on_server and db.path is None and db.folder == tmp_path
        assert schema_revision(db) == SCHEMA_HEAD
        tables = set(inspect(db.engine).get_table_names(schema=schema))
        assert tables >= set(metadata.tables) | {"alembic_version"}
        # Nothing landed in the database's public schema: the library keeps to its own.
        assert not inspect(db.engine).get_table_names(schema="public")
    finally:
        db.close()


def test_an_older_schema_is_brought_up_to_date_keeping_its_containers(
    tmp_path, pg_url, server_schemas
):
    from alembic import command

    from containerstudio.storage.database import _alembic_config
    from containerstudio.storage.server import server_engine

    schema = server_schemas.schema_for(tmp_path)
    engine = server_engine(pg_url, schema)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0002")  # as an app of two releases ago left it
            conn.execute(
                text(
                    "INSERT INTO containers (uid, title, created_at, updated_at) "
                    "VALUES ('a' || repeat('0', 31), 'Kept box', now(), now())"
                )
            )
    finally:
        engine.dispose()
    library = _server_library(tmp_path, pg_url, schema)
    try:
        assert schema_revision(library.db) == SCHEMA_HEAD
        assert [info.title for info in library.list_containers()] == ["Kept box"]
    finally:
        library.db.close()


def test_another_programs_schema_is_refused_and_left_as_it_is(tmp_path, pg_url, server_schemas):
    schema = server_schemas.schema_for(tmp_path)
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
            conn.exec_driver_sql(f'CREATE TABLE "{schema}".invoices (id int, total int)')
            conn.exec_driver_sql(f'INSERT INTO "{schema}".invoices VALUES (1, 40)')
        with pytest.raises(StorageProblem) as caught:
            open_database(tmp_path, url=pg_url, schema=schema)
        assert caught.value.kind is StorageKind.SERVER_FOREIGN
        with engine.connect() as conn:
            assert set(inspect(conn).get_table_names(schema=schema)) == {"invoices"}
            assert conn.exec_driver_sql(f'SELECT * FROM "{schema}".invoices').all() == [(1, 40)]
    finally:
        engine.dispose()


def test_an_unreachable_server_is_said_calmly_without_its_password(tmp_path):
    url = "postgresql+psycopg://someone:hunter2secret@127.0.0.1:9/practice"
    with pytest.raises(StorageProblem) as caught:
        open_database(tmp_path, url=url)
    assert caught.value.kind is StorageKind.SERVER_UNREACHABLE
    assert "127.0.0.1/practice" in caught.value.message
    assert "hunter2secret" not in caught.value.message


def test_an_address_that_is_not_postgresql_is_refused(tmp_path):
    for url in ("mysql://someone@127.0.0.1/practice", "not an address at all"):
        with pytest.raises(StorageProblem) as caught:
            open_database(tmp_path, url=url)
        assert caught.value.kind is StorageKind.NOT_A_SERVER_ADDRESS


# -- with a passcode the server holds only ciphertext ------------------------------------
def test_a_plain_library_on_the_server_shows_every_marker_in_a_dump(
    tmp_path, pg_url, server_schemas
):
    """Control: the dump search finds each marker when there is no passcode."""
    schema = server_schemas.schema_for(tmp_path)
    library = _server_library(tmp_path, pg_url, schema)
    try:
        fill_with_markers(library)
    finally:
        library.db.close()
    assert dump_leaks(pg_dump(pg_url, schema)) == set(needles())


def test_with_a_passcode_a_dump_of_the_server_holds_no_slip_word(tmp_path, pg_url, server_schemas):
    schema = server_schemas.schema_for(tmp_path)
    library = _server_library(tmp_path, pg_url, schema)
    try:
        conversion = enable_encryption(library, PASSCODE, FAST_KDF)
        cid = fill_with_markers(library)
    finally:
        library.db.close()
    dump = pg_dump(pg_url)  # the whole database, every schema in it
    assert MARKERS["slip"].encode() not in dump
    assert dump_leaks(dump) == set()
    # The keys stayed on this computer: the wrapped library key is in the local key file
    # only, and nothing of it reached the server.
    assert conversion.keyring is not None
    key_file = json.loads((tmp_path / KEY_FILE).read_text())
    assert key_file["passcode_wrap"].encode() not in dump

    again = _server_library(tmp_path, pg_url, schema)
    try:
        assert again.is_locked
        again.unlock(PASSCODE)
        store = GuidedStore(again.db, again.codec)
        assert [slip.text for slip in store.slips_of(cid)] == [MARKERS["slip"]]
        assert again.container(cid).title == MARKERS["title"]
    finally:
        again.db.close()


# -- two app instances at once ------------------------------------------------------------
SAVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path.insert(0, {repo!r})
    from containerstudio.model import ContainerDocument, Stroke
    from containerstudio.storage.profiles import ProfileBook, open_profile

    data_dir, url, name, rounds = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    book = ProfileBook(data_dir, url=url)
    profile = book.add(name)
    opened = open_profile(book, profile.id)
    library = opened.library
    cid = library.create_container(name + " box")
    library.hold(cid)
    print("ready", flush=True)
    sys.stdin.readline()  # both start saving together
    doc = ContainerDocument()
    strokes = []
    for i in range(rounds):
        strokes.append(Stroke(id=f"{{i:016x}}", points=((1.0 * i, 2.0, 0.5), (3.0, 4.0 * i, 0.5))))
        doc.load(list(strokes), {{}})
        library.save_working(cid, doc)
        if i % 10 == 9:
            library.save_version(cid, doc, name=f"{{name}} {{i}}")
    opened.close()
    print("saved", profile.id, flush=True)
    """
)


def _start_saver(data_dir, url: str, name: str, rounds: int) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", SAVER.format(repo=REPO), str(data_dir), url, name, str(rounds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "ready", proc.stderr.read() if proc.stderr else line
    return proc


def test_two_apps_on_different_profiles_both_save(tmp_path, server_database):
    """Two app instances (two processes, as on two computers with their own data
    folders) work on one server at once, each in its own profile; both keep all."""
    rounds = 40
    homes = {"Ada": tmp_path / "computer-a", "Ben": tmp_path / "computer-b"}
    procs = {
        name: _start_saver(home, server_database, name, rounds) for name, home in homes.items()
    }
    for proc in procs.values():
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    ids = {}
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert not err.strip(), err
        ids[name] = out.split()[-1]

    for name, home in homes.items():
        opened = open_profile(ProfileBook(home, url=server_database), ids[name])
        try:
            (info,) = opened.library.list_containers()  # its own, and only its own
            assert info.title == f"{name} box"
            assert len(opened.library.load_working(info.id)) == rounds
            assert info.version_count == rounds // 10
        finally:
            opened.close()


HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path.insert(0, {repo!r})
    from containerstudio.storage.database import open_database
    from containerstudio.storage.library import Library

    library = Library(open_database(Path(sys.argv[1]), url=sys.argv[2], schema=sys.argv[3]))
    library.hold(int(sys.argv[4]))
    print("holding", flush=True)
    sys.stdin.readline()
    """
)


def test_the_same_container_opened_twice_is_refused_calmly(tmp_path, pg_url, server_schemas):
    schema = server_schemas.schema_for(tmp_path)
    here = _server_library(tmp_path / "here", pg_url, schema)
    try:
        cid = here.create_container("Shared box")
        other = here.create_container("Another box")
        doc = ContainerDocument()
        doc.load([Stroke(id="s1", points=((1.0, 2.0, 0.5),))], {})
        here.save_working(cid, doc)
        holder = subprocess.Popen(
            [
                sys.executable,
                "-c",
                HOLDER.format(repo=REPO),
                str(tmp_path / "there"),
                pg_url,
                schema,
                str(cid),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == "holding", holder.stderr
            with pytest.raises(StorageProblem) as caught:
                here.hold(cid)
            assert caught.value.kind is StorageKind.OPEN_ELSEWHERE
            message = caught.value.message
            assert "open in another Container Studio" in message
            for harsh in ("error", "failed", "must", "invalid", "wrong"):
                assert harsh not in message.lower()
            here.hold(other)  # another container is free to open meanwhile
            assert len(here.load_working(cid)) == 1  # and nothing of the held one changed
        finally:
            holder.kill()  # the other app ends abruptly: its lock ends with its connection
            holder.wait(timeout=30)
        _wait_until_held(here, cid)
        # Held here now: a second app in this very process is refused too.
        second = _server_library(tmp_path / "third", pg_url, schema)
        try:
            with pytest.raises(StorageProblem):
                second.hold(cid)
            here.release(cid)
            second.hold(cid)
        finally:
            second.release_all()
            second.db.close()
    finally:
        here.release_all()
        here.db.close()


def _wait_until_held(library: Library, cid: int) -> None:
    """The server notices the killed app's connection is gone within moments."""
    import time

    deadline = time.monotonic() + 30
    while True:
        try:
            library.hold(cid)
            return
        except StorageProblem:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_an_sqlite_library_holds_nothing_on_a_server(data_dir):
    """A file's lock file already keeps other apps out; holding is free there."""
    library = Library(open_database(data_dir))
    try:
        cid = library.create_container("Box")
        library.hold(cid)
        library.hold(cid)
        library.release(cid)
        library.release(cid)
    finally:
        library.db.close()
