"""The strip above the canvas (the parts control and Add photo), and the arranging actions,
which float at the canvas's top right only while something is selected: the canvas never
moves when they come or go."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QToolBar, QVBoxLayout, QWidget

from containerstudio.ui.kit.widgets import add_to_toolbar

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from containerstudio.ui.studio.arrange_bar import ArrangeBar
    from containerstudio.ui.studio.parts_bar import PartsBar


ARRANGE_MARGIN = 8


class CanvasArea(QWidget):
    """The window's centre: the strip above, and the canvas (or what stands in for it
    while the container opens) below."""

    def __init__(
        self, parts: PartsBar, add_photos: QAction, arrange: ArrangeBar, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("canvas_area")
        self.strip = QWidget(self)
        self.strip.setObjectName("canvas_strip")
        row = QHBoxLayout(self.strip)
        row.setContentsMargins(4, 0, 4, 0)
        row.setSpacing(4)
        parts.setParent(self.strip)
        row.addWidget(parts)
        self.photo_bar = QToolBar(self.tr("Photos"), self.strip)
        self.photo_bar.setObjectName("photo_bar")
        self.photo_bar.setAccessibleName(self.tr("Photos"))
        self.photo_bar.setMovable(False)
        self.photo_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        add_to_toolbar(self.photo_bar, add_photos)
        row.addWidget(self.photo_bar)
        row.addStretch(1)
        self.arrange = arrange
        arrange.setParent(self)  # over the canvas, outside the layout
        arrange.setAutoFillBackground(True)  # on the theme's panel colour, not the page
        arrange.installEventFilter(self)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.strip)
        self._content: QWidget | None = None

    def content(self) -> QWidget | None:
        """The canvas, or the quiet area that stands in for it while the container opens."""
        return self._content

    def set_content(self, widget: QWidget) -> QWidget | None:
        """Show `widget` under the strip; returns the one it replaces (not deleted)."""
        before = self._content
        if before is not None:
            self._layout.removeWidget(before)
            before.hide()
        widget.setParent(self)
        self._layout.addWidget(widget, 1)
        widget.show()
        self._content = widget
        self.arrange.raise_()
        return before

    def place_arrange(self) -> None:
        """The arranging strip at the top right of the canvas."""
        bar = self.arrange
        bar.adjustSize()
        x = max(0, self.width() - bar.width() - ARRANGE_MARGIN)
        bar.move(x, self.strip.geometry().bottom() + ARRANGE_MARGIN)
        bar.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.arrange and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.LayoutRequest,
        ):
            self.place_arrange()
        return False
