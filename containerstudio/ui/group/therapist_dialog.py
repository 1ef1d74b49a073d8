"""Therapist mode: before handing the keyboard over, the therapist picks the exercise and
the session length, and the guide's opening screen offers exactly those to the client.

Nothing is recorded: the choice lives only on the opening screen, where the client sees
it and may still change it; no setting, note or log entry is written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from containerstudio.flow import PromptPack, find_pack
from containerstudio.ui.kit.translations import current_language
from containerstudio.ui.services import GuideFacts

MAX_MINUTES = 180  # the opening screen's own range


def exercises(packs: list[PromptPack]) -> list[PromptPack]:
    """Each exercise once, in the closest language, as the opening screen offers them
    (grounding is always there and is not an exercise to choose)."""
    language = current_language()
    ids = sorted({p.id for p in packs if p.id != "grounding"})
    found = (find_pack(packs, pack_id, language) for pack_id in ids)
    return sorted((p for p in found if p is not None), key=lambda p: p.title)


class TherapistSetupDialog(QDialog):
    """Pick the exercise and the session length; Hand over offers them to the client."""

    def __init__(self, guide: GuideFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.setWindowTitle(self.tr("Before you hand over"))
        self.setAccessibleName(self.tr("Before you hand over"))
        intro = QLabel(
            self.tr(
                "Choose the exercise and the session length the client will be offered. "
                "They see your choice on the opening screen and may change it; nothing "
                "else is kept."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        self.pack_box = QComboBox(self)
        self.pack_box.setAccessibleName(self.tr("Exercise"))
        for pack in exercises(guide.packs()):
            self.pack_box.addItem(pack.title, pack.id)
        form.addRow(self.tr("&Exercise"), self.pack_box)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(30)
        self.minutes.setSpecialValueText(self.tr("no set length"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Session length in minutes"))
        form.addRow(self.tr("Session &length"), self.minutes)
        buttons = QHBoxLayout()
        self.hand_over_button = QPushButton(self.tr("&Hand over"), self)
        self.hand_over_button.setAccessibleName(self.tr("Hand over"))
        self.hand_over_button.setDefault(True)
        self.hand_over_button.setEnabled(self.pack_box.count() > 0)
        self.hand_over_button.clicked.connect(lambda _c=False: self.hand_over())
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(lambda _c=False: self.reject())
        buttons.addStretch(1)
        buttons.addWidget(self.hand_over_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setMinimumWidth(400)

    def hand_over(self) -> None:
        """Offer the chosen exercise and length on the opening screen, then close."""
        pack_id = self.pack_box.currentData()
        if pack_id is None:
            return
        self.guide.offer_first(str(pack_id), True)
        self.guide.offer_length(self.minutes.value())
        self.accept()
