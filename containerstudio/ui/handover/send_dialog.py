"""Send to my therapist: the open container sealed to the therapist's card, saved as
one file that only the therapist's Container Studio can open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from containerstudio.ui.handover.card_io import refusal_text, take_in_card
from containerstudio.ui.handover.pickers import (
    card_files_filter,
    pick_file_to_take_in,
    pick_place_to_save,
)

if TYPE_CHECKING:
    from containerstudio.exchange.therapist import TherapistCard
    from containerstudio.storage.library import Library
    from containerstudio.ui.kit.background import BackgroundWork


class SendToTherapistDialog(QDialog):
    """Shows the therapist's fingerprint words, then seals and saves on the storage lane."""

    sent = Signal(str)
    """Emitted with the path of the sealed file once it is written."""

    def __init__(
        self,
        library: Library,
        work: BackgroundWork,
        container_id: int,
        parent: QWidget | None,
        *,
        lid_closed: bool = False,
    ) -> None:
        super().__init__(parent)
        self.library, self.work, self.container_id = library, work, container_id
        self.reading = True
        self.card: TherapistCard | None = None
        self.setWindowTitle(self.tr("Send to my therapist"))
        self.setAccessibleName(self.tr("Send to my therapist"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            self._plain(
                self.tr(
                    "This makes one file holding this container (its versions and photos, "
                    "and its slips if you like), sealed so that only your therapist's "
                    "Container Studio can open it. You may carry it on a USB stick or send "
                    "it by email; nobody else can read it on the way."
                )
            )
        )
        self.words = self._plain(self.tr("Reading your therapist's card…"))
        self.words.setAccessibleName(self.tr("Your therapist's fingerprint words"))
        layout.addWidget(self.words)
        self.card_button = QPushButton(self.tr("Import your therapist's card…"), self)
        self.card_button.setAccessibleName(self.tr("Import your therapist's card"))
        self.card_button.clicked.connect(self._on_card_clicked)
        layout.addWidget(self.card_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.slips = QCheckBox(self.tr("Include the slips"), self)
        self.slips.setAccessibleName(self.tr("Include the slips"))
        self.slips.setChecked(not lid_closed)
        layout.addWidget(self.slips)
        self.status = self._plain("")
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("Seal and save…"), self)
        self.save_button.setAccessibleName(self.tr("Seal and save"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        for button in (self.save_button, self.close_button):
            row.addWidget(button)
        layout.addLayout(row)

        def read() -> TherapistCard | None:
            from containerstudio.exchange.therapist import my_therapist_card

            return my_therapist_card(library)

        work.run(read, self._show_card, self._not_read, storage=True)

    def _plain(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setMinimumWidth(420)
        return label

    def _show_card(self, card: TherapistCard | None) -> None:
        self.reading = False
        self.card = card
        if card is None:
            self.words.setText(
                self.tr(
                    "No therapist card is here yet. When you're ready, you may import the "
                    "card file your therapist gave you."
                )
            )
        else:
            self.words.setText(
                self.tr(
                    "Your therapist's fingerprint words: %s\nYou may compare them with the "
                    "words on their card; when they are the same, the file is for them."
                )
                % card.words
            )
        self.save_button.setEnabled(card is not None)

    def _not_read(self, exc: BaseException) -> None:
        self.reading = False
        self.words.setText(refusal_text(exc, self.tr("The card cannot be read just now.")))

    def _on_card_clicked(self) -> None:
        pick_file_to_take_in(
            self, self.tr("Your therapist's card"), card_files_filter(), self.import_card
        )

    def import_card(self, path: Path) -> None:
        """Keep the card at `path` (on the storage lane), then show its words."""
        self.reading = True
        take_in_card(self.work, self.library, path, self._show_card, self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.reading = False
        self.status.setText(refusal_text(exc, self.tr("That card cannot be read just now.")))

    def _on_save_clicked(self) -> None:
        name = f"for-my-therapist-{dt.date.today().isoformat()}.cssealed"
        pick_place_to_save(
            self,
            self.tr("Save the sealed file"),
            name,
            self.tr("Sealed files (*.cssealed)"),
            self.save_to,
        )

    def save_to(self, path: Path) -> None:
        """Seal the container and write it to `path` (on the storage lane)."""
        library, cid, slips = self.library, self.container_id, self.slips.isChecked()
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Sealing…"))

        def work() -> str:
            from containerstudio.exchange.handover import send_to_therapist

            return str(send_to_therapist(library, cid, path, include_slips=slips))

        self.work.run(work, self._on_sent, self._on_not_sent, storage=True)

    def _on_sent(self, path: str) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(
            self.tr("Sealed and saved as %s. Only your therapist's library can open it.") % path
        )
        self.sent.emit(path)

    def _on_not_sent(self, exc: BaseException) -> None:
        self.save_button.setEnabled(self.card is not None)
        self.status.setText(
            refusal_text(
                exc, self.tr("The sealed file could not be made this time; nothing was saved.")
            )
        )
