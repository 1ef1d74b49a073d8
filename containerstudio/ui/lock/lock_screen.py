"""The lock screen: a passcode field, Unlock, and nothing of what is inside.

A passcode that does not open the library gets one calm line and nothing else; from
the third try on, each further try waits a little longer (1, 2, 4 … up to 60 seconds),
so guessing is slow while a person who mistyped barely notices. The screen says up
front that a forgotten passcode can only be replaced by the recovery key, and offers
that key as the other way in.

It can be embedded in any window (it is a plain QWidget); `unlocked` says when the
library is open again. The slow part (Argon2id, about half a second) runs on the
storage lane when a BackgroundWork is given, so the window stays responsive.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from containerstudio.storage.problem import StorageProblem
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.kit.problem_texts import problem_text

FREE_TRIES = 2  # tries before the waiting starts
MAX_WAIT_S = 60


def wait_after(failures: int) -> int:
    """Seconds to wait before the next try, after `failures` tries that did not open."""
    if failures < FREE_TRIES:
        return 0
    return min(MAX_WAIT_S, 2 ** (failures - FREE_TRIES))


class LockScreen(QWidget):
    """Asks for the passcode (or the recovery key) and unlocks the library with it."""

    unlocked = Signal()
    """Emitted once the library is open again; no arguments."""

    def __init__(
        self,
        unlock: Callable[[str], None],
        unlock_with_recovery: Callable[[str], None] | None = None,
        work: BackgroundWork | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`unlock(text)` and `unlock_with_recovery(text)` raise a StorageProblem (such
        as PasscodeNotAccepted) when the text does not open the library."""
        super().__init__(parent)
        self._unlock = unlock
        self._unlock_with_recovery = unlock_with_recovery
        self._work = work
        self.failures = 0
        self.using_recovery = False
        self._busy = False
        self.setObjectName("lock_screen")
        self.setAccessibleName(self.tr("Container Studio is locked"))
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lock_screen { background: #eef1ec; }")
        self._build()
        self._wait_timer = QTimer(self)
        self._wait_timer.setSingleShot(True)
        self._wait_timer.timeout.connect(self._on_wait_timer_timeout)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(self.tr("Container Studio is locked"), self)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 22pt; color: #3b5b6d;")
        self.prompt_label = QLabel(self)
        self.prompt_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMinimumWidth(320)
        self.field.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setMinimumHeight(40)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("lock_message")
        self.message_label.setAccessibleName(self.tr("Lock screen message"))
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        note = QLabel(
            self.tr(
                "If the passcode is forgotten, nobody can open this library again without "
                "its recovery key; that is what keeps it private."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setStyleSheet("color: #4a4a4a;")
        self.recovery_button = QPushButton(self)
        self.recovery_button.setFlat(True)
        self.recovery_button.clicked.connect(self.toggle_recovery)
        self.recovery_button.setVisible(self._unlock_with_recovery is not None)
        for widget in (title, self.prompt_label):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.field, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message_label)
        layout.addSpacing(24)
        layout.addWidget(note)
        layout.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)
        self._show_mode()

    def _show_mode(self) -> None:
        if self.using_recovery:
            self.prompt_label.setText(
                self.tr("You may type the twelve words of your recovery key.")
            )
            self.field.setAccessibleName(self.tr("Recovery key"))
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)
            self.recovery_button.setText(self.tr("Use the passcode instead"))
        else:
            self.prompt_label.setText(self.tr("Your passcode opens it again."))
            self.field.setAccessibleName(self.tr("Passcode"))
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.recovery_button.setText(self.tr("Use the recovery key"))
        self.recovery_button.setAccessibleName(self.recovery_button.text())

    # -- the person's actions -----------------------------------------------------------
    def toggle_recovery(self) -> None:
        self.using_recovery = not self.using_recovery
        self.field.clear()
        self.message_label.clear()
        self._show_mode()
        self.field.setFocus()

    def reset(self) -> None:
        """Ready for the next lock: empty field, no message (the waiting is kept)."""
        self.field.clear()
        self.message_label.clear()
        if self.using_recovery:
            self.toggle_recovery()

    def focus_field(self) -> None:
        self.field.setFocus()

    def try_unlock(self) -> None:
        """Try the text in the field (ignored while a try runs or the wait lasts)."""
        if self._busy or self._wait_timer.isActive():
            return
        text = self.field.text()
        if not text:
            return
        action = self._unlock_with_recovery if self.using_recovery else self._unlock
        assert action is not None
        self._busy = True
        self.unlock_button.setEnabled(False)
        self.message_label.setText(self.tr("Opening…"))
        if self._work is None:
            try:
                action(text)
            except StorageProblem as problem:
                self._on_unlock_failed(problem)
            else:
                self._on_unlock_done(None)
            return
        self._work.run(
            lambda: action(text), self._on_unlock_done, self._on_unlock_failed, storage=True
        )

    def _on_unlock_done(self, _result: object) -> None:
        self._busy = False
        self.failures = 0
        self.field.clear()
        self.message_label.clear()
        self.unlock_button.setEnabled(True)
        self.unlocked.emit()

    def _on_unlock_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.failures += 1
        self.field.clear()
        if isinstance(exc, StorageProblem) and exc.kind != "passcode":
            message = problem_text(exc)
        elif self.using_recovery:
            message = self.tr(
                "Those words do not open this library. You may check them and try again."
            )
        else:
            message = self.tr(
                "That passcode does not open this library. You may try again when you're ready."
            )
        wait = wait_after(self.failures)
        if wait:
            message += " " + self.tr("The next try opens in a moment.")
            self._wait_timer.start(wait * 1000)
        else:
            self.unlock_button.setEnabled(True)
        self.message_label.setText(message)
        self.field.setFocus()

    def _on_wait_timer_timeout(self) -> None:
        self.unlock_button.setEnabled(True)

    @property
    def waiting(self) -> bool:
        """True while the next try has to wait."""
        return self._wait_timer.isActive()
