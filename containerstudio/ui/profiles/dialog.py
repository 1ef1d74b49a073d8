"""Container → Profiles…: the list of profiles, a new one, and switching to another.

Names are shown as plain text and only here (never in the window title). Switching asks
the window to keep its work first; the app then locks and closes this profile's library
and opens the other's (see app.py), so nothing of this one stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from containerstudio.storage.problem import StorageProblem
from containerstudio.storage.profiles import MAX_NAME, Profile, ProfileBook
from containerstudio.ui.kit.problem_texts import problem_text

ID_ROLE = Qt.ItemDataRole.UserRole


class ProfilesDialog(QDialog):
    """Lists the profiles of this data folder; adds one; switches to the one chosen."""

    def __init__(
        self,
        book: ProfileBook,
        current: str,
        on_switch: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.current = current
        self.on_switch = on_switch
        self.setWindowTitle(self.tr("Profiles"))
        self.setAccessibleName(self.tr("Profiles"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each profile keeps its own containers, its own passcode and its own "
                "defaults. Only the profile in use is open; switching keeps your work, "
                "then locks and closes this one."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Profiles"))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemActivated.connect(lambda _item: self.switch_to_selected())
        layout.addWidget(self.list, 1)

        row = QHBoxLayout()
        self.name_field = QLineEdit(self)
        self.name_field.setMaxLength(MAX_NAME)
        self.name_field.setPlaceholderText(self.tr("A name for a new profile"))
        self.name_field.setAccessibleName(self.tr("New profile's name"))
        self.name_field.textChanged.connect(lambda _text: self._update_buttons())
        self.name_field.returnPressed.connect(self.add_profile)
        self.add_button = QPushButton(self.tr("&Add profile"), self)
        self.add_button.setAccessibleName(self.tr("Add profile"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_profile)
        row.addWidget(self.name_field, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)

        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Profiles note"))
        layout.addWidget(self.note)

        buttons = QHBoxLayout()
        self.switch_button = QPushButton(self.tr("&Switch to this profile"), self)
        self.switch_button.setAccessibleName(self.tr("Switch to this profile"))
        self.switch_button.clicked.connect(self.switch_to_selected)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.close_button.setDefault(True)
        self.resize(460, 380)
        self.refresh()

    # -- showing -----------------------------------------------------------------------
    def label_of(self, profile: Profile) -> str:
        name = profile.name or (
            self.tr("Default profile") if profile.is_default else self.tr("Unnamed profile")
        )
        if profile.id == self.current:
            return self.tr("%s (in use)") % name
        return name

    def refresh(self, select: str | None = None) -> None:
        self.list.clear()
        try:
            profiles = self.book.profiles()
        except StorageProblem as problem:
            self.note.setText(problem_text(problem))
            profiles = []
        for profile in profiles:
            item = QListWidgetItem(self.label_of(profile))  # plain text, never markup
            item.setData(ID_ROLE, profile.id)
            self.list.addItem(item)
            if profile.id == (select or self.current):
                self.list.setCurrentItem(item)
        self._update_buttons()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def _update_buttons(self) -> None:
        chosen = self.selected_id()
        self.switch_button.setEnabled(chosen is not None and chosen != self.current)
        self.add_button.setEnabled(bool(self.name_field.text().strip()))

    # -- doing -------------------------------------------------------------------------
    def add_profile(self) -> None:
        name = self.name_field.text()
        if not name.strip():
            return
        try:
            profile = self.book.add(name)
        except (StorageProblem, OSError) as problem:
            self.note.setText(
                problem_text(problem)
                if isinstance(problem, StorageProblem)
                else self.tr("The new profile could not be made just now; nothing changed.")
            )
            return
        self.name_field.clear()
        self.note.setText(
            self.tr("The new profile is ready. You may switch to it when you're ready.")
        )
        self.refresh(select=profile.id)

    def switch_to_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is None or chosen == self.current:
            return
        self.accept()
        self.on_switch(chosen)
