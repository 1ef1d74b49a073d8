"""The step panel: an overview before starting, then one step at a time.

It always says where the person is ("Step 3 of 11"), what comes next, and offers Back,
Skip and Next. Nothing is ever required. It shows the session; the controller changes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from containerstudio.model.answers import AnswerKey
from containerstudio.model.tools import SUGGESTIONS_BY_NAME
from containerstudio.ui.guide.lid_views import LidClosedNote, SealedSlipsNote
from containerstudio.ui.guide.slips_widget import SlipsWidget
from containerstudio.ui.guide.step_widgets import KeptWhereWidget, NoteWidget, RatingWidget
from containerstudio.ui.kit import preferences
from containerstudio.ui.kit.announce import announce
from containerstudio.ui.kit.theme import set_role
from containerstudio.ui.kit.translations import format_number

if TYPE_CHECKING:
    from containerstudio.flow import GuidedSession, PromptPack, Step


def _label(text: str, parent: QWidget, role: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # pack texts are data, never HTML
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if role:
        set_role(label, role)
    return label


class StepPanel(QWidget):
    """Overview and steps of a guided exercise."""

    start_requested = Signal(int, int)
    """Emitted with (index of the chosen pack, session minutes or 0 for none)."""
    back_clicked = Signal()
    """Emitted when Back is pressed; no arguments."""
    skip_clicked = Signal()
    """Emitted when Skip is pressed; no arguments."""
    next_clicked = Signal()
    """Emitted when Next (or Finish) is pressed; no arguments."""
    answer_edited = Signal(str, str, object)
    """Emitted with (step id, answer key, value or None)."""
    close_lid_clicked = Signal()
    """Emitted when the person closes the lid on the close step."""
    ground_clicked = Signal()
    """Emitted when a step offers Ground me and the person takes it."""
    closing_step_clicked = Signal()
    """Emitted when the person accepts the closing-time invitation."""
    tool_suggested = Signal(str)
    """Emitted with a canvas tool id ("pencil", "rect", …) when a suggested tool is clicked."""
    panel_suggested = Signal(str)
    part_shown = Signal(object)
    """Emitted as each step shows with the part it is about (a str), or None."""
    """Emitted with "templates", "stickers" or "photos" when a suggested panel is clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Guided steps"))
        self.setMinimumWidth(360)
        self._spoken = ""  # what Read aloud speaks for the step on show
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(self.stack)
        self._build_overview()
        self._build_step_page()
        self._build_finished_page()
        self.packs: list[PromptPack] = []
        self._preferred: tuple[str | None, bool] = (None, True)  # see prefer()
        self._preferred_minutes: int | None = None  # see prefer_minutes()
        self.start_button.setEnabled(False)  # until the exercises are read (show_overview)
        self.slips = SlipsWidget()
        # While the lid is closed a slips step shows only that slips are inside.
        self.sealed = False
        self.sealed_slips = SealedSlipsNote()
        self.lid_note = LidClosedNote()
        self._answer_widgets: list[QWidget] = []

    # -- overview ------------------------------------------------------------------
    def _build_overview(self) -> None:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        lay = QVBoxLayout(inner)
        lay.addWidget(_label(self.tr("Make your container"), page, "step_title"))
        self.pack_box = QComboBox(page)
        self.pack_box.setAccessibleName(self.tr("Exercise"))
        self.pack_box.currentIndexChanged.connect(self._on_pack_box_changed)
        lay.addWidget(self.pack_box)
        self.summary = _label("", page)
        lay.addWidget(self.summary)
        self.overview_steps = QListWidget(inner)
        self.overview_steps.setAccessibleName(self.tr("All steps of this exercise"))
        self.overview_steps.setWordWrap(True)
        self.overview_steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.overview_steps.setMinimumHeight(150)
        lay.addWidget(self.overview_steps, 1)
        self.overview_time = _label("", page, "muted")
        lay.addWidget(self.overview_time)
        lay.addWidget(
            _label(
                self.tr(
                    "Every step is optional: you can go back, skip, pause or stop at any "
                    "moment, and nothing is lost. Ground me (F1) is always one key away."
                ),
                page,
                "muted",
            )
        )
        row = QHBoxLayout()
        self.minutes = QSpinBox(page)
        self.minutes.setRange(0, 180)
        self.minutes.setSingleStep(5)
        self.minutes.setSpecialValueText(self.tr("no set length"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Optional session length in minutes"))
        minutes_label = QLabel(self.tr("Session &length:"), page)
        minutes_label.setBuddy(self.minutes)
        row.addWidget(minutes_label)
        row.addWidget(self.minutes)
        row.addStretch(1)
        lay.addLayout(row)
        self.start_button = QPushButton(self.tr("Begin when you're ready"), page)
        self.start_button.setAccessibleName(self.tr("Begin the exercise"))
        self.start_button.setMinimumHeight(40)
        self.start_button.clicked.connect(
            lambda: self.start_requested.emit(self.pack_box.currentIndex(), self.minutes.value())
        )
        self.notice = _label("", page, "notice")
        self.notice.hide()
        lay.addWidget(self.notice)
        outer.addWidget(self.start_button)  # always in view, whatever the window's height
        self.stack.addWidget(page)
        self.overview_page = page

    def prefer(self, pack_id: str, with_pack_length: bool) -> None:
        """Offer `pack_id` first on the opening screen, with its own session length or
        none (the welcome's choice); an opening screen already shown follows at once."""
        self._preferred = (pack_id, with_pack_length)
        if self.stack.currentWidget() is self.overview_page and self.packs:
            self._select_preferred()

    def prefer_minutes(self, minutes: int) -> None:
        """Offer `minutes` as the session length (a therapist's choice); an opening
        screen already shown follows at once."""
        self._preferred_minutes = max(0, min(int(minutes), self.minutes.maximum()))
        if self.stack.currentWidget() is self.overview_page:
            self.minutes.setValue(self._preferred_minutes)

    def _select_preferred(self) -> None:
        pack_id, with_length = self._preferred
        index = next((i for i, p in enumerate(self.packs) if p.id == pack_id), 0)
        self.pack_box.setCurrentIndex(index)
        self._on_pack_box_changed(index)
        if not with_length:
            self.minutes.setValue(0)  # "no set length"

    def show_overview(self, packs: list[PromptPack], notice: str = "") -> None:
        self.packs = list(packs)
        self.pack_box.blockSignals(True)
        self.pack_box.clear()
        for pack in self.packs:
            self.pack_box.addItem(pack.title)
        self.pack_box.blockSignals(False)
        self._select_preferred()
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.start_button.setEnabled(bool(self.packs))
        self.minutes.setValue(preferences.current().session_minutes)  # Settings' default
        if self._preferred_minutes is not None:  # the therapist's choice comes first
            self.minutes.setValue(self._preferred_minutes)
        self.stack.setCurrentWidget(self.overview_page)

    def _on_pack_box_changed(self, index: int) -> None:
        if not 0 <= index < len(self.packs):
            return
        pack = self.packs[index]
        self.summary.setText(pack.summary)
        self.overview_steps.clear()
        for n, step in enumerate(pack.steps, 1):
            self.overview_steps.addItem(
                self.tr("%d. %s (about %s min)") % (n, step.title, format_number(step.minutes))
            )
        # Said once, here, computed from the pack (the pack's texts carry no counts).
        steps = self.tr("%n step(s)", "", len(pack.steps))
        minutes = self.tr("about %n minute(s)", "", max(1, round(pack.total_minutes)))
        self.overview_time.setText(self.tr("%s, %s in all.") % (steps, minutes))
        if pack.session_minutes:
            self.minutes.setValue(int(pack.session_minutes))

    # -- a step --------------------------------------------------------------------------
    def _build_step_page(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.progress = _label("", page, "heading")
        self.progress.setAccessibleName(self.tr("Where you are"))
        lay.addWidget(self.progress)
        self.step_title = _label("", page, "step_title")
        lay.addWidget(self.step_title)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(self.body)
        lay.addWidget(scroll, 1)
        self.step_scroll = scroll
        self.closing_notice = QPushButton(page)
        self.closing_notice.setAccessibleName(self.tr("Go to the closing step"))
        set_role(self.closing_notice, "notice")
        self.closing_notice.clicked.connect(self.closing_step_clicked.emit)
        self.closing_notice.hide()
        lay.addWidget(self.closing_notice)
        self.coming_next = _label("", page, "muted")
        lay.addWidget(self.coming_next)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"), page)
        self.skip_button = QPushButton(self.tr("Skip"), page)
        self.next_button = QPushButton(self.tr("Next"), page)
        for button, signal, name in (
            (self.back_button, self.back_clicked, self.tr("Back to the previous step")),
            (self.skip_button, self.skip_clicked, self.tr("Skip this step")),
            (self.next_button, self.next_clicked, self.tr("Go on to the next step")),
        ):
            button.setAccessibleName(name)
            button.setMinimumHeight(36)
            button.clicked.connect(self.flush_notes)
            button.clicked.connect(signal.emit)
            row.addWidget(button)
        lay.addLayout(row)
        self.stack.addWidget(page)
        self.step_page = page

    def _clear_body(self) -> None:
        for kept in (self.slips, self.sealed_slips, self.lid_note):
            kept.setParent(None)
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def spoken_text(self) -> str:
        """The words Read aloud speaks: the step on show (its number, title, text and
        prompts), or the overview's invitation before a session starts."""
        if self.stack.currentWidget() is self.step_page and self._spoken:
            return self._spoken
        return (
            self.tr("Make your container")
            + "\n"
            + self.tr("Every step is optional: you can go back, skip, pause or stop at any moment.")
        )

    def show_step(self, session: GuidedSession) -> None:
        step = session.current_step
        k, n = session.progress()
        self.progress.setText(self.tr("Step %d of %d") % (k, n))
        self.step_title.setText(step.title)
        announce(self.step_title, self.tr("Step %d of %d: %s") % (k, n, step.title))
        self._spoken = "\n".join(
            [self.tr("Step %d of %d: %s") % (k, n, step.title), step.text, *step.prompts]
        )
        self._clear_body()
        if step.changed:  # a therapist's own words: the client may know whose they are
            changed = _label(self.tr("Changed by your therapist"), self.body, "muted")
            changed.setObjectName("changed_by_therapist")
            self.body_layout.addWidget(changed)
        self.body_layout.addWidget(_label(step.text, self.body))
        for prompt in step.prompts:
            self.body_layout.addWidget(_label("· " + prompt, self.body, "muted"))
        if step.tools:
            self.body_layout.addWidget(self._suggestions(step.tools))
        self._add_answer_widgets(session, step)
        self.body_layout.addStretch(1)
        upcoming = session.upcoming_step
        self.coming_next.setText(
            self.tr("Next: %s") % upcoming.title
            if upcoming
            else self.tr("This is the last step. Finish whenever you're ready.")
        )
        self.back_button.setEnabled(session.index > 0)
        self.next_button.setText(self.tr("Next") if upcoming else self.tr("Finish"))
        self.stack.setCurrentWidget(self.step_page)
        # A step opens at its top: not where the last one was scrolled to, nor where a
        # field further down took the focus once laid out (hence again on the next turn).
        self._to_top()
        QTimer.singleShot(0, self, self._to_top)
        self.part_shown.emit(step.part)

    def _to_top(self) -> None:
        """The step's top in view (or, on a closed container, the lid's calm line)."""
        self.step_scroll.verticalScrollBar().setValue(0)
        if self.lid_note.isVisible():
            self.step_scroll.ensureWidgetVisible(self.lid_note)

    def _suggestions(self, tools: tuple[str, ...]) -> QWidget:
        """The "You might use:" line: a button per name, picking the tool or showing the
        panel it names (the guide's wiring connects the two signals)."""
        row = QWidget(self.body)
        row.setObjectName("tool_suggestions")
        flow = QHBoxLayout(row)
        flow.setContentsMargins(0, 0, 0, 0)
        flow.addWidget(_label(self.tr("You might use:"), row, "accent"), 0)
        for tool in tools:
            suggestion = SUGGESTIONS_BY_NAME.get(tool)
            name = self.tr(suggestion.label) if suggestion is not None else tool
            button = QPushButton(name, row)
            button.setObjectName(f"suggested_{tool}")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            set_role(button, "link")
            if suggestion is not None and suggestion.tool is None:  # it shows a panel
                button.setAccessibleName(self.tr("Show %s") % name)
                button.clicked.connect(lambda _c=False, t=tool: self.panel_suggested.emit(t))
            else:
                button.setAccessibleName(self.tr("Use %s") % name)
                tool_id = suggestion.tool if suggestion is not None else tool
                button.clicked.connect(lambda _c=False, t=tool_id: self.tool_suggested.emit(t))
            flow.addWidget(button, 0)
        flow.addStretch(1)
        return row

    def _add_answer_widgets(self, session: GuidedSession, step: Step) -> None:
        if step.offers_rating:
            rating = RatingWidget(step.scale_low, step.scale_high, self.body)
            rating.set_value(session.answer(step.id, AnswerKey.RATING))
            rating.rating_changed.connect(
                lambda v, sid=step.id: self.answer_edited.emit(sid, AnswerKey.RATING, v)
            )
            self.body_layout.addWidget(rating)
        if step.kind in ("writing", "return", "keep", "canvas"):
            placeholder = (
                self.tr("Your words, if you'd like (only you see them)")
                if step.kind == "writing"
                else self.tr("A note for yourself, if you'd like")
            )
            note = NoteWidget(placeholder, self.body)
            note.set_text_quietly(session.answer(step.id, AnswerKey.TEXT) or "")
            note.note_changed.connect(
                lambda text, sid=step.id: self.answer_edited.emit(sid, AnswerKey.TEXT, text or None)
            )
            self.body_layout.addWidget(note)
        if step.kind == "slips":
            self.body_layout.addWidget(self.slips)
            self.body_layout.addWidget(self.sealed_slips)
            self._show_sealed_views()
        if step.kind == "close":
            kept = KeptWhereWidget(step.choices, self.body)
            kept.set_text_quietly(session.answer(step.id, AnswerKey.KEPT_WHERE) or "")
            kept.kept_where_changed.connect(
                lambda text, sid=step.id: self.answer_edited.emit(
                    sid, AnswerKey.KEPT_WHERE, text or None
                )
            )
            self.body_layout.addWidget(kept)
            lid = QPushButton(self.tr("Close the lid"), self.body)
            lid.setAccessibleName(self.tr("Close the lid"))
            lid.clicked.connect(self.close_lid_clicked.emit)
            self.body_layout.addWidget(lid)
            self.body_layout.addWidget(self.lid_note)
            self._show_sealed_views()
        if step.kind in ("grounding", "return"):
            ground = QPushButton(self.tr("Open Ground me"), self.body)
            ground.setAccessibleName(self.tr("Open Ground me"))
            ground.clicked.connect(self.ground_clicked.emit)
            self.body_layout.addWidget(ground)

    def show_sealed(self, sealed: bool, slips: int = 0, place: str | None = None) -> None:
        """Show the container closed (`slips` inside, kept at `place`) or open again."""
        self.sealed = sealed
        self.sealed_slips.set_count(slips)
        self.lid_note.set_place(place)
        self._show_sealed_views()

    def _show_sealed_views(self) -> None:
        """On the current step: the slips, or only that they are inside; the lid's line."""
        on_step = self.body.isAncestorOf
        self.slips.setVisible(on_step(self.slips) and not self.sealed)
        self.sealed_slips.setVisible(on_step(self.sealed_slips) and self.sealed)
        self.lid_note.setVisible(on_step(self.lid_note) and self.sealed)
        if self.lid_note.isVisible():  # the calm line is seen at once, not below the fold
            QTimer.singleShot(0, self, lambda: self.step_scroll.ensureWidgetVisible(self.lid_note))

    def flush_notes(self) -> None:
        """Hand over anything typed but not yet saved (before moving or closing)."""
        for note in self.body.findChildren(NoteWidget):
            if not note.isHidden():  # not a past step's, hidden and on its way out
                note.flush()

    def show_closing_notice(self, visible: bool) -> None:
        self.closing_notice.setText(
            self.tr(
                "It's nearly time to close. When you're ready, you might go to the closing step."
            )
        )
        self.closing_notice.setVisible(visible)

    # -- finished -------------------------------------------------------------------------
    def _build_finished_page(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(
            _label(self.tr("You've come to the end of this exercise."), page, "end_title")
        )
        lay.addWidget(
            _label(
                self.tr(
                    "Your container and everything you chose to keep are saved. You may keep "
                    "drawing, begin another exercise, or close Container Studio."
                ),
                page,
            )
        )
        self.again_button = QPushButton(self.tr("Choose an exercise"), page)
        self.again_button.setAccessibleName(self.tr("Choose an exercise"))
        lay.addWidget(self.again_button)
        lay.addStretch(1)
        self.stack.addWidget(page)
        self.finished_page = page

    def show_finished(self) -> None:
        self.stack.setCurrentWidget(self.finished_page)
