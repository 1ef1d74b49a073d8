"""Wires the canvas features into the window: docks, bars, photo import.

The shell creates one Studio with the window's services and tells it when a container
opens; everything for the canvas (parts, history, artwork picker, arrange bar, photo
import) lives here so the main window stays small.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtGui import QAction

from containerstudio.ui.kit.icons import icon
from containerstudio.ui.kit.widgets import key_tip
from containerstudio.ui.studio.arrange_bar import ArrangeBar
from containerstudio.ui.studio.artwork import Artwork, artwork_element, place_artwork
from containerstudio.ui.studio.artwork_dock import ArtworkDock
from containerstudio.ui.studio.canvas_strip import CanvasArea
from containerstudio.ui.studio.history_dock import HistoryDock
from containerstudio.ui.studio.parts_bar import PartsBar
from containerstudio.ui.studio.photo_import import PhotoImporter

if TYPE_CHECKING:
    from containerstudio.ui.canvas.open_container import OpenContainer
    from containerstudio.ui.canvas.view import CanvasView
    from containerstudio.ui.services import WindowServices

NOTICE_MS = 15000


class Studio(QObject):
    """The canvas features of one main window."""

    def __init__(self, services: WindowServices) -> None:
        window = services.window
        super().__init__(window)
        self.services = services
        self.photos = PhotoImporter(services.work, self._current, self._view_centre, window)
        self.photos.imported.connect(self._on_photos_imported)
        self.photos.problem_found.connect(self._on_photos_problem_found)
        services.add_status_widget(self.photos.progress_bar)
        self.parts = PartsBar(services.tool_settings, window)
        self.arrange = ArrangeBar(
            self._current, lambda: self.photos.choose_files(window), self.paste, window
        )
        services.name_toolbar(self.parts, "parts")
        services.name_toolbar(self.arrange, "arrange")
        # The parts, Add photo and (for a selection) the arranging actions sit in a
        # strip above the canvas; the shell makes the area the window's centre.
        self.area = CanvasArea(
            self.parts, self.arrange.actions_by_name["add_photos"], self.arrange, window
        )
        services.name_toolbar(self.area.photo_bar, "photos")
        services.tool_settings.changed.connect(self.arrange.follow_selection)
        self.artwork = ArtworkDock(window)
        self.artwork.artwork_chosen.connect(self._on_artwork_chosen)
        # Stickers, container shapes and the history share a tray under the canvas, so
        # the guide has the whole side to itself.
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        services.add_dock(self.artwork, bottom)
        self.history = HistoryDock(window)
        services.add_dock(self.history, bottom, tab_with=self.artwork)
        self.artwork.raise_()
        for dock, picture in ((self.artwork, "stickers"), (self.history, "history")):
            shows = dock.toggleViewAction()  # View menu: show or hide the panel
            shows.setIcon(icon(picture))
            shows.setToolTip(key_tip(shows))
        services.container_opened.connect(
            lambda _container: self.artwork.fill(), Qt.ConnectionType.SingleShotConnection
        )
        self.last_notice = ""
        self._canvas: CanvasView | None = None

    def container_actions(self) -> list[QAction]:
        """Actions that act on the open container (they wait until one is open)."""
        parts = self.parts
        return [
            *self.arrange.actions_by_name.values(),
            *parts.visible_actions.values(),
            parts.closed_action,
            parts.open_action,
        ]

    def _current(self) -> OpenContainer | None:
        return self.services.current

    def container_opened(self, current: OpenContainer, canvas: CanvasView) -> None:
        """Follow a newly opened container (and the canvas, made with the first one)."""
        self.history.set_stack(current.stack)
        self.parts.set_scene(current.scene)
        current.scene.selection_changed.connect(self.arrange.follow_selection)
        current.stack.events.connect(lambda _event: self.arrange.follow_selection())
        self.arrange.follow_selection()
        if canvas is not self._canvas:
            self._canvas = canvas
            canvas.images_dropped.connect(self.photos.import_sources)

    def _view_centre(self) -> QPointF:
        current = self._current()
        if self._canvas is None or current is None:
            return QPointF(800, 600)
        from containerstudio.model.placed import PlacedElement
        from containerstudio.model.placement import cascade_from

        centre = self._canvas.mapToScene(self._canvas.viewport().rect().center())
        rect = current.scene.canvas_rect
        x = min(max(centre.x(), rect.left() + 50), rect.right() - 50)
        y = min(max(centre.y(), rect.top() + 50), rect.bottom() - 50)
        part = current.settings.state.part
        taken = [
            (e.x, e.y)
            for e in current.doc.elements()
            if isinstance(e, PlacedElement) and e.part == part
        ]
        bounds = (rect.left() + 50, rect.top() + 50, rect.right() - 50, rect.bottom() - 50)
        return QPointF(*cascade_from((x, y), taken, bounds))

    def paste(self) -> None:
        if not self.photos.paste():
            self.notice(self.tr("There is no picture to paste just now."))

    def notice(self, text: str) -> None:
        """A calm message in the status bar."""
        self.last_notice = text
        self.services.notify(text, NOTICE_MS)

    def _select_new(self, element_id: str) -> None:
        current = self._current()
        if current is None:
            return
        self.services.tool_settings.set_tool("select")
        current.tools.select.select(element_id)

    def _on_photos_imported(self, element_id: str) -> None:
        self._select_new(element_id)

    def _on_photos_problem_found(self, message: str) -> None:
        self.notice(message)

    def _on_artwork_chosen(self, art: Artwork) -> None:
        current = self._current()
        if current is None:
            return
        rect = current.scene.canvas_rect
        element = artwork_element(
            art, current.settings.state.part, self._view_centre(), rect.size()
        )
        place_artwork(current.stack, element)
        self._select_new(element.id)

    def show_suggested_panel(self, name: str) -> None:
        """Show what a guide step's "You might use" name points to: the container shapes
        or the stickers (their dock, on that tab), or the photo picker."""
        if name == "photos":
            self.arrange.actions_by_name["add_photos"].trigger()
            return
        dock = self.artwork
        dock.show()
        dock.raise_()
        page = dock.templates if name == "templates" else dock.stickers
        dock.tabs.setCurrentWidget(page)
        page.setFocus()
