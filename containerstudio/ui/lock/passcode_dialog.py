"""Protect with a passcode…: set, change or remove the passcode, make a recovery key,
and choose when the app locks by itself.

Each choice says plainly what it does before it is made: a forgotten passcode cannot
be recovered without the recovery key; turning protection on or off converts the
library and its backups in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from containerstudio.storage.problem import StorageProblem
from containerstudio.ui.kit.problem_texts import problem_text

if TYPE_CHECKING:
    from containerstudio.ui.lock.app_lock import AppLock

MIN_PASSCODE = 4


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, as twelve words to print or write down."""

    def __init__(self, words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These twelve words open your library if the passcode is ever forgotten. "
                "They are shown only now. You may write them down or print this page and "
                "keep it somewhere safe, apart from the computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.words_label = QLabel(words, self)
        self.words_label.setTextFormat(Qt.TextFormat.PlainText)
        self.words_label.setAccessibleName(self.tr("Recovery key words"))
        self.words_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words_label.setStyleSheet("font-size: 15pt; padding: 12px;")
        self.words_label.setWordWrap(True)
        self.words = words
        self.print_preview: QWidget | None = None  # the print preview, while it is open
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_page)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        layout.addWidget(intro)
        layout.addWidget(self.words_label)
        layout.addWidget(buttons)

    def page_pdf(self) -> bytes:
        """The printed page: the twelve words, numbered, with what they open."""
        from containerstudio.export.recovery_page import recovery_page_bytes

        return recovery_page_bytes(
            self.words,
            labels={
                "title": self.tr("Recovery key"),
                "intro": self.tr(
                    "These twelve words open your Container Studio library if its passcode "
                    "is ever forgotten: on the lock screen (Use the recovery key), or in "
                    "place of the current passcode to set a new one. Whoever holds this "
                    "page can open the library, so you may keep it somewhere safe, apart "
                    "from the computer."
                ),
            },
        )

    def print_page(self) -> None:
        """The system print preview of the page (never saved to a file by the app)."""
        from containerstudio.ui.kit.print_pages import print_with_preview

        self.print_preview = print_with_preview(self, self.page_pdf())


