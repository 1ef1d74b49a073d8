"""Acceptance 6: a full scripted session opens no socket.

One process: the real start-up (window first, library opened behind it, the daily
backup), drawing, a photo imported through the app, a few steps of the guided flow, a
PDF exported through the export dialog, and a backup. An audit hook notes every socket
event Python sees (creating, binding, connecting, name look-ups, sending) and every
other network event of the standard library; the process's open file descriptors are
also checked for sockets made below Python (by Qt or a C library), which an audit
hook cannot see.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

from guide_helpers import click, current_step_id, panel, rate, write_note
from helpers import drag, line, open_export
from PIL import Image

from containerstudio.storage.backups import write_backup
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.shell.main_window import MainWindow
from containerstudio.ui.shell.startup import LibraryOpening

# An audit hook cannot be removed, so it is installed once and only listens while the
# flag is set (the rest of the test run is not affected).
_LISTENING = False
_HEARD: list[str] = []
_OPENED: list[str] = []  # files opened while listening: shows the hook saw the session
_INSTALLED = False
NETWORK_EVENTS = (
    "http.client.connect",
    "http.client.send",
    "urllib.Request",
    "ftplib.connect",
    "smtplib.connect",
    "imaplib.open",
    "poplib.connect",
    "nntplib.connect",
    "telnetlib.Telnet.open",
    "webbrowser.open",
)


def _hook(event: str, args: tuple) -> None:
    if not _LISTENING:
        return
    if event.startswith("socket.") or event in NETWORK_EVENTS:
        _HEARD.append(f"{event} {args!r:.200}")
    elif event == "open" and args and isinstance(args[0], (str, Path)):
        _OPENED.append(str(args[0]))


def _listen(on: bool) -> None:
    global _LISTENING, _INSTALLED
    if not _INSTALLED:
        sys.addaudithook(_hook)
        _INSTALLED = True
    _LISTENING = on


def _open_sockets() -> set[str]:
    """Descriptors of this process that are sockets (of any kind, made by anyone)."""
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:"):
            found.add(f"{fd} {target}")
    return found


def test_the_hook_hears_a_socket():
    """So the session test can fail: a socket made while listening is heard."""
    _HEARD.clear()
    _listen(True)
    try:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.close()
    finally:
        _listen(False)
    assert any(h.startswith("socket.__new__") for h in _HEARD), _HEARD
    _HEARD.clear()


def _session(qtbot, data_dir: Path, tmp_path: Path) -> list[str]:
    """The scripted session; returns socket descriptors seen along the way."""
    seen: set[str] = set()
    work = BackgroundWork()
    window = MainWindow(work)
    qtbot.addWidget(window)
    opening = LibraryOpening(data_dir, window, work)
    window.show()
    qtbot.waitUntil(lambda: window.current is not None, timeout=20000)
    try:
        qtbot.waitUntil(lambda: any((data_dir / "backups").glob("*-daily.sqlite3")), timeout=20000)
        for i in range(5):
            drag(window, line(200, 200 + i * 60, 1000, 260 + i * 60))
        seen |= _open_sockets()

        picture = tmp_path / "holiday.png"
        Image.new("RGB", (400, 300), (90, 140, 200)).save(picture)
        window.studio.photos.import_sources([str(picture)])
        qtbot.waitUntil(lambda: not window.studio.photos.busy, timeout=20000)
        assert len(window.current.doc) == 6

        p = panel(window)
        click(p.start_button)
        click(p.next_button)
        assert current_step_id(window) == "check-in"
        rate(window, 4)
        click(p.next_button)
        write_note(window, "A quiet week")
        click(p.next_button)
        assert current_step_id(window) == "choose-container"
        seen |= _open_sockets()

        dialog = open_export(qtbot, window)  # its content is read on the storage lane
        qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=20000)
        target = tmp_path / "container.pdf"
        with qtbot.waitSignal(dialog.exported, timeout=30000):
            dialog.save_to(target)
        dialog.close()
        assert target.read_bytes().startswith(b"%PDF")

        window.current.autosaver.flush()
        copy = tmp_path / "copy.sqlite3"
        write_backup(data_dir / "library.sqlite3", copy)  # what `backup --out` does
        assert copy.stat().st_size > 0
        seen |= _open_sockets()
    finally:
        window.close()
        work.wait()
        if opening.db is not None:
            opening.db.close()
    return sorted(seen)


def test_a_full_session_opens_no_socket(qtbot, data_dir, tmp_path):
    before = _open_sockets()  # whatever the test runner and Qt hold already
    _HEARD.clear()
    _OPENED.clear()
    _listen(True)
    try:
        during = _session(qtbot, data_dir, tmp_path)
    finally:
        _listen(False)
    assert _HEARD == [], _HEARD
    assert str(tmp_path / "holiday.png") in _OPENED, "the hook listened to the whole session"
    new = sorted(set(during) - before)
    assert new == [], f"sockets made below Python: {new}"
    assert _open_sockets() <= before
