"""The welcome as a feature: Help → Welcome…, shown by itself once on a first start,
and what its choices set (the exercise and session length the guide offers first, the
text size of every window).

The app asks for the first-run greeting (`greet_on_first_run`, from app.py); a window
made without it (tests, tools) never shows the welcome by itself. The marker is the
`welcome` file in the data folder (first_run.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from containerstudio.ui.kit import preferences
from containerstudio.ui.kit.widgets import make_action
from containerstudio.ui.welcome.dialog import WelcomeDialog
from containerstudio.ui.welcome.first_run import WelcomeChoices, read_choices, remember

if TYPE_CHECKING:
    from pathlib import Path

    from containerstudio.storage.library import Library
    from containerstudio.ui.services import WindowServices


GREET_AFTER_MS = 400
"""How long the window rests with its container before the welcome comes."""


class WelcomeFeature(QObject):
    """Owns the Welcome… action, the dialog while it is open, and applying its choices."""

    def __init__(self, services: WindowServices) -> None:
        super().__init__(services)
        self.services = services
        self.dialog: WelcomeDialog | None = None
        self.choices = WelcomeChoices()
        self._greet = False
        self.action = make_action(
            services.window,
            self.tr("Welcome…"),
            self.show_welcome,
            icon="welcome",
            tip=self.tr("What Container Studio is, how you will use it, and a text size"),
        )
        self.action.setEnabled(services.library_is_ready)
        help_menu = (
            services.menu("help")
            if services.has_menu("help")
            else services.add_menu("help", self.tr("&Help"))
        )
        help_menu.addAction(self.action)
        services.window.installEventFilter(self)  # the welcome goes when the window does
        services.library_ready.connect(self._on_library_ready)
        if services.library_is_ready:
            self._on_library_ready(services.library)

    # -- first run ----------------------------------------------------------------------
    def greet_on_first_run(self) -> None:
        """Show the welcome a moment after the first container is on the canvas, if it
        was never shown for this data folder."""
        self._greet = True
        if self.services.library_is_ready and self.services.current is not None:
            QTimer.singleShot(GREET_AFTER_MS, self, self._greet_if_first)
        else:
            self.services.container_opened.connect(
                self._on_first_container, Qt.ConnectionType.SingleShotConnection
            )

    def _on_first_container(self, _current: object) -> None:
        # After the window has settled with its container: never in the opening's way.
        QTimer.singleShot(GREET_AFTER_MS, self, self._greet_if_first)

    def _data_dir(self) -> Path | None:
        """The library's data folder (None before it opens, or for one held in memory)."""
        return self.services.library.data_dir if self.services.library_is_ready else None

    def _on_library_ready(self, library: Library) -> None:
        self.action.setEnabled(True)
        found = read_choices(library.data_dir) if library.data_dir is not None else None
        if found is not None:
            self.apply(found)

    def _greet_if_first(self) -> None:
        data_dir = self._data_dir()
        if not self._greet or data_dir is None:
            return
        self._greet = False
        if read_choices(data_dir) is None:
            self.show_welcome()

    # -- the dialog -----------------------------------------------------------------------
    def show_welcome(self) -> WelcomeDialog:
        """The welcome (window-modal); its choices apply and are kept when it closes, and
        the marker is written however it closes (it shows by itself only once)."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = WelcomeDialog(self.choices, self.services.window)
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._on_dialog_finished(dialog, result))
        dialog.open()
        return dialog

    def _on_dialog_finished(self, dialog: WelcomeDialog, result: int) -> None:
        self.dialog = None
        if result == WelcomeDialog.DialogCode.Accepted:
            self.apply(dialog.choices(), text_too=True)
        data_dir = self._data_dir()
        if data_dir is not None:
            remember(data_dir, self.choices)
        dialog.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.services.window
            and event.type() == QEvent.Type.Close
            and self.dialog is not None
        ):
            self.dialog.reject()  # so closing the window always ends the app
        return False

    # -- what the choices set -----------------------------------------------------------------
    def apply(self, choices: WelcomeChoices, *, text_too: bool = False) -> None:
        """Make `choices` the app's: the guide's first offer, and (when the person has
        just chosen in the welcome) the text size, kept as the one text-size preference
        the Settings dialog shows too (`ui/kit/preferences.py`)."""
        self.choices = choices
        app = QApplication.instance()
        if text_too and isinstance(app, QApplication):
            prefs = preferences.choose(app, text_scale=round(choices.text_factor * 100))
            data_dir = self._data_dir()
            if data_dir is not None and data_dir != preferences.current_state().data_dir:
                preferences.write_preferences(data_dir, prefs)  # this library's folder
        self.services.guide.offer_first(choices.use.pack_id, choices.use.use_pack_length)
