"""My safety card: who to reach out to, a crisis line, what helps, comfort reminders.

The card is the person's own: it ships empty, with gentle hints only (never a phone
number), keeps itself as the person types and when it closes, and is never exported.
It opens without blocking anything, one card at a time (`open_safety_card`).

The UI thread never waits for the disk: the card is read on the background helper's
general pool (a reader, so it never queues behind a long save: the card must come at
once) and written on its storage lane, in order with every other write. Closing with a
write not yet answered hides the card until it is kept; if it cannot be kept, the card
comes back with a note, so nothing written is lost unseen.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from containerstudio.storage.safety_card import (
    PHOTO_SIDE,
    Contact,
    SafetyCard,
    load_card,
    save_card,
)
from containerstudio.ui.kit.problem_texts import problem_text

if TYPE_CHECKING:
    from containerstudio.storage.library import Library
    from containerstudio.ui.kit.background import BackgroundWork

TYPING_PAUSE_MS = 300  # keep the card this long after the last key press
RETRY_MS = 3000  # when the library could not take it (a full disk), try again this often
PEOPLE_ROWS = 3
REMINDER_ROWS = 3  # at most safety_card.MAX_REMINDERS
PREVIEW_SIDE = 180
# The newest card handed to the lane and not yet answered, per library: a card opened
# meanwhile shows it at once instead of reading an older one from the disk.
_unanswered: weakref.WeakKeyDictionary[Library, SafetyCard] = weakref.WeakKeyDictionary()

PHOTO_FILTER = "*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff"


def _plain_label(text: str, parent: QWidget, style: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


class SafetyCardDialog(QDialog):
    """The card, as a calm form that keeps what is written in it."""

    card_saved = Signal()
    """Emitted after the card was kept in the library; no arguments."""

    def __init__(
        self, library: Library, work: BackgroundWork, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.work = work
        self.loaded = False
        """True once the card was read (its fields wait, greyed, until then)."""
        self._writing = 0  # writes on the lane not yet answered
        self._closing = False  # closed while a write was on its way: close when kept
        self._last_failed = False  # the last write was not kept (e.g. a full disk)
        self.setWindowTitle(self.tr("My safety card"))
        self.setAccessibleName(self.tr("My safety card"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(560, 640)
        self._photo: bytes | None = None
        self._dirty = False
        self._held_open = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(TYPING_PAUSE_MS)
        self._save_timer.timeout.connect(self.keep)
        self.photo_picker: QFileDialog | None = None
        self._build()
        self._load()

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(
            _plain_label(
                self.tr(
                    "This card is yours. It stays on this computer and is never exported. "
                    "You might fill it in on your own or with your therapist, and change it "
                    "whenever you like."
                ),
                self,
            )
        )
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        scroll.setWidget(inner)
        self.fields = inner  # greyed until the card is read
        outer.addWidget(scroll, 1)
        form = QVBoxLayout(inner)

        form.addWidget(self._heading(self.tr("People I can reach out to"), inner))
        people = QGridLayout()
        self.people: list[tuple[QLineEdit, QLineEdit]] = []
        for row in range(PEOPLE_ROWS):
            name = self._line(
                self.tr("Someone you could call or message"),
                self.tr("Person %d: name") % (row + 1),
                inner,
            )
            reach = self._line(
                self.tr("How you might reach them"),
                self.tr("Person %d: how to reach them") % (row + 1),
                inner,
            )
            people.addWidget(name, row, 0)
            people.addWidget(reach, row, 1)
            self.people.append((name, reach))
        form.addLayout(people)

        lines = QFormLayout()
        self.crisis_line = self._line(
            self.tr("You might add a crisis line for where you live"),
            self.tr("A crisis line of your choosing"),
            inner,
        )
        crisis_label = _plain_label(self.tr("A crisis line:"), inner)
        crisis_label.setBuddy(self.crisis_line)
        lines.addRow(crisis_label, self.crisis_line)
        form.addLayout(lines)

        form.addWidget(
            self._heading(self.tr("What helps when something leaks out of the container"), inner)
        )
        self.when_it_leaks = QPlainTextEdit(inner)
        self.when_it_leaks.setPlaceholderText(
            self.tr(
                "Something that has helped before, perhaps: a place, a song, cold water, "
                "Ground me, a few words for yourself"
            )
        )
        self.when_it_leaks.setAccessibleName(
            self.tr("What helps when something leaks out of the container")
        )
        self.when_it_leaks.setTabChangesFocus(True)
        self.when_it_leaks.setMaximumHeight(110)
        self.when_it_leaks.textChanged.connect(self._on_field_edited)
        form.addWidget(self.when_it_leaks)

        form.addWidget(self._heading(self.tr("Comfort reminders"), inner))
        self.reminders = [
            self._line(
                self.tr("A few words that comfort you"),
                self.tr("Comfort reminder %d") % (n + 1),
                inner,
            )
            for n in range(REMINDER_ROWS)
        ]
        for reminder in self.reminders:
            form.addWidget(reminder)
        photo_row = QHBoxLayout()
        self.photo_view = QLabel(inner)
        self.photo_view.setTextFormat(Qt.TextFormat.PlainText)
        self.photo_view.setAccessibleName(self.tr("Comfort photo"))
        self.photo_view.setFixedSize(PREVIEW_SIDE, PREVIEW_SIDE)
        self.photo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_view.setStyleSheet("background: #f4f1ea; color: #6a6a6a;")
        photo_row.addWidget(self.photo_view)
        photo_buttons = QVBoxLayout()
        self.add_photo_button = QPushButton(self.tr("Add a photo…"), inner)
        self.add_photo_button.setAccessibleName(self.tr("Add a comfort photo"))
        self.add_photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(self.tr("Take the photo off"), inner)
        self.remove_photo_button.setAccessibleName(self.tr("Take the comfort photo off the card"))
        self.remove_photo_button.clicked.connect(lambda: self.set_photo(None))
        photo_buttons.addWidget(self.add_photo_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addStretch(1)
        photo_row.addLayout(photo_buttons)
        photo_row.addStretch(1)
        form.addLayout(photo_row)
        self.photo_note = _plain_label("", inner, "color: #6b5a2e;")
        self.photo_note.hide()
        form.addWidget(self.photo_note)
        form.addStretch(1)

        bottom = QHBoxLayout()
        self.status = _plain_label("", self, "color: #4a4a4a;")
        self.status.setAccessibleName(self.tr("Whether the card is kept"))
        bottom.addWidget(self.status, 1)
        self.keep_button = QPushButton(self.tr("Keep and close"), self)
        self.keep_button.setAccessibleName(self.tr("Keep the card and close it"))
        self.keep_button.clicked.connect(self.close)
        bottom.addWidget(self.keep_button)
        outer.addLayout(bottom)

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        return _plain_label(text, parent, "font-weight: bold; color: #3b5b6d;")

    def _line(self, hint: str, name: str, parent: QWidget) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setPlaceholderText(hint)
        edit.setAccessibleName(name)
        edit.textEdited.connect(self._on_field_edited)
        return edit

    # -- storage: the only place the dialog reads or writes the library -----------------
    def _load(self) -> None:
        """Read the card in the background; the fields wait, greyed, until it comes."""
        library = self.library
        newest = _unanswered.get(library)
        if newest is not None:
            self._on_loaded(newest)
            return
        self.fields.setEnabled(False)

        def failed(_exc: BaseException) -> None:
            self._on_loaded(SafetyCard())  # an unreadable card: a fresh one to write in
            self.status.setText(self.tr("Your card could not be read just now."))

        self.work.run(lambda: load_card(library), self._on_loaded, failed)

    def _on_loaded(self, card: SafetyCard) -> None:
        self._show_card(card)
        self.loaded = True
        self.fields.setEnabled(True)

    def _store(self, card: SafetyCard) -> None:
        """Write `card` on the storage lane; the answer comes to `_on_stored`."""
        from containerstudio.storage.problem import StorageProblem

        library = self.library
        self._writing += 1
        _unanswered[library] = card

        def answered(problem: str | None) -> None:
            if _unanswered.get(library) is card:
                del _unanswered[library]
            self._on_stored(problem)

        def failed(exc: BaseException) -> None:
            answered(problem_text(exc) if isinstance(exc, StorageProblem) else "")

        self.work.run(
            lambda: save_card(library, card), lambda _r: answered(None), failed, storage=True
        )

    @staticmethod
    def _read_photo(path: str) -> bytes:
        """A picture through the one validating import, card-sized; may raise ImageProblem."""
        from containerstudio.imaging.importer import import_image

        return import_image(path, longest_side=PHOTO_SIDE).data

    # -- the card ------------------------------------------------------------------------
    def _show_card(self, card: SafetyCard) -> None:
        for (name, reach), person in zip(self.people, card.people, strict=False):
            name.setText(person.name)
            reach.setText(person.reach)
        self.crisis_line.setText(card.crisis_line)
        self.when_it_leaks.blockSignals(True)
        self.when_it_leaks.setPlainText(card.when_it_leaks)
        self.when_it_leaks.blockSignals(False)
        for edit, text in zip(self.reminders, card.reminders, strict=False):
            edit.setText(text)
        self._photo = card.photo
        self._show_photo()

    def card(self) -> SafetyCard:
        """What the card's fields hold now."""
        people = tuple(Contact(n.text(), r.text()) for n, r in self.people)
        while people and people[-1].is_empty:
            people = people[:-1]
        reminders = tuple(edit.text() for edit in self.reminders)
        while reminders and not reminders[-1].strip():
            reminders = reminders[:-1]
        return SafetyCard(
            people=people,
            crisis_line=self.crisis_line.text(),
            when_it_leaks=self.when_it_leaks.toPlainText(),
            reminders=reminders,
            photo=self._photo,
        )

    def keep(self) -> bool:
        """Keep what is written now, on the storage lane (runs after a pause in typing
        and on closing); False while a write is on its way (then closing waits for it)."""
        self._save_timer.stop()
        if self._dirty and self.loaded:
            self._dirty = False
            self._store(self.card())
        return self._writing == 0

    def _on_stored(self, problem: str | None) -> None:
        if not isValid(self):  # closed anyway (a second close) before the answer came
            return
        self._writing -= 1
        self._last_failed = problem is not None
        if problem is not None:  # not kept: the words stay here, and another try follows
            self._dirty = True
            self.status.setText(
                self.tr("Not kept yet: %s What you wrote stays here and is kept when it can be.")
                % problem
            )
            self._save_timer.start(RETRY_MS)
            if self._closing:  # closed meanwhile: come back once, so nothing is lost unseen
                self._closing = False
                self._held_open = True
                self.show()
            return
        if self._writing == 0 and not self._dirty:
            self._held_open = False
            self.status.setText(self.tr("Kept on this computer."))
        self.card_saved.emit()
        if self._closing and self._writing == 0 and not self._dirty:
            self.close()

    def _may_close(self) -> bool:
        """Closing keeps the card; while that write is on its way the card is hidden and
        closes once kept. If it cannot be kept, the card comes back once, so what was
        written is not lost unseen (a second close closes it)."""
        if self._last_failed and not self._held_open:  # known not kept: stay, try again
            self.keep()
            self._held_open = True
            return False
        if self.keep() or self._held_open:
            self._closing = False
            return True
        self._closing = True
        self.hide()
        return False

    def _on_field_edited(self, *_args: object) -> None:
        self._dirty = True
        self.status.setText("")
        self._save_timer.start(TYPING_PAUSE_MS)

    # -- photo ---------------------------------------------------------------------------
    def choose_photo(self) -> QFileDialog:
        """Offer the app's own file picker, without blocking anything."""
        from containerstudio.ui.kit.file_dialogs import choose_files_to_open

        picker = choose_files_to_open(
            self,
            self.tr("Choose a comfort photo"),
            Path.home(),
            self.tr("Pictures (%s)") % PHOTO_FILTER,
            lambda paths: self.add_photo_from(paths[0]) if paths else None,
            several=False,
        )
        picker.finished.connect(self._on_photo_picker_finished)
        self.photo_picker = picker
        return picker

    def _on_photo_picker_finished(self, _result: int) -> None:
        self.photo_picker = None

    def add_photo_from(self, path: str) -> None:
        """Put the picture at `path` on the card; a calm note when it cannot come in."""
        from containerstudio.imaging.importer import ImageProblem

        try:
            photo = self._read_photo(path)
        except ImageProblem:
            self.photo_note.setText(
                self.tr("That picture could not come onto the card. You might choose another one.")
            )
            self.photo_note.show()
            return
        self.photo_note.hide()
        self.set_photo(photo)

    def set_photo(self, photo: bytes | None) -> None:
        self._photo = photo
        self._show_photo()
        self._dirty = True
        self.keep()

    def _show_photo(self) -> None:
        pixmap = QPixmap()
        if self._photo is not None and pixmap.loadFromData(self._photo):
            self.photo_view.setPixmap(
                pixmap.scaled(
                    PREVIEW_SIDE,
                    PREVIEW_SIDE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.photo_view.setPixmap(QPixmap())
            self.photo_view.setText(self.tr("A photo, if you like"))
        self.remove_photo_button.setEnabled(self._photo is not None)

    # -- closing keeps everything --------------------------------------------------------
    def hideEvent(self, event: QHideEvent) -> None:
        self.keep()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if self._may_close():
            super().done(result)


def open_safety_card(parent: QWidget, library: Library, work: BackgroundWork) -> SafetyCardDialog:
    """Show the safety card above `parent`'s window, or bring the open one forward."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, SafetyCardDialog) and widget.isVisible():
            widget.raise_()
            widget.activateWindow()
            return widget
    dialog = SafetyCardDialog(library, work, parent.window())
    dialog.setProperty("safety_window", True)  # it may show over Pause (safety/controls.py)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
