"""Edit → Settings… (Ctrl+,): opens the Settings dialog, once the library is open (the
plain page's title and the data folder are the library's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from containerstudio.ui.kit.widgets import make_action
from containerstudio.ui.settings.dialog import SafetySettings, SettingsDialog

if TYPE_CHECKING:
    from containerstudio.ui.services import WindowServices
    from containerstudio.ui.settings.language import LanguageChoices


class SettingsFeature(QObject):
    """The Settings action in the Edit menu, and the dialog it opens (one at a time)."""

    def __init__(
        self,
        services: WindowServices,
        safety: SafetySettings,
        languages: LanguageChoices | None = None,
    ) -> None:
        super().__init__(services.window)
        self.services = services
        self.safety = safety
        self.languages = languages
        self.dialog: SettingsDialog | None = None
        self.action = make_action(
            services.window,
            self.tr("&Settings…"),
            self.show_settings,
            ["Ctrl+,"],
            tip=self.tr("Language, theme, text size, large targets and more"),
            icon="settings",
        )
        self.action.setObjectName("settings_action")
        self.action.setEnabled(services.library_is_ready)
        services.library_ready.connect(lambda _library: self.action.setEnabled(True))
        menu = services.menu("edit")
        menu.addSeparator()
        menu.addAction(self.action)

    def show_settings(self) -> SettingsDialog:
        """Open Settings (or bring the open one forward)."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        data_dir = self.services.library.data_dir if self.services.library_is_ready else None
        dialog = SettingsDialog(self.services.window, self.safety, data_dir, self.languages)
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None