class PasscodeDialog(QDialog):
    """One small dialog for everything about the passcode of the open library."""

    def __init__(self, app_lock: AppLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app_lock = app_lock
        self.library = app_lock.library
        self.setWindowTitle(self.tr("Protect with a passcode"))
        self.setAccessibleName(self.windowTitle())
        self.last_words: str | None = None  # the recovery key shown last (for tests)
        self.recovery_dialog: RecoveryKeyDialog | None = None
        layout = QVBoxLayout(self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setAccessibleName(self.tr("Passcode message"))
        form = QFormLayout()
        self.current_field = _password_field(self, self.tr("Current passcode"))
        self.new_field = _password_field(self, self.tr("New passcode"))
        self.again_field = _password_field(self, self.tr("New passcode again"))
        self.idle_box = QSpinBox(self)
        self.idle_box.setRange(0, 240)
        self.idle_box.setSuffix(self.tr(" min"))
        self.idle_box.setSpecialValueText(self.tr("never"))
        self.idle_box.setAccessibleName(self.tr("Lock after minutes without use"))
        self.idle_box.setValue(app_lock.idle_minutes)
        encrypted = self.library.encrypted
        intro = QLabel(self)
        intro.setWordWrap(True)
        if encrypted:
            intro.setText(
                self.tr(
                    "This library is protected. You may change the passcode (nothing else is "
                    "touched), make a new recovery key, or remove the protection, which "
                    "turns the library and its backups back into plain files."
                )
            )
            self.current_field.setPlaceholderText(self.tr("or the recovery key's twelve words"))
            form.addRow(self.tr("Current passcode"), self.current_field)
        else:
            intro.setText(
                self.tr(
                    "With a passcode, everything you make and write is encrypted on this "
                    "computer, your backups too, and the app asks for it when it starts "
                    "and after a quiet while. Please know: a forgotten passcode cannot be "
                    "recovered by anyone; only a recovery key, which you may make next, "
                    "opens the library then."
                )
            )
            self.current_field.hide()
        form.addRow(self.tr("New passcode"), self.new_field)
        form.addRow(self.tr("New passcode again"), self.again_field)
        form.addRow(self.tr("Lock after"), self.idle_box)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        buttons = QDialogButtonBox(self)
        if encrypted:
            self.apply_button = QPushButton(self.tr("Change passcode"), self)
            self.recovery_button: QPushButton | None
            self.remove_button: QPushButton | None
            self.recovery_button = QPushButton(self.tr("Make a recovery key"), self)
            self.remove_button = QPushButton(self.tr("Remove the passcode"), self)
            self.recovery_button.clicked.connect(self.make_recovery_key)
            self.remove_button.clicked.connect(self.remove_passcode)
            for extra in (self.recovery_button, self.remove_button):
                buttons.addButton(extra, QDialogButtonBox.ButtonRole.ActionRole)
        else:
            self.apply_button = QPushButton(self.tr("Protect"), self)
            self.recovery_button = self.remove_button = None
        self.apply_button.clicked.connect(self.apply)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self._on_close_clicked)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        layout.addWidget(buttons)

    def _say(self, text: str) -> None:
        self.message_label.setText(text)

    def _new_passcode(self) -> str | None:
        new, again = self.new_field.text(), self.again_field.text()
        if len(new) < MIN_PASSCODE:
            self._say(self.tr("A passcode of at least four characters, please."))
            return None
        if new != again:
            self._say(self.tr("The two new passcodes are not the same yet."))
            return None
        return new

    def _check_current(self) -> bool:
        """The current passcode, asked again before anything changes."""
        from containerstudio.storage.keys import KeyRing

        assert self.library.keyring is not None
        probe = KeyRing(self.library.keyring.data_dir, self.library.keyring.key_file)
        try:  # a forgotten passcode: the recovery key's words stand in for it
            probe.unlock_with_either(self.current_field.text())
        except StorageProblem as problem:
            self._say(problem_text(problem))
            return False
        probe.lock()
        return True

    def _busy(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()

    def _done(self) -> None:
        QGuiApplication.restoreOverrideCursor()

    def _prepare(self) -> None:
        """Everything open is kept and no save is on its way before keys change."""
        self.app_lock.keep_open_work()

    def apply(self) -> None:
        """Protect the library, or change its passcode."""
        self.app_lock.set_idle_minutes(self.idle_box.value(), remember=True)
        new = self._new_passcode()
        if new is None:
            return
        if self.library.encrypted:
            if not self._check_current():
                return
            self._busy()
            try:
                assert self.library.keyring is not None  # unlocked: _check_current read it
                self.library.keyring.change_passcode(new)
            finally:
                self._done()
            self._say(self.tr("The passcode is changed."))
            self.accept()
            return
        from containerstudio.storage.encryption import enable_encryption

        self._busy()
        try:
            self._prepare()
            done = enable_encryption(self.library, new)
        except StorageProblem as problem:
            self._done()
            self._say(problem_text(problem))
            return
        self._done()
        self._name_unconverted(done.unconverted)
        self.app_lock.set_idle_minutes(self.idle_box.value())
        from containerstudio.ui.kit.calm_dialog import ask

        # A calm question that never blocks (no nested event loop, so Hide now and Pause
        # cover it like any window); this dialog's work is done either way.
        self.offer = ask(
            self.parentWidget(),
            self.tr("Your library is protected"),
            self.tr(
                "Your library and its backups are now encrypted. Would you like a recovery "
                "key, twelve words that open the library if the passcode is forgotten?"
            ),
            [("key", self.tr("Make a recovery key")), ("later", self.tr("Not now"))],
            lambda key: self._show_recovery_key() if key == "key" else None,
            default="key",
            safe="later",
        )
        self.accept()

    def make_recovery_key(self) -> None:
        if not self._check_current():
            return
        self._show_recovery_key()

    def _show_recovery_key(self) -> None:
        assert self.library.keyring is not None
        self.last_words = self.library.keyring.make_recovery_key()
        # Its own window (not this dialog's child), so it stays when this one closes.
        self.recovery_dialog = RecoveryKeyDialog(self.last_words, self.parentWidget())
        self.recovery_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.recovery_dialog.open()

    def remove_passcode(self) -> None:
        from containerstudio.storage.encryption import disable_encryption

        if not self._check_current():
            return
        self._busy()
        try:
            self._prepare()
            done = disable_encryption(self.library)
        except StorageProblem as problem:
            self._done()
            self._say(problem_text(problem))
            return
        self._done()
        self._name_unconverted(done.unconverted)
        self.app_lock.set_idle_minutes(self.idle_box.value())
        self.accept()

    def _name_unconverted(self, paths: list) -> None:
        """Backups too damaged to convert are left as they were; the person hears which."""
        if paths:
            from containerstudio.ui.kit.calm_dialog import tell

            tell(
                self.parentWidget(),
                self.tr("Some backups were left as they were"),
                self.tr(
                    "These backups could not be read, so they were left exactly as they "
                    "were. You may delete them:"
                ),
                detail="\n".join(str(p) for p in paths),
            )

    def _on_close_clicked(self) -> None:
        self.app_lock.set_idle_minutes(self.idle_box.value(), remember=True)
        self.reject()
