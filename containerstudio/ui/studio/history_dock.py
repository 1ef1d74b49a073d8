"""Undo history: every step by name; clicking one goes back (or forward) to it.

The list follows the undo stack's events row by row (a push appends one row, a merge
renames one, undo and redo move the current row), so a long history costs a pen
release nothing; only a cleared history (another container) builds the list anew.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from containerstudio.model.events import (
    HistoryCleared,
    StepMerged,
    StepPushed,
    StepRedone,
    StepUndone,
    UndoEvent,
)
from containerstudio.ui.kit.theme import color

if TYPE_CHECKING:
    from containerstudio.model.events import Connection
    from containerstudio.model.undo import UndoStack


class HistoryDock(QDockWidget):
    """Mirrors an UndoStack; row 0 is the start, row i the state after step i."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("History"), parent)
        self.setObjectName("history_dock")
        self.setAccessibleName(self.tr("History of steps"))
        self.list = QListWidget(self)
        # Every row is one line of text: the list need not measure each of thousands
        # of rows again when one is added or the current row moves.
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("Steps so far"))
        self.list.setAccessibleDescription(
            self.tr("Choose a step to go back to it; later steps stay until you change something.")
        )
        self.list.itemClicked.connect(self._on_list_item_clicked)
        self.list.itemActivated.connect(self._on_list_item_clicked)
        self.setWidget(self.list)
        self.stack: UndoStack | None = None
        self._following: Connection | None = None
        self._steady_bar = False

    def set_stack(self, stack: UndoStack | None) -> None:
        """Follow `stack` (None: show nothing) instead of the one followed so far."""
        self.detach()
        self.stack = stack
        if stack is not None:
            self._following = stack.events.connect(self._on_stack_event)
        self.refresh()

    def detach(self) -> None:
        """Stop following the undo stack (its container is closing)."""
        if self._following is not None:
            self._following.disconnect()
            self._following = None

    def refresh(self) -> None:
        """Build every row anew from the stack."""
        self.list.blockSignals(True)
        self.list.clear()
        if self.stack is not None:
            names = [self.tr("Start"), *self.stack.names()]
            for row, name in enumerate(names):
                self.list.addItem(self._new_row(name, undone=row > self.stack.index))
            self.list.setCurrentRow(self.stack.index)
        self.list.blockSignals(False)

    def _new_row(self, name: str, undone: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(name)
        if undone:
            item.setForeground(color("disabled_text"))  # undone, can be redone
        return item

    def _on_stack_event(self, event: UndoEvent) -> None:
        stack = self.stack
        if stack is None:
            return
        rows = self.list
        rows.blockSignals(True)
        try:
            if isinstance(event, StepPushed):
                if rows.count() > event.index:
                    while rows.count() > event.index:  # the undone steps are gone
                        rows.takeItem(rows.count() - 1)
                    rows.addItem(self._new_row(event.name))
                else:
                    self._append_row(self._new_row(event.name))
            elif isinstance(event, StepMerged):
                item = rows.item(event.index)
                if item is not None:
                    item.setText(event.name)
            elif isinstance(event, StepUndone):
                item = rows.item(event.index + 1)
                if item is not None:
                    item.setForeground(color("disabled_text"))
            elif isinstance(event, StepRedone):
                item = rows.item(event.index)
                if item is not None:
                    item.setData(Qt.ItemDataRole.ForegroundRole, None)
            elif isinstance(event, HistoryCleared):
                self.refresh()
                return
            else:
                return  # the saved mark moved: nothing shown here changes
            if rows.count() != stack.step_count + 1:
                self.refresh()  # out of step somehow: show the stack as it is
                return
            rows.setCurrentRow(stack.index)
        finally:
            rows.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill_viewport()

    def _fill_viewport(self) -> None:
        """A style sheet (the theme's) leaves the list's viewport unfilled, and Qt redraws
        a view that is not opaque in full where it could move the rows on screen by one
        (see _append_row). Its palette holds the same base colour the sheet paints."""
        viewport = self.list.viewport()
        if not viewport.autoFillBackground():
            viewport.setAutoFillBackground(True)
            viewport.update()

    def _append_row(self, item: QListWidgetItem) -> None:
        """Add a row at the end, repainting only what changes on screen.

        A list view repaints every visible row after any insertion, and the History
        panel gets one at each pen release (about 3 ms with 45 rows on screen). The rows
        above the new one stay as they are, so the list is laid out at once with that
        whole-view repaint left out; the new row is painted, and moving the current row
        to it scrolls the view by one row (the rows on screen are moved, not redrawn)."""
        rows = self.list
        viewport = rows.viewport()
        if not viewport.isVisible():
            rows.addItem(item)
            return
        self._fill_viewport()  # a theme switch polishes it again
        if not self._steady_bar and rows.verticalScrollBar().isVisible():
            # Made once the list is long enough to scroll, not at start-up: its Qt
            # classes cost a first frame about 15 ms.
            from containerstudio.ui.studio.steady_scroll_bar import SteadyScrollBar

            rows.setVerticalScrollBar(SteadyScrollBar(rows))
            self._steady_bar = True
        viewport.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, True)
        try:
            rows.addItem(item)
            rows.doItemsLayout()
        finally:
            viewport.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, False)
        viewport.update(rows.visualItemRect(item))

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        if self.stack is not None:
            self.stack.set_to(self.list.row(item))
