"""Small answer widgets used on steps: the optional 0–10 scale, a note, where it is kept."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from containerstudio.ui.kit.theme import set_role

TYPING_PAUSE_MS = 400


NUMBER_PADDING = "QPushButton { padding: 3px 0px; } QPushButton:focus { padding: 2px 0px; }"
"""The check-in numbers keep the theme's look with room for two digits."""


class RatingWidget(QWidget):
    """An optional 0–10 scale. No number is a fine answer; nothing is ever commented on."""

    rating_changed = Signal(object)
    """Emitted with the chosen int 0..10, or None when the person clears it."""

    def __init__(self, low: str | None, high: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Optional check-in from 0 to 10"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setHorizontalSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[QPushButton] = []
        for n in range(11):
            b = QPushButton(str(n), self)
            b.setCheckable(True)
            b.setAccessibleName(self.tr("Check-in %d") % n)
            b.setFixedWidth(27)
            b.setStyleSheet(NUMBER_PADDING)  # "10" fits in 27 px (no colour set here)
            set_role(b, "choice")  # the chosen number in the accent colour, clearly
            grid.addWidget(b, 0, n)
            self.group.addButton(b, n)
            self.buttons.append(b)
            b.installEventFilter(self)  # the arrow keys move along the scale
        self.group.idClicked.connect(self._on_group_clicked)
        layout.addLayout(grid)
        ends = QHBoxLayout()
        self.low_label = QLabel(self)
        self.low_label.setTextFormat(Qt.TextFormat.PlainText)  # the pack's words, never HTML
        ends.addWidget(self.low_label)
        ends.addStretch(1)
        self.high_label = QLabel(self)
        self.high_label.setTextFormat(Qt.TextFormat.PlainText)
        ends.addWidget(self.high_label)
        self.set_ends(low, high)
        layout.addLayout(ends)
        self.clear_button = QPushButton(self.tr("No number, thanks"), self)
        self.clear_button.setAccessibleName(self.tr("Leave the check-in without a number"))
        self.clear_button.clicked.connect(lambda: self._on_group_clicked(-1))
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._value: int | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Left and Right move the focus along the scale (Tab reaches it as one stop:
        Qt does not move along a group that allows no choice, as this one does)."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()), 0)
            if step and watched in self.buttons:
                i = self.buttons.index(watched) + step
                if 0 <= i < len(self.buttons):
                    self.buttons[i].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def set_ends(self, low: str | None, high: str | None) -> None:
        """Name the scale's two ends (a step's own words, or the calm defaults)."""
        self.low_label.setText(low or self.tr("0: calm"))
        self.high_label.setText(high or self.tr("10: a lot"))

    def _on_group_clicked(self, n: int) -> None:
        value = None if n < 0 or n == self._value else n
        self.set_value(value)
        self.rating_changed.emit(value)

    def set_value(self, value: int | None) -> None:
        self._value = value
        for i, b in enumerate(self.buttons):
            b.blockSignals(True)
            b.setChecked(i == value)
            b.blockSignals(False)

    def value(self) -> int | None:
        return self._value


class NoteWidget(QPlainTextEdit):
    """A free note; saved a moment after typing pauses, so nothing typed is lost."""

    note_changed = Signal(str)
    """Emitted with the whole text after a short pause in typing (or on leaving)."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_placeholder(placeholder)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(130)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.flush)
        self.textChanged.connect(self._pause.start)

    def set_placeholder(self, placeholder: str) -> None:
        """The grey invitation shown while it is empty, which is also its name."""
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder)

    def pending(self) -> bool:
        """True while typed text waits for the pause to be handed over."""
        return self._pause.isActive()

    def flush(self) -> None:
        self._pause.stop()
        self.note_changed.emit(self.toPlainText())

    def focusOutEvent(self, event) -> None:
        if self._pause.isActive():
            self.flush()
        super().focusOutEvent(event)

    def set_text_quietly(self, text: str) -> None:
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)


class KeptWhereWidget(QWidget):
    """Where the container is kept: suggestions to tap, or the person's own words."""

    kept_where_changed = Signal(str)
    """Emitted with the chosen or typed place."""

    def __init__(self, choices: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        for i, choice in enumerate(choices):
            b = QPushButton(choice.replace("&", "&&"), self)  # a literal &, not a shortcut
            b.setAccessibleName(choice)
            b.clicked.connect(lambda _c=False, text=choice: self._choose(text))
            grid.addWidget(b, i // 2, i % 2)
        layout.addLayout(grid)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Or in your own words…"))
        self.edit.setAccessibleName(self.tr("Where your container is kept"))
        self.edit.editingFinished.connect(lambda: self.kept_where_changed.emit(self.edit.text()))
        layout.addWidget(self.edit)

    def _choose(self, text: str) -> None:
        self.edit.setText(text)
        self.kept_where_changed.emit(text)

    def set_text_quietly(self, text: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setText(text)
        self.edit.blockSignals(False)
