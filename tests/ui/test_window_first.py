"""The window shows first and the library opens behind it (issue 7, start-up).

Before the library is open the window is already usable where it matters: the
always-there controls work, and actions that need a container wait, greyed out. Once
the library is attached, everything is as if it had been there from the start.
"""

from __future__ import annotations

import textwrap

import pytest
from fresh_python import run_python
from guide_helpers import click, panel, session
from PySide6.QtWidgets import QApplication, QLabel

from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from containerstudio.ui.canvas.view import CanvasView
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.shell.container_read import ContainerRead
from containerstudio.ui.shell.main_window import MainWindow
from containerstudio.ui.shell.startup import LibraryOpening


@pytest.fixture
def shell_window(qtbot):
    """Factory: a shown MainWindow with no library yet; everything is closed at the end."""
    made: list[MainWindow] = []
    dbs = []

    def factory() -> MainWindow:
        window = MainWindow(BackgroundWork())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    factory.dbs = dbs
    yield factory
    for window in made:
        if window.isVisible():
            window.close()
        window.work.wait()
    for db in dbs:
        db.close()
    QApplication.processEvents()


def _library(factory, data_dir) -> Library:
    db = open_database(data_dir)
    factory.dbs.append(db)
    return Library(db)


def test_before_the_library_opens_the_window_waits_calmly(shell_window):
    window = shell_window()
    assert isinstance(window.studio.area.content(), QLabel)
    assert window.studio.area.content().text() == "Opening your container…"
    assert window.library is None and window.current is None and window.canvas is None
    waiting = [window.new_action, window.fit_action, *window.export_actions.actions]
    waiting += [window.versions.library_action, window.versions.save_version_action]
    waiting += list(window.studio.arrange.actions_by_name.values())
    assert all(not action.isEnabled() for action in waiting)
    assert not window.undo_action.isEnabled()
    assert not window.guide.panel.start_button.isEnabled(), "no exercise to begin yet"
    # Triggering a waiting action by its key does nothing (and raises nothing).
    window.fit_action.trigger()
    window.new_action.trigger()
    assert window.current is None


def test_safety_controls_work_before_the_library_opens(shell_window, qtbot):
    window = shell_window()
    safety = window.guide.safety
    click(safety.buttons["Hide now"])
    assert safety.hide_screen.isVisible() and window.windowTitle() == "Notes"
    click(safety.hide_screen.return_button)
    assert not safety.hide_screen.isVisible() and window.windowTitle() == "Container Studio"
    click(safety.buttons["Pause"])
    assert safety.pause_screen.isVisible()
    click(safety.pause_screen.resume_button)
    assert not safety.pause_screen.isVisible()
    click(safety.buttons["Ground me"])
    dialog = safety.grounding_dialog
    assert dialog is not None and dialog.isVisible()
    # The person's motion setting is not known yet: the breathing guide keeps still.
    assert safety.reduced_motion
    assert dialog.exercises.count() >= 3  # the shipped grounding exercises
    click(dialog.return_button)
    qtbot.waitUntil(lambda: safety.grounding_dialog is None)
    click(safety.buttons["Close safely"])
    assert safety.return_box.isVisible()
    click(safety.stay)
    assert window.isVisible()


def test_attaching_the_library_opens_the_last_container_and_its_tools(
    shell_window, data_dir, open_window
):
    first = open_window()
    first.tool_settings.set_tool("marker")
    first.tool_settings.set_color("#aa3355")
    kept_id = first.current.container_id
    first.close()
    window = shell_window()
    ready = []
    window.container_ready.connect(lambda: ready.append(True))
    window.attach_library(_library(shell_window, data_dir))
    assert ready == [True]
    assert isinstance(window.studio.area.content(), CanvasView) and window.canvas is not None
    assert window.current.container_id == kept_id
    assert window.tool_settings.state.tool == "marker"
    assert window.tool_settings.state.color == "#aa3355"
    assert window.new_action.isEnabled() and window.fit_action.isEnabled()
    assert all(action.isEnabled() for action in window.export_actions.actions)
    assert window.guide.safety.reduced_motion_action.isEnabled()
    assert window.guide.panel.start_button.isEnabled()


def test_the_drawing_read_on_the_storage_thread_is_the_one_opened(
    shell_window, data_dir, open_window
):
    first = open_window()
    kept_id = first.current.container_id
    first.close()
    library = _library(shell_window, data_dir)
    read = library.load_working(kept_id)
    window = shell_window()
    window.attach_library(library, first=ContainerRead(kept_id, read))
    assert window.current.container_id == kept_id and window.current.doc is read


def test_a_tool_chosen_while_the_library_opens_is_kept(shell_window, data_dir, open_window):
    first = open_window()
    first.tool_settings.set_tool("marker")
    first.close()
    window = shell_window()
    window.tool_panel.tool_actions["brush"].trigger()
    window.attach_library(_library(shell_window, data_dir))
    assert window.tool_settings.state.tool == "brush"


def test_a_session_resumed_behind_the_pause_screen_stays_paused(
    shell_window, data_dir, open_window
):
    first = open_window()
    click(panel(first).start_button)
    assert session(first) is not None and not session(first).paused
    first.close()
    window = shell_window()
    safety = window.guide.safety
    click(safety.buttons["Pause"])
    window.attach_library(_library(shell_window, data_dir))
    assert session(window) is not None, "the unfinished session is resumed"
    assert session(window).paused, "its clock waits while the pause screen is up"
    click(safety.pause_screen.resume_button)
    assert not session(window).paused


def test_a_library_that_opens_after_the_window_closed_is_not_attached(qtbot, data_dir):
    open_database(data_dir).close()
    work = BackgroundWork()
    window = MainWindow(work)
    qtbot.addWidget(window)
    # The window is never shown, so never painted: the opening starts after a moment.
    opening = LibraryOpening(data_dir, window, work)
    qtbot.waitUntil(lambda: opening.library is not None, timeout=20000)
    work.wait()
    assert window.current is None and window.library is None
    assert opening.exit_code is None
    opening.db.close()


FIRST_FRAME = textwrap.dedent(
    """
    import gc, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from containerstudio.cli.main import main
    from containerstudio.ui.shell.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    STORAGE = ("sqlalchemy", "containerstudio.storage.database",
               "containerstudio.storage.library", "containerstudio.flow.packs")

    def look():
        w = next((w for w in QApplication.topLevelWidgets()
                  if isinstance(w, MainWindow) and w.isVisible()), None)
        if w is None:
            QTimer.singleShot(0, look)
            return
        if not hasattr(look, "first"):
            look.first = True
            print("FIRST", sorted(m for m in STORAGE if m in sys.modules),
                  type(w.studio.area.content()).__name__, flush=True)
        if w.current is None:
            QTimer.singleShot(5, look)
            return
        print("READY", sorted(m for m in STORAGE if m in sys.modules),
              type(w.studio.area.content()).__name__, gc.isenabled(), flush=True)
        w.close()

    QTimer.singleShot(0, look)
    sys.exit(main(sys.argv[1:]))
    """
)


def test_the_first_frame_comes_before_storage_loads(data_dir):
    """The real launch: the window is on screen before SQLAlchemy and the library load;
    they load behind it, and the last container opens on the canvas."""
    open_database(data_dir).close()  # an existing library, as on most starts
    result = run_python(FIRST_FRAME, "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "FIRST [] EarlyCanvas" in lines, result.stdout  # it takes the pen already
    ready = next(line for line in lines if line.startswith("READY"))
    assert "'sqlalchemy'" in ready and "CanvasView" in ready
    assert ready.endswith("True"), "the collector runs again once start-up is over"
