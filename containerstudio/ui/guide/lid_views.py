"""What the guide shows of a closed container: never its slips, only that they are in.

- `SealedSlipsNote` stands in for the slips on a slips step while the lid is closed.
- `LidClosedNote` is the calm line on the closing step: closed, and where it is kept.
- `ClosedLidMark` sits in the status bar for as long as the lid is closed.
Places and slips are the person's own words: they show as plain text in the app's own
panels, never in a window title.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from containerstudio.ui.kit.theme import set_role


def _plain(text: str, parent: QWidget, style: str = "", role: str = "") -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    if style:
        label.setStyleSheet(style)
    if role:
        set_role(label, role)
    return label


class SealedSlipsNote(QWidget):
    """ "3 slips are inside, with the lid closed", and how to open it, if one wishes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Slips inside the closed container"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = _plain("", self, "font-size: 12pt;")
        self.hint = _plain("", self, role="muted")
        layout.addWidget(self.count_label)
        layout.addWidget(self.hint)
        self.set_count(0)

    def set_count(self, n: int) -> None:
        if n == 0:
            text = self.tr("Nothing is inside, and the lid is closed.")
        else:  # English forms: "1 slip is inside…", "3 slips are inside…"
            text = self.tr("%n slip(s) inside, with the lid closed.", "", n)
        self.count_label.setText(text)
        opening = self.tr(
            "When you choose, you may open it from Session → Open the lid… "
            "(perhaps with your therapist)."
        )
        stay = self.tr("They stay inside while the lid is closed.")
        self.hint.setText(opening if n == 0 else stay + " " + opening)


class LidClosedNote(QLabel):
    """ "Your container is closed. It is kept: …" under the Close the lid button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        set_role(self, "hint")
        self.setAccessibleName(self.tr("The lid is closed"))
        self.set_place(None)

    def set_place(self, place: str | None) -> None:
        closed = self.tr("Your container is closed.")
        self.setText(closed + " " + self.tr("It is kept: %s") % place if place else closed)


class ClosedLidMark(QLabel):
    """A small mark in the status bar, there for as long as the lid is closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closed_lid_mark")
        self.setText(self.tr("Lid closed"))
        self.setAccessibleName(self.tr("The lid is closed"))
        self.setToolTip(self.tr("The lid is closed. Session → Open the lid… opens it."))
        set_role(self, "accent")
        self.setStyleSheet("padding: 0 8px;")
        self.hide()
