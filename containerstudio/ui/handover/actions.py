"""The handover's actions: what moves a container out of this library (a portable or a
sealed file) or into it, the therapist card, and the log of what left the app.

Everything that reads or writes the library runs on the storage lane; files that come
in are checked completely before anything is written (containerstudio/exchange)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from containerstudio.ui.handover.card_io import refusal_text
from containerstudio.ui.handover.pickers import (
    container_files_filter,
    pick_file_to_take_in,
    pick_place_to_save,
)
from containerstudio.ui.kit.widgets import make_action

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from containerstudio.ui.services import WindowServices


class HandoverFeature(QObject):
    """Builds the actions, places them in the Container menu, and runs them."""

    def __init__(self, services: WindowServices) -> None:
        window = services.window
        super().__init__(window)
        self.services = services
        self.send_action = make_action(
            window, self.tr("Send to my &therapist…"), self.send, icon="send-sealed"
        )
        self.import_action = make_action(
            window, self.tr("&Import a container…"), self.choose_import, icon="import-container"
        )
        self.portable_action = make_action(
            window, self.tr("Save a p&ortable file…"), self.choose_portable, icon="portable-file"
        )
        self.card_action = make_action(
            window, self.tr("Therapist &card…"), self.show_card, icon="therapist-card"
        )
        self.log_action = make_action(
            window, self.tr("&What left the app"), self.show_log, icon="what-left"
        )
        self.actions: list[QAction] = [
            self.send_action,
            self.import_action,
            self.portable_action,
            self.card_action,
            self.log_action,
        ]
        self.dialog: QDialog | None = None
        self.imported: list[int] = []  # containers that came in, newest last
        for action in self.actions:
            action.setEnabled(services.library_is_ready)
        services.library_ready.connect(lambda _library: self._set_enabled(True))
        self._place_in_menu()

    def _set_enabled(self, on: bool) -> None:
        for action in self.actions:
            action.setEnabled(on)

    def _place_in_menu(self) -> None:
        """After the exports in the Container menu, before its closing group."""
        if not self.services.has_menu("container"):
            return
        menu = self.services.menu("container")
        separators = [a for a in menu.actions() if a.isSeparator()]
        before = separators[-1] if separators else None
        if before is None:
            menu.addSeparator()
            menu.addActions(self.actions)
            return
        menu.insertActions(before, self.actions)
        menu.insertSeparator(self.actions[0])

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- dialogs ------------------------------------------------------------------------
    def send(self) -> QDialog | None:
        """Send to my therapist… for the open container."""
        from containerstudio.ui.handover.send_dialog import SendToTherapistDialog

        services = self.services
        current = services.current
        if current is None:
            return None
        dialog = SendToTherapistDialog(
            services.library,
            services.work,
            current.container_id,
            services.window,
            lid_closed=services.guide.lid_closed(),
        )
        dialog.sent.connect(lambda path: services.notify(self.tr("Sealed and saved as %s") % path))
        if current.autosaver.dirty:  # the file holds the very last stroke
            services.keep_work_now()
        return self._show(dialog)

    def show_card(self) -> QDialog:
        from containerstudio.ui.handover.card_dialog import TherapistCardDialog

        services = self.services
        return self._show(TherapistCardDialog(services.library, services.work, services.window))

    def show_log(self) -> QDialog:
        from containerstudio.ui.handover.what_left_dialog import WhatLeftDialog

        services = self.services
        return self._show(WhatLeftDialog(services.library, services.work, services.window))

    # -- a portable file of the open container --------------------------------------------
    def choose_portable(self) -> None:
        """Save a portable file…: whether the slips go with it (never while the lid is
        closed), then where."""
        services = self.services
        if services.current is None:
            return
        if services.guide.lid_closed():  # a closed lid keeps its slips inside, as on paper
            self.pick_portable(include_slips=False)
            return
        self.ask_about_slips()

    def ask_about_slips(self) -> None:
        """Whether the slips go with a portable file (without them unless chosen)."""
        from containerstudio.ui.kit.calm_dialog import ask

        def answered(key: str) -> None:
            if key != "cancel":
                self.pick_portable(include_slips=key == "with")

        self.dialog = ask(
            self.services.window,
            self.tr("Save a portable file"),
            self.tr(
                "A portable file is not sealed: whoever has it can open what it holds. "
                "Would you like the slips to go with it?"
            ),
            [
                ("cancel", self.tr("Cancel")),
                ("with", self.tr("With the slips")),
                ("without", self.tr("Without the slips")),
            ],
            answered,
            default="without",
            safe="cancel",
        )

    def pick_portable(self, *, include_slips: bool) -> None:
        pick_place_to_save(
            self.services.window,
            self.tr("Save a portable file"),
            f"container-{dt.date.today().isoformat()}.csportable",
            self.tr("Portable files (*.csportable)"),
            lambda path: self.save_portable(path, include_slips=include_slips),
        )

    def save_portable(self, path: Path, *, include_slips: bool = False) -> None:
        """Write the open container's portable file (on the storage lane, after the
        saves queued before it, so it holds the very last stroke)."""
        services = self.services
        current = services.current
        if current is None:
            return
        if current.autosaver.dirty:
            services.keep_work_now()
        library, cid = services.library, current.container_id
        slips = include_slips and not services.guide.lid_closed()

        def work() -> str:
            from containerstudio.exchange.portable import export_portable

            return str(export_portable(library, cid, path, include_slips=slips))

        services.work.run(
            work,
            lambda p: services.notify(self.tr("Saved as %s") % p),
            lambda exc: services.notify(
                refusal_text(
                    exc, self.tr("The portable file could not be made; nothing was saved.")
                )
            ),
            storage=True,
        )

    # -- taking a container in ----------------------------------------------------------------
    def choose_import(self) -> None:
        pick_file_to_take_in(
            self.services.window,
            self.tr("Import a container"),
            container_files_filter(),
            self.import_file,
        )

    def import_file(self, path: Path) -> None:
        """Take in a portable or a sealed file as a new container, after checking all of
        it; a file that is refused changes nothing and is said so calmly."""
        services = self.services
        library = services.library
        self.dialog = None  # until this file's answer is there

        def work() -> int:
            from containerstudio.exchange.handover import open_handover
            from containerstudio.exchange.portable import import_portable, read_file
            from containerstudio.exchange.sealing import MAGIC, MAX_SEALED_BYTES

            data = read_file(path, MAX_SEALED_BYTES)
            if data.startswith(MAGIC):
                return open_handover(library, data, path.name)
            return import_portable(library, data, path.name)

        services.work.run(work, self._imported, self._refused, storage=True)

    def _imported(self, container_id: int) -> None:
        from containerstudio.ui.kit.calm_dialog import ask

        self.imported.append(container_id)

        def answered(key: str) -> None:
            if key == "open":
                self.services.request_container(container_id)

        self.dialog = ask(
            self.services.window,
            self.tr("A container came in"),
            self.tr(
                "It is in your library now, as a new container, with its versions. You may "
                "open it now, or later from the library."
            ),
            [("later", self.tr("Later")), ("open", self.tr("Open it"))],
            answered,
            default="open",
            safe="later",
        )

    def _refused(self, exc: BaseException) -> None:
        from containerstudio.ui.kit.calm_dialog import tell

        self.dialog = tell(
            self.services.window,
            self.tr("This file stays outside"),
            refusal_text(
                exc, self.tr("This file cannot be taken in just now; your library is as it was.")
            ),
        )
