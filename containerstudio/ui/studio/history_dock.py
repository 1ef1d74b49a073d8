"""Undo history: every step by name; clicking one goes back (or forward) to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

if TYPE_CHECKING:
    from containerstudio.model.undo import UndoStack


class HistoryDock(QDockWidget):
    """Mirrors an UndoStack; row 0 is the start, row i the state after step i."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("History"), parent)
        self.setObjectName("history_dock")
        self.setAccessibleName(self.tr("History of steps"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Steps so far"))
        self.list.setAccessibleDescription(
            self.tr("Choose a step to go back to it; later steps stay until you change something.")
        )
        self.list.itemClicked.connect(self._on_list_item_clicked)
        self.list.itemActivated.connect(self._on_list_item_clicked)
        self.setWidget(self.list)
        self.stack: UndoStack | None = None

    def set_stack(self, stack: UndoStack | None) -> None:
        if self.stack is not None:
            self.stack.unsubscribe(self.refresh)
        self.stack = stack
        if stack is not None:
            stack.subscribe(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        if self.stack is not None:
            names = [self.tr("Start"), *self.stack.names()]
            for row, name in enumerate(names):
                item = QListWidgetItem(name)
                if row > self.stack.index:
                    item.setForeground(Qt.GlobalColor.gray)  # undone, can be redone
                self.list.addItem(item)
            self.list.setCurrentRow(self.stack.index)
        self.list.blockSignals(False)

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        if self.stack is not None:
            self.stack.set_to(self.list.row(item))
