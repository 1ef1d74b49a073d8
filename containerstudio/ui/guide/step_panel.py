"""The step panel: an overview before starting, then one step at a time.

It always says where the person is ("Step 3 of 11"), what comes next, and offers Back,
Skip and Next. Nothing is ever required. It shows the session; the controller changes it.

A step's widgets (its text, prompts, the note, the buttons) are made once and shown
again on later steps, each told the step it now answers for (a check-in scale is made
once per step, so that Tab enters each at its start). What the step after this one
will need is made on a later turn of the event loop, while the person reads. Building
them anew on every step kept the window from answering for 20–30 ms at each Next (a
widget is polished against the app's style sheet when made).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

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


PREPARE_MS = 1
"""Widgets for what comes next are made on a turn of the event loop after the one that
shows a step (a timer, not a queued call, so input and repaints waiting go first)."""

NOTE_KINDS = ("writing", "return", "keep", "canvas")
"""The kinds of step that offer a note."""

_W = TypeVar("_W", bound=QWidget)


def _tab_stops(widget: QWidget) -> list[QWidget]:
    """`widget`, or the controls inside it, that Tab stops at (in their own order)."""
    tab = Qt.FocusPolicy.TabFocus
    if widget.focusPolicy() & tab:
        return [widget]
    return [w for w in widget.findChildren(QWidget) if w.focusPolicy() & tab]


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
        self._overview_pack: PromptPack | None = None  # the exercise the overview lists
        self._preferred: tuple[str | None, bool] = (None, True)  # see prefer()
        self._preferred_minutes: int | None = None  # see prefer_minutes()
        self.start_button.setEnabled(False)  # until the exercises are read (show_overview)
        self.slips = SlipsWidget()
        # While the lid is closed a slips step shows only that slips are inside.
        self.sealed = False
        self.sealed_slips = SealedSlipsNote()
        self.lid_note = LidClosedNote()
        self._step_id = ""  # the step the body's widgets answer for
        self._on_step: list[QWidget] = []  # the body's widgets on the step shown, in order
        self._changed: QLabel | None = None
        self._text: QLabel | None = None
        self._prompts: list[QLabel] = []
        self._suggestion_rows: dict[tuple[str, ...], QWidget] = {}
        self._ratings: dict[str, RatingWidget] = {}  # by step: Tab enters each afresh
        self._note: NoteWidget | None = None
        self._kept_where: dict[tuple[str, ...], KeptWhereWidget] = {}
        self._lid_button: QPushButton | None = None
        self._ground_button: QPushButton | None = None

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
        if [p.title for p in packs] != [p.title for p in self.packs] or not self.packs:
            self.pack_box.blockSignals(True)
            self.pack_box.clear()
            for pack in packs:
                self.pack_box.addItem(pack.title)
            self.pack_box.blockSignals(False)
        self.packs = list(packs)
        self._select_preferred()
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.start_button.setEnabled(bool(self.packs))
        self.minutes.setValue(preferences.current().session_minutes)  # Settings' default
        if self._preferred_minutes is not None:  # the therapist's choice comes first
            self.minutes.setValue(self._preferred_minutes)
        self.stack.setCurrentWidget(self.overview_page)
        QTimer.singleShot(PREPARE_MS, self, self._prepare_first_step)

    def _prepare_first_step(self) -> None:
        """While the opening screen is read: the step page polished and the first step's
        widgets made, so that Begin only shows them."""
        index = self.pack_box.currentIndex()
        if self.stack.currentWidget() is not self.overview_page or not 0 <= index < len(self.packs):
            return
        self.step_page.ensurePolished()
        if self.packs[index].steps:
            self._prepare(self.packs[index].steps[0])

    def _on_pack_box_changed(self, index: int) -> None:
        if not 0 <= index < len(self.packs):
            return
        pack = self.packs[index]
        if pack is not self._overview_pack:  # the same exercise again: its list stands
            self._overview_pack = pack
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

    def _leave_step(self) -> None:
        """Hand over what the step on show holds unsaved, for that step, before its
        widgets are told another one."""
        if self._note is not None and self._note.pending():
            self._note.flush()
        for kept in self._kept_where.values():
            if kept.edit.hasFocus():
                kept.edit.clearFocus()  # its place is given now (editingFinished)

    def _lay_out_body(self, shown: list[QWidget]) -> None:
        """Show `shown` in the step's body, in that order (the Tab order too), and hide
        the body's other widgets; none is made or destroyed here."""
        while self.body_layout.count():
            self.body_layout.takeAt(0)  # the items go, the widgets stay
        for widget in shown:
            self.body_layout.addWidget(widget)
        self.body_layout.addStretch(1)
        self._on_step = shown
        kept = (self.slips, self.sealed_slips, self.lid_note)  # shown by _show_sealed_views
        for widget in self._body_widgets():
            if widget not in shown:
                widget.hide()
            elif widget not in kept:
                widget.show()
        self._show_sealed_views()
        # Tab follows the step as laid out, whichever of its widgets was made first.
        previous: QWidget = self.step_title
        for widget in shown:
            for stop in _tab_stops(widget):
                QWidget.setTabOrder(previous, stop)
                previous = stop

    def _body_widgets(self) -> list[QWidget]:
        """Every widget the body has made so far (shown on this step or not)."""
        found: list[QWidget | None] = [self._changed, self._text, *self._prompts]
        found += [*self._suggestion_rows.values(), *self._ratings.values(), self._note]
        found += [self.slips, self.sealed_slips, *self._kept_where.values()]
        found += [self._lid_button, self.lid_note, self._ground_button]
        return [w for w in found if w is not None]

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
        self._leave_step()
        self._step_id = step.id
        shown: list[QWidget] = []
        if step.changed:  # a therapist's own words: the client may know whose they are
            shown.append(self._changed_label())
        text = self._text_label()
        text.setText(step.text)
        shown.append(text)
        for i, prompt in enumerate(step.prompts):
            label = self._prompt_label(i)
            label.setText("· " + prompt)
            shown.append(label)
        if step.tools:
            shown.append(self._suggestions(step.tools))
        shown += self._answer_widgets(session, step)
        self._lay_out_body(shown)
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
        if upcoming is not None:  # made while the person reads, not at the next Next
            QTimer.singleShot(PREPARE_MS, self, lambda: self._prepare(upcoming))
        self.part_shown.emit(step.part)

    def _prepare(self, step: Step) -> None:
        """Make (and polish) now what showing `step` will need, so that its Next only
        shows widgets that exist."""
        for i in range(len(step.prompts)):
            self._prompt_label(i)
        if step.tools:
            self._suggestions(step.tools)
        made: list[QWidget] = []
        if step.offers_rating:
            made.append(self._rating_widget(step.id))
        if step.kind in NOTE_KINDS:
            made.append(self._note_widget())
        if step.kind == "slips":
            made += [self._in_body(self.slips), self._in_body(self.sealed_slips)]
        if step.kind == "close":
            made += [self._kept_where_widget(step.choices), self._lid()]
            made.append(self._in_body(self.lid_note))
        if step.kind in ("grounding", "return"):
            made.append(self._ground())
        for widget in made:
            widget.ensurePolished()  # the style sheet's work, done while the person reads

    def _to_top(self) -> None:
        """The step's top in view (or, on a closed container, the lid's calm line)."""
        self.step_scroll.verticalScrollBar().setValue(0)
        if self.lid_note.isVisible():
            self.step_scroll.ensureWidgetVisible(self.lid_note)

    def _suggestions(self, tools: tuple[str, ...]) -> QWidget:
        """The "You might use:" line: a button per name, picking the tool or showing the
        panel it names (the guide's wiring connects the two signals). Made once per
        list of names."""
        if tools in self._suggestion_rows:
            return self._suggestion_rows[tools]
        row = QWidget(self.body)
        row.hide()
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
        self._suggestion_rows[tools] = row
        return row

    # -- the body's widgets, each made once (hidden) and shown on every step it fits --------
    def _changed_label(self) -> QLabel:
        if self._changed is None:
            self._changed = self._hidden(
                _label(self.tr("Changed by your therapist"), self.body, "muted")
            )
            self._changed.setObjectName("changed_by_therapist")
        return self._changed

    def _text_label(self) -> QLabel:
        if self._text is None:
            self._text = self._hidden(_label("", self.body))
        return self._text

    def _prompt_label(self, i: int) -> QLabel:
        while len(self._prompts) <= i:
            self._prompts.append(self._hidden(_label("", self.body, "muted")))
        return self._prompts[i]

    def _rating_widget(self, step_id: str) -> RatingWidget:
        """The check-in scale of step `step_id`: one per step, as Tab enters a scale at
        the number last focused on it, and a new step's scale is entered at its start."""
        if step_id not in self._ratings:
            rating = self._hidden(RatingWidget(None, None, self.body))
            rating.rating_changed.connect(
                lambda v, sid=step_id: self.answer_edited.emit(sid, AnswerKey.RATING, v)
            )
            self._ratings[step_id] = rating
        return self._ratings[step_id]

    def _note_widget(self) -> NoteWidget:
        if self._note is None:
            self._note = self._hidden(NoteWidget("", self.body))
            self._note.note_changed.connect(
                lambda text: self.answer_edited.emit(self._step_id, AnswerKey.TEXT, text or None)
            )
        return self._note

    def _kept_where_widget(self, choices: tuple[str, ...]) -> KeptWhereWidget:
        if choices not in self._kept_where:
            kept = self._hidden(KeptWhereWidget(choices, self.body))
            kept.kept_where_changed.connect(
                lambda text: self.answer_edited.emit(
                    self._step_id, AnswerKey.KEPT_WHERE, text or None
                )
            )
            self._kept_where[choices] = kept
        return self._kept_where[choices]

    def _lid(self) -> QPushButton:
        if self._lid_button is None:
            self._lid_button = self._hidden(QPushButton(self.tr("Close the lid"), self.body))
            self._lid_button.setAccessibleName(self.tr("Close the lid"))
            self._lid_button.clicked.connect(self.close_lid_clicked.emit)
        return self._lid_button

    def _ground(self) -> QPushButton:
        if self._ground_button is None:
            self._ground_button = self._hidden(QPushButton(self.tr("Open Ground me"), self.body))
            self._ground_button.setAccessibleName(self.tr("Open Ground me"))
            self._ground_button.clicked.connect(self.ground_clicked.emit)
        return self._ground_button

    def _in_body(self, widget: _W) -> _W:
        """`widget` (made with the panel) placed in the body, hidden until a step shows it."""
        if widget.parentWidget() is not self.body:
            widget.setParent(self.body)
            widget.hide()
        return widget

    @staticmethod
    def _hidden(widget: _W) -> _W:
        widget.hide()  # until a step shows it (it is not laid out yet)
        return widget

    def _answer_widgets(self, session: GuidedSession, step: Step) -> list[QWidget]:
        """The answer widgets `step` shows, in order, each holding its answer so far."""
        shown: list[QWidget] = []
        if step.offers_rating:
            rating = self._rating_widget(step.id)
            rating.set_ends(step.scale_low, step.scale_high)
            rating.set_value(session.answer(step.id, AnswerKey.RATING))
            shown.append(rating)
        if step.kind in NOTE_KINDS:
            placeholder = (
                self.tr("Your words, if you'd like (only you see them)")
                if step.kind == "writing"
                else self.tr("A note for yourself, if you'd like")
            )
            note = self._note_widget()
            note.set_placeholder(placeholder)
            note.set_text_quietly(session.answer(step.id, AnswerKey.TEXT) or "")
            shown.append(note)
        if step.kind == "slips":
            shown += [self.slips, self.sealed_slips]
        if step.kind == "close":
            kept = self._kept_where_widget(step.choices)
            kept.set_text_quietly(session.answer(step.id, AnswerKey.KEPT_WHERE) or "")
            shown += [kept, self._lid(), self.lid_note]
        if step.kind in ("grounding", "return"):
            shown.append(self._ground())
        return shown

    def show_sealed(self, sealed: bool, slips: int = 0, place: str | None = None) -> None:
        """Show the container closed (`slips` inside, kept at `place`) or open again."""
        self.sealed = sealed
        self.sealed_slips.set_count(slips)
        self.lid_note.set_place(place)
        self._show_sealed_views()

    def _show_sealed_views(self) -> None:
        """On the current step: the slips, or only that they are inside; the lid's line."""
        on_step = self._on_step.__contains__
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
