"""The window's services (issue 14): what every feature receives instead of the window.

A real main window, built first without its library as at start-up, then attached.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QToolBar

from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.services import LibraryNotReady
from containerstudio.ui.shell.main_window import MainWindow


@pytest.fixture
def early_window(qtbot, data_dir):
    """A shown MainWindow whose library is not open yet, and that library."""
    db = open_database(data_dir)
    window = MainWindow(BackgroundWork())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, Library(db)
    window.close()
    window.work.wait()
    db.close()
    QApplication.processEvents()


def test_the_library_and_container_arrive_with_a_signal(qtbot, early_window):
    window, library = early_window
    services = window.services
    assert services.current is None and not services.library_is_ready
    with pytest.raises(LibraryNotReady):
        services.library  # noqa: B018 (the property is what is tested)
    ready, opened = [], []
    services.library_ready.connect(ready.append)
    services.container_opened.connect(opened.append)
    window.attach_library(library)
    qtbot.waitUntil(lambda: bool(opened))
    assert ready == [library] and services.library is library
    assert opened == [window.current] and services.current is window.current
    assert services.current.container_id == library.container_to_open()


def test_features_place_their_widgets_through_named_slots(early_window):
    window, _library = early_window
    services = window.services
    assert isinstance(services.window, QMainWindow) and services.window is window
    main = services.toolbar("main")
    assert isinstance(main, QToolBar) and main.parent() is window
    assert window.versions.library_action in main.actions()  # the versions feature's
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Container", "&Edit", "&View", "&Session", "&Help"]
    container = services.menu("container")
    assert isinstance(container, QMenu)
    texts = [a.text() for a in container.actions()]
    assert "&New container" in texts and "&Quit" in texts
    # The guide's dock and the studio's docks went in through the services too.
    docks = {d.objectName() for d in window.findChildren(type(window.guide.dock))}
    assert "guide_dock" in docks


def test_notices_and_save_status_reach_the_status_bar(early_window):
    window, _library = early_window
    window.services.notify("A calm notice", 5000)
    assert window.statusBar().currentMessage() == "A calm notice"
    window.services.set_save_status("Kept just now")
    assert window.status_label.text() == "Kept just now"


def test_the_guide_answers_calmly_before_the_library_opens(early_window):
    window, _library = early_window
    guide = window.services.guide
    assert guide.lid_closed() is False and guide.packs() == [] and guide.slip_words() == []
    assert guide.pause_session() is False
    assert window.services.safety is window.guide.safety
