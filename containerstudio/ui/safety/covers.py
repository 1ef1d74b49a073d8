"""Screens that cover the whole window: the calm pause screen and the neutral hide screen.

They are children of the main window laid over everything (tool bars, docks and the
menu bar too), so nothing underneath is visible or clickable until the person returns
on purpose; every other window of the app is hidden meanwhile (`curtain.py`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from containerstudio.ui.kit.theme import PLAIN_PAGE, set_role

DEFAULT_HIDE_TITLE = "Notes"  # translated where shown; the person may choose another


def neutral_icon() -> QIcon:
    """A blank sheet of paper: an icon that says nothing about the app."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor(PLAIN_PAGE["edge"]), 1.5))
    painter.setBrush(QColor(PLAIN_PAGE["page"]))
    painter.drawRect(QRectF(7.5, 3.5, 17, 25))
    for y in (10.5, 15.5, 20.5):
        painter.drawLine(11, int(y), 21, int(y))
    painter.end()
    return QIcon(pixmap)


class CoverWidget(QWidget):
    """A full-window cover that follows the window's size."""

    returned = Signal()
    """Emitted when the person chooses to come back; no arguments."""

    def __init__(self, window: QWidget, name: str) -> None:
        super().__init__(window)
        self.setObjectName(name)  # the theme's sheet gives it its background
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hide()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.setFocus()

    def uncover(self) -> None:
        self.hide()


class PauseScreen(CoverWidget):
    """ "Paused": the session timer is stopped and everything waits, as long as needed."""

    ground_requested = Signal()
    """Emitted when the person asks for Ground me from the pause screen; no arguments."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window, "pause_screen")
        self.setAccessibleName(self.tr("Paused"))
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(self.tr("Paused"), self)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(title, "title")
        title.setStyleSheet("font-size: 28pt;")
        text = QLabel(
            self.tr(
                "Take all the time you need. Your work is kept just as it was,\n"
                "and the session clock is resting too."
            ),
            self,
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setStyleSheet("font-size: 13pt;")
        self.resume_button = QPushButton(self.tr("Resume when you're ready"), self)
        self.resume_button.setAccessibleName(self.tr("Resume"))
        self.resume_button.setMinimumHeight(44)
        self.resume_button.clicked.connect(self.returned.emit)
        self.ground_button = QPushButton(self.tr("Ground me"), self)
        self.ground_button.setAccessibleName(self.tr("Ground me"))
        self.ground_button.setFlat(True)
        self.ground_button.clicked.connect(self.ground_requested.emit)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(24)
        layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.ground_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)

    def cover(self) -> None:
        super().cover()
        self.resume_button.setFocus()


class HideScreen(CoverWidget):
    """A plain, neutral screen: nothing on it hints at what the app is."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window, "hide_screen")
        self.setAccessibleName(self.tr("Blank page"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.return_button = QPushButton(self.tr("Return"), self)
        self.return_button.setAccessibleName(self.tr("Return"))
        self.return_button.setFlat(True)
        # Coming back takes a deliberate click or Enter on this button; no stray key does it.
        self.return_button.clicked.connect(self.returned.emit)
        layout.addWidget(self.return_button, 0, Qt.AlignmentFlag.AlignRight)
