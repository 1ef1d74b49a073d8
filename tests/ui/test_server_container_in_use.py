"""A container open in another app on the same server (issue 17, acceptance 6): the window
refuses it calmly, keeps what it shows, and opens it once the other app lets go.

Skipped without a test server (the reason is shown); `.ci/run` always starts one."""

from __future__ import annotations

import os

import pytest
from helpers import CalmAnswers

from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.shell.main_window import MainWindow

PG_URL = os.environ.get("CONTAINERSTUDIO_TEST_PG_URL")


@pytest.fixture
def schema():
    if not PG_URL:
        pytest.skip("PostgreSQL: no test server (set CONTAINERSTUDIO_TEST_PG_URL; .ci/run does)")
    name = f"ui{os.getpid()}_{os.urandom(4).hex()}"
    yield name
    from sqlalchemy import create_engine

    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
    engine.dispose()


def test_a_container_held_by_another_app_is_refused_calmly(qtbot, tmp_path, schema):
    here_db = open_database(tmp_path / "here", url=PG_URL, schema=schema)
    there_db = open_database(tmp_path / "there", url=PG_URL, schema=schema)
    here, there = Library(here_db), Library(there_db)
    mine = here.create_container("Mine")
    shared = here.create_container("Shared")
    there.hold(shared)  # the other app has it open (its own connection to the server)
    work = BackgroundWork()
    window = MainWindow(work, here)
    qtbot.addWidget(window)
    answers = CalmAnswers()
    try:
        window.show()
        window.request_container(mine)
        qtbot.waitUntil(lambda: window.current is not None and window.current.container_id == mine)

        window.request_container(shared)
        qtbot.waitUntil(lambda: bool(answers.seen), timeout=20_000)
        assert "open in another Container Studio" in answers.seen[0]
        assert window.current.container_id == mine  # what was open stays open
        for harsh in ("error", "failed", "invalid", "wrong"):
            assert harsh not in answers.seen[0].lower()

        there.release(shared)  # closed there: now it opens here
        window.request_container(shared)
        qtbot.waitUntil(lambda: window.current.container_id == shared, timeout=20_000)
        assert len(answers.seen) == 1
        with pytest.raises(Exception, match="open in another"):
            there.hold(shared)  # and it is this window's now
    finally:
        answers.stop()
        window.close()
        work.wait(20_000)
        here.release_all()
        there.release_all()
        here_db.close()
        there_db.close()
