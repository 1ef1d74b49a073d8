"""What a start does and does not do: it reopens the last container without rewriting
which one that was (each write is a synced commit; see benchmarks/startup.py)."""

from __future__ import annotations

from sqlalchemy import event

from containerstudio.storage.database import open_database
from containerstudio.storage.library import LAST_OPEN_KEY, Library
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.shell.main_window import MainWindow


def _start_counting_setting_writes(qtbot, data_dir) -> tuple[MainWindow, list[str]]:
    """A window on `data_dir` whose settings writes (made while it starts) are listed."""
    db = open_database(data_dir)
    writes: list[str] = []

    def note(_conn, _cursor, statement, parameters, _context, _many) -> None:
        if statement.lstrip().upper().startswith(("UPDATE SETTINGS", "INSERT INTO SETTINGS")):
            writes.append(str(parameters))

    event.listen(db.engine, "before_cursor_execute", note)
    window = MainWindow(BackgroundWork(), Library(db))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, writes


def _close(window: MainWindow) -> None:
    window.close()
    window.work.wait()
    window.library.db.close()


def test_a_start_reopens_the_last_container_without_rewriting_it(qtbot, data_dir):
    window, writes = _start_counting_setting_writes(qtbot, data_dir)
    first = window.current.container_id
    other = window.library.create_container("Bottle")
    assert window.open_container(other)
    window.work.wait()  # remembered on the storage lane
    assert window.library.setting(LAST_OPEN_KEY) == str(other)
    _close(window)

    window, writes = _start_counting_setting_writes(qtbot, data_dir)
    assert window.current.container_id == other
    assert not [w for w in writes if LAST_OPEN_KEY in w]
    assert window.open_container(first)  # a change is still kept for the next start
    window.work.wait()  # on the storage lane
    assert [w for w in writes if LAST_OPEN_KEY in w]
    _close(window)

    window, _writes = _start_counting_setting_writes(qtbot, data_dir)
    assert window.current.container_id == first
    _close(window)
