"""A scroll bar repainted only when what it shows changes (the History panel's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QAbstractSlider


class SteadyScrollBar(QScrollBar):
    """A scroll bar repainted only when what it shows changes.

    A new step grows the list's range by one row, and with a long history the handle
    stays on the same pixels; a scroll bar repaints at every range or value change, and
    the theme's is not opaque, so the window, the panel and the list behind it were
    painted again too (about 1 ms at each pen release)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._painted: tuple[object, ...] | None = None
        self._look_queued = False

    def looks(self) -> tuple[object, ...]:
        """What a paint shows: the handle's place, the state it is drawn in and, when
        the style shows arrows, which ends the value touches."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style, bar = self.style(), QStyle.ComplexControl.CC_ScrollBar

        def rect(part: QStyle.SubControl) -> QRect:
            return style.subControlRect(bar, option, part, self)

        shown: tuple[object, ...] = (
            rect(QStyle.SubControl.SC_ScrollBarSlider).getRect(),
            option.state,
            option.activeSubControls,
        )
        arrows = (QStyle.SubControl.SC_ScrollBarAddLine, QStyle.SubControl.SC_ScrollBarSubLine)
        if any(not rect(arrow).isEmpty() for arrow in arrows):
            low, high, value = self.minimum(), self.maximum(), self.value()
            shown += (value <= low, value >= high)
        return shown

    def paintEvent(self, event: QPaintEvent) -> None:
        self._painted = self.looks()
        super().paintEvent(event)

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:
        if self._painted is None:
            super().sliderChange(change)
            return
        # A new row moves the range first and the value after it: look once both settled.
        if not self._look_queued:
            self._look_queued = True
            QTimer.singleShot(0, self, self._repaint_if_changed)

    def _repaint_if_changed(self) -> None:
        self._look_queued = False
        if self.looks() != self._painted:
            self.update()
