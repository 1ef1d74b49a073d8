"""Therapist card…: a therapist's own card for their clients (a file and a printable
page with the key as a QR code), and the card a client keeps of their therapist. Both
sides show the same fingerprint words, to compare aloud."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
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


class TherapistCardDialog(QDialog):
    """Both cards of this library, read on the storage lane (`reading` meanwhile)."""

    def __init__(self, library: Library, work: BackgroundWork, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.library, self.work = library, work
        self.reading = True
        self.setWindowTitle(self.tr("Therapist card"))
        self.setAccessibleName(self.tr("Therapist card"))
        layout = QVBoxLayout(self)

        mine = QGroupBox(self.tr("My card, for my clients"), self)
        mine.setAccessibleName(self.tr("My card, for my clients"))
        box = QVBoxLayout(mine)
        box.addWidget(
            self._plain(
                self.tr(
                    "If you are a therapist, you may give this card to a client at intake: "
                    "what they send you with it can be opened only in this library."
                ),
                mine,
            )
        )
        self.my_words = self._plain(self.tr("Reading…"), mine)
        self.my_words.setAccessibleName(self.tr("My fingerprint words"))
        box.addWidget(self.my_words)
        row = QHBoxLayout()
        self.save_card_button = self._button(
            self.tr("Save the card file…"), self._on_save_card_clicked, mine
        )
        self.save_page_button = self._button(
            self.tr("Save a printable page…"), self._on_save_page_clicked, mine
        )
        row.addWidget(self.save_card_button)
        row.addWidget(self.save_page_button)
        row.addStretch(1)
        box.addLayout(row)
        layout.addWidget(mine)

        theirs = QGroupBox(self.tr("My therapist's card"), self)
        theirs.setAccessibleName(self.tr("My therapist's card"))
        box = QVBoxLayout(theirs)
        self.their_words = self._plain(self.tr("Reading…"), theirs)
        self.their_words.setAccessibleName(self.tr("My therapist's fingerprint words"))
        box.addWidget(self.their_words)
        self.import_button = self._button(
            self.tr("Import a card…"), self._on_import_clicked, theirs
        )
        box.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(theirs)

        self.status = self._plain("", self)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = self._button(self.tr("Close"), self.accept, self)
        row.addWidget(self.close_button)
        layout.addLayout(row)

        def read() -> tuple[TherapistCard | None, TherapistCard | None]:
            from containerstudio.exchange.therapist import (
                has_therapist_key,
                my_therapist_card,
                therapist_card,
            )

            own = therapist_card(library) if has_therapist_key(library) else None
            return own, my_therapist_card(library)

        work.run(read, self._show, self._refused, storage=True)

    def _plain(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setMinimumWidth(420)
        return label

    def _button(self, text: str, slot: object, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(text.replace("…", "").replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _show(self, cards: tuple[TherapistCard | None, TherapistCard | None]) -> None:
        self.reading = False
        own, theirs = cards
        self._show_own(own)
        self._show_theirs(theirs)

    def _show_own(self, card: TherapistCard | None) -> None:
        if card is None:
            self.my_words.setText(
                self.tr("There is no card here yet; saving one makes it, once, for this library.")
            )
        else:
            self.my_words.setText(self.tr("My fingerprint words: %s") % card.words)

    def _show_theirs(self, card: TherapistCard | None) -> None:
        if card is None:
            self.their_words.setText(
                self.tr("No therapist card is kept here yet; you may import one when you're ready.")
            )
        else:
            self.their_words.setText(
                self.tr(
                    "My therapist's fingerprint words: %s\nYou may compare them with the words "
                    "on their card."
                )
                % card.words
            )

    def _refused(self, exc: BaseException) -> None:
        self.reading = False
        self.status.setText(refusal_text(exc, self.tr("The cards cannot be read just now.")))

    # -- my card ----------------------------------------------------------------------
    def _on_save_card_clicked(self) -> None:
        pick_place_to_save(
            self,
            self.tr("Save the card file"),
            "therapist-card.cscard",
            card_files_filter(),
            lambda path: self.save_card(path, page=False),
        )

    def _on_save_page_clicked(self) -> None:
        pick_place_to_save(
            self,
            self.tr("Save a printable page"),
            "therapist-card.pdf",
            self.tr("PDF files (*.pdf)"),
            lambda path: self.save_card(path, page=True),
        )

    def save_card(self, path: Path, *, page: bool) -> None:
        """Write this library's card (made the first time) as a file or a page."""
        library = self.library
        self.reading = True

        def work() -> TherapistCard:
            from containerstudio.exchange.portable import write_file
            from containerstudio.exchange.therapist import therapist_card

            card = therapist_card(library)
            if page:
                from containerstudio.exchange.card_page import write_card_page

                write_card_page(path, card)
            else:
                write_file(path, card.to_json().encode("utf-8"))
            return card

        def done(card: TherapistCard) -> None:
            self.reading = False
            self._show_own(card)
            self.status.setText(self.tr("Saved as %s") % path)

        self.work.run(work, done, self._refused, storage=True)

    # -- my therapist's card ----------------------------------------------------------------
    def _on_import_clicked(self) -> None:
        pick_file_to_take_in(
            self, self.tr("My therapist's card"), card_files_filter(), self.import_card
        )

    def import_card(self, path: Path) -> None:
        self.reading = True

        def kept(card: TherapistCard) -> None:
            self.reading = False
            self._show_theirs(card)
            self.status.setText(self.tr("The card is kept in this library."))

        take_in_card(self.work, self.library, path, kept, self._refused)
