"""Ground me: short exercises to come back to the here and now, one click away.

Texts come from the grounding prompt pack; opening this never changes the drawing, and
closing it returns exactly to where the person was.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from containerstudio.flow import PromptPack, Step
from containerstudio.ui.kit.theme import set_role
from containerstudio.ui.kit.translations import format_date
from containerstudio.ui.safety.breathing import BreathingPacer

if TYPE_CHECKING:
    from containerstudio.storage.library import Library
    from containerstudio.ui.kit.background import BackgroundWork
    from containerstudio.ui.safety.card_dialog import SafetyCardDialog


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # pack texts are data, never HTML
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class GroundingDialog(QDialog):
    """A list of grounding exercises on the left and the chosen one on the right."""

    def __init__(
        self,
        pack: PromptPack | None,
        reduced_motion: bool,
        parent: QWidget,
        library: Library | None = None,
        work: BackgroundWork | None = None,
    ) -> None:
        """`library` and `work` (its storage lane) are what the safety card needs."""
        super().__init__(parent)
        self.work = work
        # The safety card needs the library; until the caller hands it in, the window's.
        self.library = library if library is not None else getattr(parent, "library", None)
        self.setWindowTitle(self.tr("Ground me"))
        self.setAccessibleName(self.tr("Ground me"))
        self.setModal(False)
        self.resize(720, 500)  # room for its text and the safety strip in every theme
        self.pacer: BreathingPacer | None = None
        self.start_button: QPushButton | None = None  # Start, or Stop while it runs
        layout = QVBoxLayout(self)
        intro = _wrapped(
            self.tr(
                "You might try one of these, for as long as it helps. "
                "Your work is kept just as it was. Stop whenever you like."
            ),
            self,
        )
        layout.addWidget(intro)
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        self.exercises = QListWidget(self)
        self.exercises.setAccessibleName(self.tr("Grounding exercises"))
        self.exercises.setMaximumWidth(220)
        self.exercises.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.exercises.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget(self)
        column = QVBoxLayout()  # the list as tall as its rows, the dialog's own colour below
        column.addWidget(self.exercises)
        column.addStretch(1)
        body.addLayout(column)
        body.addWidget(self.pages, 1)
        steps = [s for s in (pack.steps if pack else ()) if s.kind == "grounding"]
        for step in steps:
            self.exercises.addItem(step.title)
            self.pages.addWidget(self._page_for(step, reduced_motion))
        if not steps:
            self.exercises.addItem(self.tr("Notice your feet"))
            self.pages.addWidget(
                _wrapped(
                    self.tr(
                        "You might notice your feet on the floor and the chair holding you. "
                        "Name three things you can see around you."
                    ),
                    self,
                )
            )
        self.exercises.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.exercises.setCurrentRow(0)
        self.exercises.setVisible(self.exercises.count() > 1)  # nothing to choose: no list
        self._fit_list()
        buttons = QHBoxLayout()
        self.card_button = QPushButton(self.tr("My safety card"), self)
        self.card_button.setAccessibleName(self.tr("Open my safety card"))
        self.card_button.setEnabled(self.library is not None and self.work is not None)
        self.card_button.clicked.connect(self.open_card)
        buttons.addWidget(self.card_button)
        buttons.addStretch(1)
        self.return_button = QPushButton(self.tr("Return to my container"), self)
        self.return_button.setAccessibleName(self.tr("Return to my container"))
        self.return_button.clicked.connect(self.accept)
        buttons.addWidget(self.return_button)
        layout.addLayout(buttons)

    def _fit_list(self) -> None:
        """The list of exercises exactly as tall as its rows: no empty white field."""
        rows = sum(self.exercises.sizeHintForRow(i) for i in range(self.exercises.count()))
        self.exercises.setFixedHeight(rows + 2 * self.exercises.frameWidth() + 2)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_list()  # the theme's sheet and the text size are known now
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_list()
        super().changeEvent(event)

    def open_card(self) -> SafetyCardDialog | None:
        """The person's safety card, above this dialog (so a modal one cannot block it)."""
        if self.library is None:
            return None
        from containerstudio.ui.safety.card_dialog import open_safety_card

        if self.work is None:
            return None
        return open_safety_card(self, self.library, self.work)

    def _rehome_card(self) -> None:
        """An open card stays open when Ground me closes: it moves to this dialog's
        parent, unless a modal dialog would then block it (it is kept either way)."""
        from PySide6.QtWidgets import QApplication

        from containerstudio.ui.safety.card_dialog import SafetyCardDialog

        home = self.parentWidget()
        for card in self.findChildren(
            SafetyCardDialog, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if not card.isVisible():
                continue
            if home is None or QApplication.activeModalWidget() not in (None, self):
                card.close()
                continue
            geometry = card.geometry()
            card.setParent(home, card.windowFlags())
            card.setGeometry(geometry)
            card.show()

    def _page_for(self, step: Step, reduced_motion: bool) -> QWidget:
        page = QWidget(self)
        lay = QVBoxLayout(page)
        title = QLabel(step.title, page)
        title.setTextFormat(Qt.TextFormat.PlainText)
        set_role(title, "accent")
        title.setStyleSheet("font-size: 15pt;")
        lay.addWidget(title)
        lay.addWidget(_wrapped(step.text, page))
        if step.exercise == "breathing":
            self.pacer = BreathingPacer(
                step.inhale_seconds or 4.0,
                step.hold_seconds or 1.0,
                step.exhale_seconds or 6.0,
                reduced_motion,
                page,
            )
            lay.addWidget(self.pacer, 1)
            row = QHBoxLayout()
            start = QPushButton(page)
            start.setCheckable(True)
            start.toggled.connect(self._on_start_toggled)
            self.start_button = start
            self._name_start_button(False)
            pace = QSlider(Qt.Orientation.Horizontal, page)
            pace.setRange(50, 200)
            pace.setValue(100)
            pace.setAccessibleName(self.tr("Breathing pace (slower to the right)"))
            pace.valueChanged.connect(lambda v: self.pacer.set_pace(v / 100))
            pace_label = QLabel(self.tr("Pace"), page)
            pace_label.setBuddy(pace)
            row.addWidget(start)
            row.addWidget(pace_label)
            row.addWidget(pace, 1)
            lay.addLayout(row)
        elif step.exercise == "senses":
            for item in step.senses:
                text = f"{item.count} · {item.invitation}"
                if item.alternative:  # the pack words it whole: "Or five things you like…"
                    text += "\n" + item.alternative
                lay.addWidget(_wrapped(text, page))
        elif step.exercise == "room":
            today = format_date(dt.date.today(), long=True)
            lay.addWidget(_wrapped(self.tr("Today is %s.") % today, page))
        for prompt in step.prompts:
            lay.addWidget(_wrapped("· " + prompt, page))
        lay.addStretch(1)
        return page

    def _on_start_toggled(self, on: bool) -> None:
        self._name_start_button(on)
        if self.pacer is None:
            return
        if on:
            self.pacer.start()
        else:
            self.pacer.stop()

    def _name_start_button(self, running: bool) -> None:
        """The button says what a press does now: Start, or Stop while the guide runs."""
        if self.start_button is None:
            return
        if running:
            self.start_button.setText(self.tr("Stop"))
            self.start_button.setAccessibleName(self.tr("Stop the breathing guide"))
        else:
            self.start_button.setText(self.tr("Start"))
            self.start_button.setAccessibleName(self.tr("Start the breathing guide"))

    def done(self, result: int) -> None:
        if self.pacer is not None:
            self.pacer.stop()
        self._rehome_card()
        super().done(result)
