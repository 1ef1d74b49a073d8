"""The picker for container outlines and stickers (a dock with two tabs of icons)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QWidget,
)

from containerstudio.ui.studio.artwork import Artwork, artwork_icon, artwork_label, load_artwork

TURN_BUDGET_S = 0.003
"""Icons are drawn for about this long per turn of the event loop (one at least)."""
NEXT_TURN_MS = 1  # a timer, so waiting input and repaints are answered in between


class ArtworkList(QListWidget):
    """Icons of one collection; Enter or a click chooses one."""

    def __init__(self, collection: str, icon: QSize, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.collection = collection
        self.setAccessibleName(name)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(icon)
        self.setSpacing(4)
        self.setWordWrap(True)
        self.artwork: list[Artwork] = []
        self.icons_drawn = 0  # how many of the icons are drawn so far

    def fill(self) -> None:
        """List the collection's artwork by name (once)."""
        if not self.artwork:
            self.artwork = load_artwork(self.collection)
            for art in self.artwork:
                item = QListWidgetItem(artwork_label(art))
                item.setToolTip(artwork_label(art))
                self.addItem(item)

    def draw_icons(self, then: Callable[[], object] | None = None) -> None:
        """Draw the icons a few milliseconds' worth at a time (an SVG takes a third of a
        millisecond on a quiet machine, several on a busy one), so that paints and the
        person's input are answered in between; `then` is called on the turn after the last."""
        deadline = time.perf_counter() + TURN_BUDGET_S
        while self.icons_drawn < len(self.artwork):
            row = self.icons_drawn
            self.item(row).setIcon(artwork_icon(self.artwork[row], self.iconSize()))
            self.icons_drawn += 1
            if time.perf_counter() > deadline:
                break
        if self.icons_drawn < len(self.artwork):
            QTimer.singleShot(NEXT_TURN_MS, self, lambda: self.draw_icons(then))
        elif then is not None:
            QTimer.singleShot(NEXT_TURN_MS, self, then)  # on a turn of its own


class ArtworkDock(QDockWidget):
    """Lets the user place a container outline or a sticker."""

    artwork_chosen = Signal(object)
    """Emitted with the chosen Artwork."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Containers and stickers"), parent)
        self.setObjectName("artwork_dock")
        self.setAccessibleName(self.tr("Containers and stickers"))
        tabs = QTabWidget(self)
        tabs.setAccessibleName(self.tr("Kinds of artwork"))
        self.templates = ArtworkList(
            "templates", QSize(88, 66), self.tr("Container outlines"), tabs
        )
        self.stickers = ArtworkList("stickers", QSize(56, 56), self.tr("Stickers"), tabs)
        tabs.addTab(self.templates, self.tr("Containers"))
        tabs.addTab(self.stickers, self.tr("Stickers"))
        for lst in (self.templates, self.stickers):
            lst.itemClicked.connect(lambda item, lst=lst: self._on_list_chosen(lst, item))
            lst.itemActivated.connect(lambda item, lst=lst: self._on_list_chosen(lst, item))
        self.tabs = tabs
        self.setWidget(tabs)

    def fill(self) -> None:
        """List the artwork now and draw its icons (tens of SVGs) once the event loop is
        free. The window asks for this when its first container is open, since artwork
        is placed in a container: neither the first frame nor the opening waits for it."""
        for lst in (self.templates, self.stickers):
            lst.fill()
        # One list after the other, so that no turn draws for both.
        stickers = self.stickers
        QTimer.singleShot(0, self.templates, lambda: self.templates.draw_icons(stickers.draw_icons))

    def _on_list_chosen(self, lst: ArtworkList, item: QListWidgetItem) -> None:
        self.artwork_chosen.emit(lst.artwork[lst.row(item)])
