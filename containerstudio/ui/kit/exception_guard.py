"""The last safety net: an exception nobody caught never shows its traceback.

`sys.excepthook` is where Python (and PySide6, for exceptions raised in slots and
virtual methods) reports what escaped. The guard writes the traceback to a rotating
log file in the data folder, for whoever looks after the app, and tells the person
once, calmly, that their work is kept. Only the exception's type and the code
locations are logged, never its message or any values: those could hold what a person
wrote on a slip or in a note.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

LOG_NAME = "containerstudio.log"
LOG_BYTES = 512 * 1024
LOG_BACKUPS = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExceptionGuard", text)


def log_path(data_dir: Path) -> Path:
    """Where the guard keeps its notes: DATA/logs/containerstudio.log."""
    return data_dir / "logs" / LOG_NAME


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The exception's type and where it happened; deliberately without its message."""
    frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
    return f"{exc_type.__module__}.{exc_type.__qualname__}\n{frames}".rstrip()


class ExceptionGuard:
    """Installs itself as sys.excepthook; `uninstall` puts the previous hook back."""

    def __init__(self, data_dir: Path) -> None:
        self.path = log_path(data_dir)
        self.message_box: QWidget | None = None
        self.caught = 0
        self._log = logging.getLogger(f"containerstudio.unexpected.{id(self)}")
        self._log.propagate = False
        self._log.setLevel(logging.ERROR)
        self._handler: logging.Handler | None = None
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous
        if self._handler is not None:
            self._log.removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """Log, then tell the person once; Ctrl+C in a terminal keeps its usual meaning."""
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        self.caught += 1
        with contextlib.suppress(Exception):  # a full or read-only disk: the message still shows
            self._open_log()
            self._log.error("something unexpected happened:\n%s", describe(exc_type, tb))
        if self.message_box is None and QApplication.instance() is not None:
            self._tell()

    def _open_log(self) -> None:
        """Make the log folder and file on the first exception, not at every start."""
        if self._handler is None:
            from logging.handlers import RotatingFileHandler  # it loads sockets; not at start

            class PrivateRotatingFileHandler(RotatingFileHandler):
                """Each log file, the first and every one after a rollover, is 0600."""

                def _open(self):
                    stream = super()._open()
                    os.chmod(self.baseFilename, 0o600)
                    return stream

            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(self.path.parent, 0o700)
            handler = PrivateRotatingFileHandler(
                self.path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
            handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
            self._log.addHandler(handler)
            self._handler = handler

    def _tell(self) -> None:
        from containerstudio.ui.kit.calm_dialog import tell

        box = tell(
            QApplication.activeWindow(),
            _tr("Container Studio"),
            _tr(
                "Something unexpected happened. Your work is kept; you may carry on, "
                "or close and reopen Container Studio."
            ),
            detail=_tr("A note for whoever looks after Container Studio was written to %s.")
            % self.path,
            modal=False,  # the app carries on underneath
        )
        box.setAccessibleName(_tr("Something unexpected happened"))
        self.message_box = box
