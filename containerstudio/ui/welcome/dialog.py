"""The welcome: a few calm lines, how the app will be used, and a text size.

Shown once on a first start (ui/welcome/feature.py) and again from Help → Welcome….
Like every dialog it carries the safety strip and answers the always-there keys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from containerstudio.ui.kit.theme import set_role
from containerstudio.ui.welcome.first_run import TEXT_SIZES, USES, WelcomeChoices, use_named


def _words(text: str, parent: QWidget, role: str | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if role is not None:
        set_role(label, role)
    return label


class WelcomeDialog(QDialog):
    """What Container Studio is, in four lines; two choices, each optional."""

    def __init__(self, choices: WelcomeChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome"))
        self.setAccessibleName(self.tr("Welcome to Container Studio"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(_words(self.tr("Welcome"), self, "title"))
        for text in (
            self.tr(
                "Container Studio is a quiet place to draw, paint or collage a container: "
                "an imagined strong vessel that can hold what is too much to carry right now."
            ),
            self.tr(
                "Everything stays on this computer. Nothing you make or write is sent anywhere."
            ),
            self.tr("Every step is optional. You may skip any of them, go back, or simply draw."),
            self.tr(
                "To stop, close the window (Ctrl+Q): your work is kept. Ground me (F1), "
                "Pause (F2) and Hide now (F12) are there on every screen."
            ),
        ):
            layout.addWidget(_words(text, self))

        self.use_buttons: dict[str, QRadioButton] = {}
        uses = QGroupBox(self.tr("How will you use it?"), self)
        uses_layout = QVBoxLayout(uses)
        self._use_group = QButtonGroup(self)
        labels = {
            "own": (
                self.tr("On my own"),
                self.tr("The container exercise, with no set length."),
            ),
            "therapist": (
                self.tr("With my therapist"),
                self.tr("The container exercise, with a session length to keep in view."),
            ),
            "group": (
                self.tr("Leading a group"),
                self.tr("The group exercise first, with its session length."),
            ),
        }
        for use in USES:
            name, hint = labels[use.key]
            button = QRadioButton(name, uses)
            button.setAccessibleName(name)
            button.setAccessibleDescription(hint)
            button.setObjectName(f"welcome_use_{use.key}")
            uses_layout.addWidget(button)
            uses_layout.addWidget(_words(hint, uses, "muted"))
            self._use_group.addButton(button)
            self.use_buttons[use.key] = button
        self.use_buttons[choices.use.key].setChecked(True)
        layout.addWidget(uses)

        self.size_buttons: dict[str, QRadioButton] = {}
        sizes = QGroupBox(self.tr("Text size"), self)
        sizes_layout = QHBoxLayout(sizes)
        self._size_group = QButtonGroup(self)
        names = {
            "standard": self.tr("Standard"),
            "larger": self.tr("Larger"),
            "largest": self.tr("Largest"),
        }
        for key, _factor in TEXT_SIZES:
            button = QRadioButton(names[key], sizes)
            button.setAccessibleName(self.tr("Text size: %s") % names[key])
            button.setObjectName(f"welcome_text_{key}")
            sizes_layout.addWidget(button)
            self._size_group.addButton(button)
            self.size_buttons[key] = button
        sizes_layout.addStretch(1)
        self.size_buttons[choices.text_size].setChecked(True)
        layout.addWidget(sizes)
        layout.addWidget(
            _words(self.tr("You may change these later: Help → Welcome…"), self, "muted")
        )

        row = QHBoxLayout()
        row.addStretch(1)
        self.begin_button = QPushButton(self.tr("Begin"), self)
        self.begin_button.setAccessibleName(self.tr("Begin with these choices"))
        self.begin_button.setDefault(True)
        self.begin_button.clicked.connect(self.accept)
        row.addWidget(self.begin_button)
        layout.addLayout(row)

    def choices(self) -> WelcomeChoices:
        """What is chosen now."""
        use = next(k for k, b in self.use_buttons.items() if b.isChecked())
        size = next(k for k, b in self.size_buttons.items() if b.isChecked())
        return WelcomeChoices(use_named(use), size)
