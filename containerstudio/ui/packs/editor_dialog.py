"""The pack editor: a therapist's own copy of an exercise, in the client's words.

Pick an exercise, make a copy, and change its steps: titles and invitations, their order,
hide a step or add one, and see each step as the client will. Saving hands the copy to the
feature (`ui/packs/feature.py`), which writes it off the UI thread. A step whose words
differ from the exercise it was copied from (or that is new) is saved with
``changed = true``, and the guide shows it as changed by the therapist.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from containerstudio.flow import PromptPack, Step
from containerstudio.ui.kit.theme import set_role

NEW_STEP_MINUTES = 3.0


def _plain_label(parent: QWidget, role: str = "") -> QLabel:
    """A label as the guide's step panel makes them: plain text, wrapped, selectable."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # pack texts are data, never HTML
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if role:
        set_role(label, role)
    return label


@dataclass
class DraftStep:
    """One step while it is edited: the step it started as and the words it has now."""

    step: Step
    title: str
    text: str
    original: Step | None  # None for a step added here
    hidden: bool = False

    @property
    def changed(self) -> bool:
        """New, changed before (an own pack edited again), or its words differ now."""
        if self.original is None:
            return True
        return (
            self.original.changed
            or self.title.strip() != self.original.title
            or self.text.strip() != self.original.text
        )

    def built(self) -> Step:
        return replace(
            self.step, title=self.title.strip(), text=self.text.strip(), changed=self.changed
        )


def own_id(source: PromptPack, taken: set[str]) -> str:
    """The id of the copy: an own pack keeps its own (saved again), a shipped one gets
    ``<id>-own`` (``-own-2``… when that is taken)."""
    if source.based_on is not None:
        return source.id
    base = f"{source.id}-own"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


