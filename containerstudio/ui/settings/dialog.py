"""Settings: language, theme, text size, large targets, reduced motion, the defaults for
a page and a session, the title of the plain page, and where the data is kept.

Every choice applies at once and is kept at once (no OK to forget); Close, Escape and
the window's close button all just close. Nothing here blocks: the dialog opens with
`open()`, so Hide now and Pause cover it like any other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from containerstudio.ui.kit import preferences
from containerstudio.ui.kit.theme import THEMES, choose_theme, current, set_role
from containerstudio.ui.kit.widgets import running_app
from containerstudio.ui.settings.language import LanguageChoices, language_box


class SafetySettings(Protocol):
    """What Settings changes of the always-there controls (`ui/safety/controls.py`)."""

    reduced_motion_action: QAction

    @property
    def hide_title(self) -> str: ...

    def set_hide_title(self, title: str) -> None: ...


def open_folder(path: Path) -> bool:
    """Show `path` in the system's file manager; False when none answers."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class SettingsDialog(QDialog):
    """The Settings dialog; `data_dir` is shown, `open_folder` shows it in a file manager."""

    def __init__(
        self,
        parent: QWidget | None,
        safety: SafetySettings,
        data_dir: Path | None,
        languages: LanguageChoices | None = None,
        open_folder: Callable[[Path], bool] = open_folder,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.safety = safety
        self.data_dir = data_dir
        self.languages = languages
        self._open_folder = open_folder
        prefs = preferences.current()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Each choice applies at once and is kept for next time."), self)
        intro.setWordWrap(True)
        set_role(intro, "muted")
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)

        self.language: QComboBox | None = None
        self.language_note = QLabel(self)
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        if languages is not None:
            self.language = language_box(languages, self)
            self.language.setAccessibleName(self.tr("Language"))
            self.language.currentIndexChanged.connect(self._on_language_chosen)
            form.addRow(self._label(self.tr("&Language"), self.language), self.language)
            form.addRow(self.language_note)

        self.theme = QComboBox(self)
        self.theme.setObjectName("settings_theme")
        self.theme.setAccessibleName(self.tr("Theme"))
        names = {
            "calm-light": self.tr("Calm light"),
            "calm-dark": self.tr("Calm dark"),
            "high-contrast": self.tr("High contrast"),
        }
        for theme in THEMES:
            self.theme.addItem(names.get(theme.key, theme.name), theme.key)
        self.theme.setCurrentIndex(self.theme.findData(current().key))
        self.theme.currentIndexChanged.connect(self._on_theme_chosen)
        form.addRow(self._label(self.tr("&Theme"), self.theme), self.theme)

        self.text_size = QSpinBox(self)
        self.text_size.setObjectName("settings_text_size")
        self.text_size.setAccessibleName(self.tr("Text size in percent"))
        self.text_size.setRange(*preferences.SCALE_RANGE)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(prefs.text_scale)
        self.text_size.valueChanged.connect(lambda v: self._choose(text_scale=v))
        form.addRow(self._label(self.tr("Te&xt size"), self.text_size), self.text_size)

        self.ui_scale = QSpinBox(self)
        self.ui_scale.setObjectName("settings_ui_scale")
        self.ui_scale.setAccessibleName(self.tr("Size of everything in percent"))
        self.ui_scale.setRange(*preferences.SCALE_RANGE)
        self.ui_scale.setSingleStep(25)
        self.ui_scale.setSuffix(" %")
        self.ui_scale.setValue(prefs.ui_scale)
        self.ui_scale.setToolTip(self.tr("Icons, spacing and text together, from the next start"))
        self.ui_scale.valueChanged.connect(self._on_ui_scale_chosen)
        form.addRow(self._label(self.tr("Si&ze of everything"), self.ui_scale), self.ui_scale)
        self.ui_scale_note = QLabel(self)
        self.ui_scale_note.setWordWrap(True)
        self.ui_scale_note.setTextFormat(Qt.TextFormat.PlainText)
        self.ui_scale_note.setText(
            self.tr("The next start shows everything at this size; this window stays as it is.")
        )
        self.ui_scale_note.setVisible(False)
        form.addRow(self.ui_scale_note)

        self.large_targets = self._check(
            self.tr("Lar&ge buttons and targets"),
            self.tr("Every button at least 44 × 44 pixels, easier to reach"),
            prefs.large_targets,
        )
        self.large_targets.setObjectName("settings_large_targets")
        self.large_targets.toggled.connect(lambda on: self._choose(large_targets=on))
        form.addRow(self.large_targets)

        motion = safety.reduced_motion_action
        self.reduced_motion = self._check(
            self.tr("Reduce &motion"), motion.toolTip(), motion.isChecked()
        )
        self.reduced_motion.setObjectName("settings_reduced_motion")
        self.reduced_motion.setEnabled(motion.isEnabled())
        self.reduced_motion.toggled.connect(motion.setChecked)
        motion.toggled.connect(self._show_reduced_motion)  # changed in the Session menu too
        form.addRow(self.reduced_motion)

        self.page_size = QComboBox(self)
        self.page_size.setObjectName("settings_page_size")
        self.page_size.setAccessibleName(self.tr("Page size for exports"))
        self.page_size.addItem(self.tr("A4"), "a4")
        self.page_size.addItem(self.tr("Letter"), "letter")
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(prefs.page_size)))
        self.page_size.currentIndexChanged.connect(
            lambda _i: self._choose(page_size=self.page_size.currentData())
        )
        form.addRow(self._label(self.tr("&Page size"), self.page_size), self.page_size)

        self.session_minutes = QSpinBox(self)
        self.session_minutes.setObjectName("settings_session_minutes")
        self.session_minutes.setAccessibleName(self.tr("Session length offered first, in minutes"))
        self.session_minutes.setRange(*preferences.SESSION_MINUTES_RANGE)
        self.session_minutes.setSingleStep(5)
        self.session_minutes.setSpecialValueText(self.tr("no set length"))
        self.session_minutes.setSuffix(self.tr(" min"))
        self.session_minutes.setValue(prefs.session_minutes)
        self.session_minutes.valueChanged.connect(lambda v: self._choose(session_minutes=v))
        form.addRow(
            self._label(self.tr("&Session length"), self.session_minutes), self.session_minutes
        )

        self.hide_title = QLineEdit(safety.hide_title, self)
        self.hide_title.setObjectName("settings_hide_title")
        self.hide_title.setAccessibleName(self.tr("Title of the plain page"))
        self.hide_title.setToolTip(self.tr("The neutral title Hide now shows"))
        self.hide_title.editingFinished.connect(self._on_hide_title_edited)
        form.addRow(self._label(self.tr("Plain page &title"), self.hide_title), self.hide_title)

        self.folder = QLineEdit(str(data_dir) if data_dir is not None else "", self)
        self.folder.setObjectName("settings_data_folder")
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Where your data is kept"))
        self.open_folder_button = QPushButton(self.tr("&Open folder"), self)
        self.open_folder_button.setObjectName("settings_open_folder")
        self.open_folder_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_folder_button.setEnabled(data_dir is not None)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.open_folder_button)
        form.addRow(self._label(self.tr("&Data folder"), self.folder), row)
        self.folder_note = QLabel(self)
        self.folder_note.setWordWrap(True)
        self.folder_note.hide()
        form.addRow(self.folder_note)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("settings_close")
        self.close_button.setAccessibleName(self.tr("Close Settings"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.finished.connect(self._on_finished)

    # -- building ---------------------------------------------------------------------
    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)  # its Alt+letter takes the focus there
        return label

    def _check(self, text: str, tip: str, on: bool) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setAccessibleName(text.replace("&", ""))
        box.setAccessibleDescription(tip)
        box.setToolTip(tip)
        box.setChecked(on)
        return box

    # -- choices ------------------------------------------------------------------------
    def _choose(self, **changes: object) -> None:
        preferences.choose(running_app(), **changes)

    def _on_theme_chosen(self, _index: int) -> None:
        key = self.theme.currentData()
        theme = next((t for t in THEMES if t.key == key), None)
        if theme is not None:
            choose_theme(running_app(), theme)

    def _on_ui_scale_chosen(self, value: int) -> None:
        self._choose(ui_scale=value)
        self.ui_scale_note.setVisible(True)

    def _on_language_chosen(self, _index: int) -> None:
        if self.language is None or self.languages is None:
            return
        later = self.languages.choose(str(self.language.currentData()))
        self.language_note.setText(
            self.tr("Windows open now keep their words; the next start shows the new language.")
            if later
            else ""
        )
        self.language_note.setVisible(later)

    def _show_reduced_motion(self, on: bool) -> None:
        self.reduced_motion.blockSignals(True)
        self.reduced_motion.setChecked(on)
        self.reduced_motion.blockSignals(False)

    def _on_hide_title_edited(self) -> None:
        title = self.hide_title.text().strip()
        if title and title != self.safety.hide_title:
            self.safety.set_hide_title(title)
        elif not title:  # an empty title would show the app's name: keep the one there is
            self.hide_title.setText(self.safety.hide_title)

    def _on_open_folder_clicked(self) -> None:
        if self.data_dir is None:
            return
        shown = self._open_folder(self.data_dir)
        self.folder_note.setText(
            ""
            if shown
            else self.tr("No file manager answered; you may copy the folder's path from above.")
        )
        self.folder_note.setVisible(not shown)

    def _on_finished(self, _result: int) -> None:
        self._on_hide_title_edited()  # typed and closed without leaving the field
        self.safety.reduced_motion_action.toggled.disconnect(self._show_reduced_motion)
        self.deleteLater()
