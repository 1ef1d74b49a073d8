"""Wiring: the one place that builds the application's parts and connects them."""

from __future__ import annotations

import contextlib
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication

    from containerstudio.storage.database import Database
    from containerstudio.ui.profiles import ProfileSwitch

ORGANIZATION = "ContainerStudio"
APPLICATION = "Container Studio"


APP_ID = "org.containerstudio.ContainerStudio"
"""The desktop entry's name (packaging/): Wayland shows the window with its icon."""

ICON_CACHE = ("cache", "icons")
"""Where in the data folder the drawn icons are kept between runs (ui/kit/icons.py)."""


def run_app(
    data_dir: Path,
    argv: list[str] | None = None,
    *,
    profile: str | None = None,
    database_url: str | None = None,
    quit_when_ready: bool = False,
) -> int:
    """Start the desktop app on the library in `data_dir`; return the exit code.

    `profile` (an id) is the profile to open (else the one used last); `database_url`
    a practice server the person configured, where each profile is a schema.
    `quit_when_ready` closes the window as soon as the container is ready to draw on, the
    way a person would: a check that an installed or standalone build starts."""
    # Start-up makes many long-lived objects and no garbage worth collecting; the
    # collector's passes over them cost tens of ms, so it waits until the container opens.
    gc.disable()
    from PySide6.QtWidgets import QApplication

    from containerstudio.ui.kit.import_check import make_import_check_cheap

    make_import_check_cheap()  # every later import (storage's most of all) costs less

    from containerstudio.ui.kit.exception_guard import ExceptionGuard

    existing = QApplication.instance()
    if not isinstance(existing, QApplication):
        import os

        from containerstudio.ui.kit.preferences import ui_scale_environment

        os.environ.update(ui_scale_environment(data_dir, dict(os.environ)))  # before Qt starts
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName(APP_ID)
    with contextlib.suppress(OSError):  # if it cannot be made, opening says so calmly
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    from containerstudio.ui.kit.translations import apply_saved_language

    apply_saved_language(app, data_dir)  # the language chosen last time, or the system's
    from containerstudio.ui.kit.theme import apply_saved_theme

    apply_saved_theme(app, data_dir)  # before the first window: no frame in another theme
    from containerstudio.ui.kit.icons import use_disk_cache

    use_disk_cache(data_dir.joinpath(*ICON_CACHE))  # the first paint reads its icons back
    from containerstudio.ui.kit.preferences import apply_saved_preferences

    apply_saved_preferences(app, data_dir)  # text size and large targets from the first frame
    guard = ExceptionGuard(data_dir)  # nothing uncaught ever shows its traceback
    try:
        return _run_profiles(app, data_dir, profile, database_url, quit_when_ready)
    finally:
        guard.uninstall()
        use_disk_cache(None)  # the app ends: nothing more is kept in its data folder
        gc.enable()


def _run_profiles(
    app: QApplication,
    data_dir: Path,
    profile: str | None,
    database_url: str | None,
    quit_when_ready: bool = False,
) -> int:
    """One window per profile in turn: switching (Container → Profiles…) closes the window,
    whose library is then locked and closed, and the chosen profile opens in a new one."""
    from containerstudio.storage.problem import StorageProblem
    from containerstudio.storage.profiles import DEFAULT_PROFILE, ProfileBook
    from containerstudio.ui.profiles import ProfileSwitch

    book = ProfileBook(data_dir, url=database_url)
    try:
        wanted = profile or book.current
        place = book.place(wanted)
    except StorageProblem:  # the list is unreadable: the default profile is always there
        wanted, place = DEFAULT_PROFILE, book.place_of_default()
    while True:
        with contextlib.suppress(StorageProblem, OSError):
            book.set_current(wanted)
        switch = ProfileSwitch(book, wanted)
        code = _run_window(app, place.folder, place.open, switch, quit_when_ready)
        if switch.requested is None:
            return code
        wanted = switch.requested
        try:
            place = book.place(wanted)
        except StorageProblem:
            return code


def settle_memory() -> None:
    """Start-up is over: what it made lives as long as the app, so the collector is
    told to leave it be (gc.freeze) and runs again from here on. (The benchmarks call
    it too, once their window is open, so that they measure the app's collector.)"""
    gc.freeze()
    gc.enable()


def _run_window(
    app: QApplication,
    data_dir: Path,
    opener: Callable[[], Database] | None = None,
    switch: ProfileSwitch | None = None,
    quit_when_ready: bool = False,
) -> int:
    """Show the main window, open the library behind it, run the event loop, close all.

    The window shows first and the library opens on a worker thread from the event
    loop's first turn (ui/shell/startup.py), so showing it does not wait for storage.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, Qt

    from containerstudio.ui.kit.background import BackgroundWork
    from containerstudio.ui.shell.main_window import MainWindow
    from containerstudio.ui.shell.startup import (
        LibraryOpening,
        acquire_instance_lock,
        already_open_message,
    )

    lock = acquire_instance_lock(data_dir) if data_dir.is_dir() else None
    if data_dir.is_dir() and lock is None:
        from containerstudio.ui.kit.calm_dialog import tell

        # The calm notice, not a stock box: its own event loop, ended by its OK.
        tell(None, app.translate("App", "Already open"), already_open_message(), on_closed=app.quit)
        app.exec()
        return 3
    work = BackgroundWork()
    window = MainWindow(work)
    if not quit_when_ready:  # a check of an install closes at once: the welcome waits
        window.welcome.greet_on_first_run()  # the welcome, once, when the library has opened
    window.container_ready.connect(settle_memory, Qt.ConnectionType.SingleShotConnection)
    if quit_when_ready:
        window.container_ready.connect(window.close, Qt.ConnectionType.QueuedConnection)
    opening = LibraryOpening(data_dir, window, work, opener)
    if switch is not None:
        from containerstudio.ui.profiles import install_profiles

        install_profiles(window.services, switch)
    window.fit_to_screen()
    window.show()
    try:
        code = app.exec()
        work.wait()
        # A library that finished opening as the window closed is still handed over.
        QCoreApplication.sendPostedEvents()
        if opening.library is not None:
            from containerstudio.storage.recovery import end_run

            end_run(opening.library)
            opening.library.lock()  # a protected library's keys leave memory on quit
        return opening.exit_code if opening.exit_code is not None else code
    finally:
        work.wait()
        window.deleteLater()
        work.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if opening.db is not None:
            opening.db.close()
        if lock is not None:
            lock.unlock()