class PackEditorDialog(QDialog):
    """Copy an exercise and change its steps; `save` receives the finished pack."""

    def __init__(
        self,
        packs: list[PromptPack],
        save: Callable[[PromptPack], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit exercises"))
        self.setAccessibleName(self.tr("Edit exercises"))
        self.packs = list(packs)
        self._save = save
        self.source: PromptPack | None = None
        self.drafts: list[DraftStep] = []
        self._filling = False  # while the fields are filled from a step, not typed in
        self.saving = False
        lay = QVBoxLayout(self)

        intro = _plain_label(self)
        intro.setText(
            self.tr(
                "Choose an exercise and make your own copy of it. You can change the words "
                "of its steps, their order, hide a step or add one. The shipped exercise "
                "stays as it is, and the client sees which steps you changed."
            )
        )
        lay.addWidget(intro)
        row = QHBoxLayout()
        self.source_box = QComboBox(self)
        self.source_box.setAccessibleName(self.tr("Exercise to copy"))
        for pack in self.packs:
            self.source_box.addItem(pack.title)
        row.addWidget(self.source_box, 1)
        self.duplicate_button = QPushButton(self.tr("Make my own copy"), self)
        self.duplicate_button.setAccessibleName(self.tr("Make my own copy of this exercise"))
        self.duplicate_button.setEnabled(bool(self.packs))
        self.duplicate_button.clicked.connect(self.duplicate_chosen)
        row.addWidget(self.duplicate_button)
        lay.addLayout(row)

        self.editor = QWidget(self)
        self.editor.setEnabled(False)  # until a copy is made
        edit = QVBoxLayout(self.editor)
        edit.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.pack_title = QLineEdit(self.editor)
        self.pack_title.setAccessibleName(self.tr("Name of your copy"))
        form.addRow(self.tr("Name of your copy"), self.pack_title)
        edit.addLayout(form)
        middle = QHBoxLayout()
        self.steps_list = QListWidget(self.editor)
        self.steps_list.setAccessibleName(self.tr("Steps"))
        self.steps_list.currentRowChanged.connect(self._show_step)
        middle.addWidget(self.steps_list, 1)
        buttons = QVBoxLayout()
        self.up_button = QPushButton(self.tr("Move up"), self.editor)
        self.down_button = QPushButton(self.tr("Move down"), self.editor)
        self.hide_button = QPushButton(self.tr("Hide this step"), self.editor)
        self.hide_button.setCheckable(True)
        self.add_button = QPushButton(self.tr("Add a step"), self.editor)
        for button, name, slot in (
            (self.up_button, self.tr("Move the step up"), lambda: self.move_current(-1)),
            (self.down_button, self.tr("Move the step down"), lambda: self.move_current(1)),
            (self.hide_button, self.tr("Hide this step from the client"), self.toggle_hidden),
            (self.add_button, self.tr("Add a step after this one"), self.add_step),
        ):
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        middle.addLayout(buttons)
        edit.addLayout(middle, 1)
        fields = QFormLayout()
        self.step_title = QLineEdit(self.editor)
        self.step_title.setAccessibleName(self.tr("Step title"))
        self.step_title.textEdited.connect(self._on_title_edited)
        fields.addRow(self.tr("Step title"), self.step_title)
        self.step_text = QPlainTextEdit(self.editor)
        self.step_text.setAccessibleName(self.tr("Invitation"))
        self.step_text.setTabChangesFocus(True)
        self.step_text.setMaximumHeight(110)
        self.step_text.textChanged.connect(self._on_text_edited)
        fields.addRow(self.tr("Invitation"), self.step_text)
        edit.addLayout(fields)

        self.preview = QWidget(self.editor)
        self.preview.setAccessibleName(self.tr("As the client will see it"))
        shown = QVBoxLayout(self.preview)
        heading = _plain_label(self.preview, "muted")
        heading.setText(self.tr("As the client will see it:"))
        shown.addWidget(heading)
        self.preview_progress = _plain_label(self.preview, "heading")
        self.preview_title = _plain_label(self.preview, "step_title")
        self.preview_changed = _plain_label(self.preview, "muted")
        self.preview_changed.setText(self.tr("Changed by your therapist"))
        self.preview_text = _plain_label(self.preview)
        for label in (
            self.preview_progress,
            self.preview_title,
            self.preview_changed,
            self.preview_text,
        ):
            shown.addWidget(label)
        edit.addWidget(self.preview)
        lay.addWidget(self.editor, 1)

        self.note = _plain_label(self, "muted")
        self.note.setAccessibleName(self.tr("About saving"))
        lay.addWidget(self.note)
        foot = QHBoxLayout()
        foot.addStretch(1)
        self.save_button = QPushButton(self.tr("Save my copy"), self)
        self.save_button.setAccessibleName(self.tr("Save my copy of the exercise"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the editor"))
        self.close_button.clicked.connect(self.reject)
        foot.addWidget(self.save_button)
        foot.addWidget(self.close_button)
        lay.addLayout(foot)
        self.resize(720, 680)

    # -- making the copy --------------------------------------------------------------
    def duplicate_chosen(self) -> None:
        index = self.source_box.currentIndex()
        if 0 <= index < len(self.packs):
            self.duplicate(self.packs[index])

    def duplicate(self, pack: PromptPack) -> None:
        """Start editing a copy of `pack` (an own copy is edited again as itself)."""
        self.source = pack
        self.drafts = [DraftStep(step, step.title, step.text, step) for step in pack.steps]
        own = pack.based_on is not None
        self.pack_title.setText(pack.title if own else self.tr("%s (my version)") % pack.title)
        self.editor.setEnabled(True)
        self.save_button.setEnabled(True)
        self.note.clear()
        self._refill_list(0)

    def _refill_list(self, row: int) -> None:
        self.steps_list.blockSignals(True)
        self.steps_list.clear()
        for draft in self.drafts:
            self.steps_list.addItem(self._row_text(draft))
        self.steps_list.blockSignals(False)
        self.steps_list.setCurrentRow(max(0, min(row, len(self.drafts) - 1)))
        self._show_step(self.steps_list.currentRow())

    def _row_text(self, draft: DraftStep) -> str:
        text = draft.title.strip() or self.tr("(a step without a title yet)")
        if draft.hidden:
            return self.tr("%s (hidden)") % text
        if draft.changed:
            return self.tr("%s (changed)") % text
        return text

    # -- the chosen step ---------------------------------------------------------------
    @property
    def current(self) -> DraftStep | None:
        row = self.steps_list.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def _show_step(self, _row: int = -1) -> None:
        draft = self.current
        self._filling = True
        self.step_title.setText(draft.title if draft else "")
        self.step_text.setPlainText(draft.text if draft else "")
        self._filling = False
        self.hide_button.setChecked(bool(draft and draft.hidden))
        self._update_preview()

    def _on_title_edited(self, text: str) -> None:
        draft = self.current
        if draft is not None and not self._filling:
            draft.title = text
            self._after_edit()

    def _on_text_edited(self) -> None:
        draft = self.current
        if draft is not None and not self._filling:
            draft.text = self.step_text.toPlainText()
            self._after_edit()

    def _after_edit(self) -> None:
        row = self.steps_list.currentRow()
        item = self.steps_list.item(row)
        if item is not None:
            item.setText(self._row_text(self.drafts[row]))
        self._update_preview()

    def _update_preview(self) -> None:
        draft = self.current
        shown = [d for d in self.drafts if not d.hidden]
        if draft is None or draft.hidden:
            self.preview_progress.setText(
                self.tr("This step is hidden: the client will not see it.")
            )
            self.preview_title.clear()
            self.preview_text.clear()
            self.preview_changed.hide()
            return
        self.preview_progress.setText(
            self.tr("Step %d of %d") % (shown.index(draft) + 1, len(shown))
        )
        self.preview_title.setText(draft.title.strip())
        self.preview_changed.setVisible(draft.changed)
        self.preview_text.setText(draft.text.strip())

    # -- order, hiding, adding -------------------------------------------------------------
    def move_current(self, by: int) -> None:
        row = self.steps_list.currentRow()
        to = row + by
        if 0 <= row < len(self.drafts) and 0 <= to < len(self.drafts):
            self.drafts[row], self.drafts[to] = self.drafts[to], self.drafts[row]
            self._refill_list(to)

    def toggle_hidden(self) -> None:
        draft = self.current
        if draft is not None:
            draft.hidden = not draft.hidden
            self._refill_list(self.steps_list.currentRow())

    def add_step(self) -> None:
        if self.source is None:
            return
        taken = {d.step.id for d in self.drafts}
        number = 1
        while f"own-step-{number}" in taken:
            number += 1
        title = self.tr("A step of your own")
        text = self.tr("You may take a quiet moment here, for as long as you like.")
        step = Step(f"own-step-{number}", title, text, "writing", NEW_STEP_MINUTES)
        row = self.steps_list.currentRow() + 1
        self.drafts.insert(row, DraftStep(step, title, text, None))
        self._refill_list(row)
        self.step_title.setFocus()
        self.step_title.selectAll()

    # -- saving ------------------------------------------------------------------------------
    def built_pack(self) -> PromptPack | None:
        """The copy as it stands, or None (with a calm note) when something is still blank."""
        source = self.source
        if source is None:
            return None
        shown = [d for d in self.drafts if not d.hidden]
        if not shown:
            self.note.setText(self.tr("You may keep at least one step showing, then save."))
            return None
        blank = next((d for d in shown if not d.title.strip() or not d.text.strip()), None)
        if blank is not None:
            self.steps_list.setCurrentRow(self.drafts.index(blank))
            self.note.setText(
                self.tr("This step still needs a title and an invitation; then you can save.")
            )
            return None
        title = self.pack_title.text().strip() or source.title
        taken = {p.id for p in self.packs if p.language == source.language}
        return replace(
            source,
            id=own_id(source, taken),
            title=title,
            steps=tuple(d.built() for d in shown),
            based_on=source.based_on or source.id,
            source=None,
        )

    def save(self) -> None:
        pack = self.built_pack()
        if pack is None or self.saving:
            return
        self.saving = True
        self.save_button.setEnabled(False)
        self.note.setText(self.tr("Saving your copy…"))
        self._save(pack)

    def saved(self, pack: PromptPack) -> None:
        """The feature: the copy is kept and the guide offers it."""
        self.saving = False
        self.save_button.setEnabled(True)
        self.note.setText(self.tr("Your copy is kept. The guide offers it as “%s”.") % pack.title)
        if pack.id not in {p.id for p in self.packs}:
            self.packs.append(pack)
            self.source_box.addItem(pack.title)
        self.source = pack  # saving again replaces this copy, not a new one
        self.drafts = [DraftStep(step, step.title, step.text, step) for step in pack.steps]
        self._refill_list(self.steps_list.currentRow())

    def not_saved(self) -> None:
        """The feature: the copy could not be written; nothing changed, the edits stay."""
        self.saving = False
        self.save_button.setEnabled(True)
        self.note.setText(
            self.tr(
                "Your copy could not be kept just now (perhaps the disk is full or the "
                "folder is read-only). Your changes are still here; you may try again."
            )
        )
