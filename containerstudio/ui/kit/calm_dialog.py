"""One calm way to ask a question or tell something.

Every question and notice of the app goes through `ask` or `tell`: gentle words, a
calm drawn icon (never the stock warning or question marks), the safe choice as the
default and on Escape, and never a blocking `exec()`, so Hide now and Pause can cover
the dialog and bring it back exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from containerstudio.ui.kit.theme import color

ICON_SIZE = 40


def calm_icon(size: int = ICON_SIZE) -> QPixmap:
    """A soft leaf in a circle: friendly, and nothing like an alarm."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color("accent_soft"))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    leaf = QPainterPath()
    s = size / 40
    leaf.moveTo(QPointF(12 * s, 29 * s))
    leaf.cubicTo(QPointF(11 * s, 17 * s), QPointF(19 * s, 10 * s), QPointF(30 * s, 10 * s))
    leaf.cubicTo(QPointF(30 * s, 21 * s), QPointF(23 * s, 29 * s), QPointF(12 * s, 29 * s))
    painter.setBrush(color("accent"))
    painter.drawPath(leaf)
    painter.end()
    return pixmap


class CalmDialog(QDialog):
    """A short message with a few choices; `answered` carries the chosen key."""

    answered = Signal(str)
    """Emitted once with the key of the chosen button (the safe key on Escape or close)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        choices: Sequence[tuple[str, str]],
        *,
        default: str,
        safe: str | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("calm_dialog")
        self._safe = safe or default
        self._answer: str | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(calm_icon())
        icon.setAccessibleName(self.tr("A calm sign"))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(icon)
        words = QVBoxLayout()
        self.text_label = self._plain(text)
        words.addWidget(self.text_label)
        self.detail_label = self._plain(detail) if detail else None
        if self.detail_label is not None:
            words.addWidget(self.detail_label)
        row.addLayout(words, 1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for key, label in choices:
            button = QPushButton(label, self)
            button.setAccessibleName(label.replace("&", ""))
            button.setAutoDefault(key == default)
            button.setDefault(key == default)
            button.clicked.connect(lambda _checked=False, k=key: self.choose(k))
            buttons.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(buttons)
        self.finished.connect(self._on_finished)

    def _plain(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setMinimumWidth(320)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return label

    def text(self) -> str:
        return self.text_label.text()

    def informativeText(self) -> str:
        return self.detail_label.text() if self.detail_label is not None else ""

    def choose(self, key: str) -> None:
        """Answer with `key` and close."""
        if self._answer is None:
            self._answer = key
            self.answered.emit(key)
        self.done(QDialog.DialogCode.Accepted)

    def _on_finished(self, _result: int) -> None:
        if self._answer is None:  # closed by Escape or the window's close button
            self._answer = self._safe
            self.answered.emit(self._safe)
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.choose(self._safe)
            return
        super().keyPressEvent(event)


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: Sequence[tuple[str, str]],
    on_answer: Callable[[str], object] | None = None,
    *,
    default: str,
    safe: str | None = None,
    detail: str = "",
) -> CalmDialog:
    """Open a calm question without blocking; `on_answer(key)` runs when it is answered.

    `default` is the button Enter presses; `safe` (default: `default`) is the answer
    when the person closes the dialog or presses Escape. Make the safe choice the default.
    """
    dialog = CalmDialog(parent, title, text, choices, default=default, safe=safe, detail=detail)
    if on_answer is not None:
        dialog.answered.connect(on_answer)
    dialog.open()
    return dialog


def tell(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    detail: str = "",
    on_closed: Callable[[], object] | None = None,
    modal: bool = True,
) -> CalmDialog:
    """Tell something calmly, with one "OK" button; never blocks."""
    dialog = CalmDialog(
        parent,
        title,
        text,
        [("ok", QCoreApplication.translate("CalmDialog", "OK"))],
        default="ok",
        detail=detail,
    )
    if on_closed is not None:
        dialog.answered.connect(lambda _key: on_closed())
    if modal:
        dialog.open()
    else:
        dialog.setModal(False)
        dialog.show()
    return dialog


class AskValueDialog(QDialog):
    """A calm question with one field (a name, a number); never blocks."""

    chosen = Signal(object)
    """Emitted with the value (str or int) when the person confirms; not on cancel."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        value: str | int,
        *,
        minimum: int = 0,
        maximum: int = 0,
        confirm: str = "",
    ) -> None:
        from PySide6.QtWidgets import QLineEdit, QSpinBox

        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("ask_value_dialog")
        layout = QVBoxLayout(self)
        prompt = QLabel(label, self)
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.field: QLineEdit | QSpinBox
        if isinstance(value, int):
            spin = QSpinBox(self)
            spin.setRange(minimum, maximum)
            spin.setValue(value)
            self.field = spin
        else:
            edit = QLineEdit(value, self)
            edit.selectAll()
            self.field = edit
        self.field.setAccessibleName(label)
        prompt.setBuddy(self.field)
        layout.addWidget(self.field)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.ok_button = QPushButton(confirm or self.tr("OK"), self)
        for button in (self.cancel_button, self.ok_button):
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)
        self.ok_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self.accept)
        layout.addLayout(row)
        self.accepted.connect(self._on_accepted)
        self.finished.connect(self.deleteLater)

    def value(self) -> str | int:
        from PySide6.QtWidgets import QSpinBox

        if isinstance(self.field, QSpinBox):
            return self.field.value()
        return self.field.text()

    def _on_accepted(self) -> None:
        self.chosen.emit(self.value())


def ask_value(
    parent: QWidget | None,
    title: str,
    label: str,
    value: str | int,
    on_value: Callable[[object], object],
    *,
    minimum: int = 0,
    maximum: int = 0,
    confirm: str = "",
) -> AskValueDialog:
    """Ask for one value (text, or a whole number within a range) without blocking."""
    dialog = AskValueDialog(
        parent, title, label, value, minimum=minimum, maximum=maximum, confirm=confirm
    )
    dialog.chosen.connect(on_value)
    dialog.open()
    return dialog
