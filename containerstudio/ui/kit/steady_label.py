"""A status-bar label whose size stays put while its text changes.

The save status changes at every pen release ("Kept at 11:57:03"). A QLabel asks its
layout again at every new text, even one of the same width; in the status bar that
reaches the main window, which lays out its docks again and repaints most of itself: a
few milliseconds at about one pen release in three (measured). A widget of fixed size
asks no layout, so this label is given a fixed size that only ever widens (never
narrowing back for a shorter text): most texts then cost only its own repaint."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class SteadyLabel(QLabel):
    """A plain-text label that keeps its size unless a text needs more room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._room = (0, 0)

    def setText(self, text: str) -> None:
        if text == self.text():
            return
        super().setText(text)
        self._fit()

    def _fit(self) -> None:
        hint = QLabel.sizeHint(self)
        width, height = max(hint.width(), self._room[0]), hint.height()
        if (width, height) != self._room:
            self._room = (width, height)
            self.setFixedSize(width, height)  # a fixed size asks no layout again

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._room = (0, 0)  # another text size: measured afresh
            self.setMinimumSize(0, 0)
            self.setMaximumSize(16777215, 16777215)
            self._fit()
