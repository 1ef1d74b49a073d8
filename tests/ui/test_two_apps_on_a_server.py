"""Two app instances on one PostgreSQL server (issue 17, acceptance 6): two real app
processes, each started with `--database-url` and its own `--profile`, draw and close
at the same time; each profile's library then holds its own drawing, and only its own.

Skipped without a test server (the reason is shown); `.ci/run` always starts one."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from fresh_python import LAUNCH_BOUND_S, WHEN_READY

from containerstudio.storage.profiles import ProfileBook, open_profile

PG_URL = os.environ.get("CONTAINERSTUDIO_TEST_PG_URL")
UI_TESTS = str(Path(__file__).resolve().parent)

PROBE = WHEN_READY + textwrap.dedent(
    f"""
    import sys
    sys.path.insert(0, {UI_TESTS!r})
    from PySide6.QtWidgets import QApplication
    from containerstudio.cli.main import main
    from helpers import drag, line

    app = QApplication(sys.argv[:1])

    def draw_and_close(w):
        drag(w, line(200, 200, 800, 500))
        drag(w, line(300, 600, 900, 300))
        w.keep_work_now()
        print("DREW", w.current.container_id, flush=True)
        w.close()

    when_ready(draw_and_close)
    sys.exit(main(sys.argv[1:]))
    """
)


@pytest.fixture
def server_database():
    if not PG_URL:
        pytest.skip("PostgreSQL: no test server (set CONTAINERSTUDIO_TEST_PG_URL; .ci/run does)")
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = f"cs_ui_{os.getpid()}_{secrets.token_hex(4)}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def test_two_apps_on_different_profiles_both_save(data_dir, server_database):
    book = ProfileBook(data_dir, url=server_database)
    ids = [book.add(name).id for name in ("Room one", "Room two")]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                PROBE,
                "--data-dir",
                str(data_dir),
                "--database-url",
                server_database,
                "--profile",
                profile_id,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for profile_id in ids
    ]
    drew = []
    for proc in procs:
        out, err = proc.communicate(timeout=LAUNCH_BOUND_S)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
        drew.append(int(next(x for x in out.splitlines() if x.startswith("DREW")).split()[1]))

    for profile_id, container_id in zip(ids, drew, strict=True):
        opened = open_profile(book, profile_id)
        try:
            (info,) = opened.library.list_containers()  # its own, and nothing of the other's
            assert info.id == container_id
            assert len(opened.library.load_working(container_id)) == 2
        finally:
            opened.close()
    # Both lived on the server: nothing was written as a library file on this computer.
    assert not list(data_dir.rglob("*.sqlite3"))
