"""The version timeline: every kept version, oldest first, with a thumbnail.

From here a version can be looked at, compared with another, restored as a new
version, or replayed. Nothing here rewrites history. The list, its thumbnails and the
versions drawn closed are read on the storage lane; the UI thread only shows them.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from containerstudio.ui.kit.translations import format_moment
from containerstudio.ui.safety.controls import REDUCED_MOTION_KEY  # the key the guide writes

if TYPE_CHECKING:
    from containerstudio.model.document import ContainerDocument
    from containerstudio.storage.library import Library
    from containerstudio.storage.records import VersionInfo
    from containerstudio.ui.canvas.closed_pictures import ClosedPictures
    from containerstudio.ui.canvas.open_container import OpenContainer
    from containerstudio.ui.versions.dialogs import CompareVersionsDialog, VersionViewDialog
    from containerstudio.ui.versions.replay_dialog import ReplayDialog

# The viewers and the replay load when first opened, so that starting the app does not
# pay for them (see benchmarks/startup.py).

log = logging.getLogger(__name__)

VERSION_ID_ROLE = Qt.ItemDataRole.UserRole
CLOSED_PICTURES_PER_TURN = 4
ROWS_PER_TURN = 20  # timeline rows added per turn of the event loop


def version_label(info: VersionInfo) -> str:
    """The version's short label (loaded with the library, after the window shows)."""
    from containerstudio.storage.records import version_label as label

    return label(info)


class VersionsDock(QDockWidget):
    """Timeline of the open container's versions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versions_dock")
        self.setWindowTitle(self.tr("Versions"))
        self.setAccessibleName(self.tr("Versions"))
        self.container: OpenContainer | None = None
        self.versions: list[VersionInfo] = []
        self._closed_pictures: ClosedPictures | None = None  # made on first need
        self._closed_queue: list[int] = []  # versions whose closed picture is still to draw
        self._closed_timer = QTimer(self)
        self._closed_timer.setInterval(0)
        self._closed_timer.timeout.connect(self._draw_closed_pictures)
        self._viewers: list[QWidget] = []
        self._closed_loading = 0  # closed pictures whose version is being read on the lane
        self._reading = 0  # which refresh a read on the lane answers (a newer one wins)
        self.reading = False
        """True while the timeline is being read on the storage lane."""
        self._to_fill: list[tuple[VersionInfo, QImage | None]] = []  # rows still to add
        self._fill_sealed = False
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_some)
        self.lid_closed: Callable[[], bool] | None = None
        """Says whether the open container's lid is closed (the guide knows, in memory)."""
        body = QWidget(self)
        self.timeline = QListWidget(body)
        self.timeline.setAccessibleName(self.tr("Version timeline, oldest first"))
        self.timeline.setIconSize(QSize(64, 48))
        self.timeline.setWordWrap(True)
        # A strip along the bottom: the versions side by side, oldest on the left.
        self.timeline.setViewMode(QListWidget.ViewMode.IconMode)
        self.timeline.setFlow(QListWidget.Flow.LeftToRight)
        self.timeline.setWrapping(False)
        self.timeline.setMovement(QListWidget.Movement.Static)
        self.timeline.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.timeline.setGridSize(QSize(170, 100))
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.timeline.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setMinimumWidth(300)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.timeline.itemSelectionChanged.connect(self._update_buttons)
        self.timeline.itemActivated.connect(lambda _item: self.open_selected())
        self.empty_label = QLabel(
            self.tr("No versions yet. “Save version…” (Ctrl+S) keeps one."), body
        )
        self.empty_label.setWordWrap(True)
        self.open_button = self._button(self.tr("Look"), self.open_selected, body)
        self.compare_button = self._button(self.tr("Side by side"), self.compare_selected, body)
        self.restore_button = self._button(self.tr("Restore as new"), self.restore_selected, body)
        self.replay_button = self._button(self.tr("Replay"), self.replay_selected, body)
        self.compare_button.setToolTip(self.tr("Select two versions to see them side by side"))
        grid = QGridLayout()
        grid.addWidget(self.open_button, 0, 0)
        grid.addWidget(self.compare_button, 0, 1)
        grid.addWidget(self.restore_button, 1, 0)
        grid.addWidget(self.replay_button, 1, 1)
        grid.setRowStretch(2, 1)
        shown = QVBoxLayout()
        shown.addWidget(self.empty_label)
        shown.addWidget(self.timeline, 1)
        layout = QHBoxLayout(body)
        layout.addLayout(shown, 1)
        layout.addLayout(grid)
        self.setWidget(body)
        self._update_buttons()

    @staticmethod
    def _button(text: str, slot, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- following the open container -----------------------------------------------
    @property
    def library(self) -> Library:
        """The open container's library (there is none before the first one opens)."""
        assert self.container is not None
        return self.container.library

    def set_container(self, container: OpenContainer) -> None:
        self.container = container
        self._closed_pictures = None
        container.version_saved.connect(self._on_container_version_saved)
        container.scene.sealed_changed.connect(self._on_scene_sealed_changed)
        self._refresh_when_seen()

    # -- a closed lid -----------------------------------------------------------------
    def sealed(self) -> bool:
        """True while the open container's lid is closed (nothing here shows its inside)."""
        if self.container is None:
            return False
        if self.lid_closed is not None:
            return self.lid_closed()
        return self.container.scene.sealed

    def _shown(self, doc: ContainerDocument) -> ContainerDocument:
        """`doc` as the viewers may show it: without its inside while the lid is closed."""
        if not self.sealed():
            return doc
        from containerstudio.model.document import closed_copy

        return closed_copy(doc)

    def _on_scene_sealed_changed(self, sealed: bool) -> None:
        if sealed:  # viewers already open close their inside too
            for viewer in self._viewers:
                _seal_scenes_of(viewer)
        self._refresh_when_seen()

    def _keep_viewer(self, dialog: QWidget) -> None:
        """Follow a viewer so that closing the lid closes it too; closed from the start
        while the lid is closed."""
        self._viewers = [v for v in self._viewers if isValid(v)] + [dialog]
        if self.sealed():
            _seal_scenes_of(dialog)

    @property
    def pictures_pending(self) -> bool:
        """True while closed pictures of the versions are still being drawn."""
        return bool(self._closed_queue) or self._closed_loading > 0

    def _draw_closed_pictures(self) -> None:
        """Ask for a few closed pictures per turn of the event loop: each version is read
        on the storage lane and drawn when it arrives, so a timeline of many versions
        opens at once and stays responsive while they come."""
        if self._closed_pictures is None:
            from containerstudio.ui.canvas.closed_pictures import ClosedPictures

            self._closed_pictures = ClosedPictures()
        assert self.container is not None  # the timeline shows an open container
        library, work = self.library, self.container.work
        for _ in range(CLOSED_PICTURES_PER_TURN):
            if not self._closed_queue:
                break
            version_id = self._closed_queue.pop(0)
            self._closed_loading += 1
            work.run(
                functools.partial(library.load_version, version_id),
                functools.partial(self._show_closed, self._reading, version_id),
                lambda _exc: self._closed_read(),
                storage=True,
            )
        if not self._closed_queue:
            self._closed_timer.stop()

    def _closed_read(self) -> None:
        self._closed_loading -= 1

    def _show_closed(self, reading: int, version_id: int, doc: ContainerDocument) -> None:
        self._closed_read()
        if reading != self._reading or self._closed_pictures is None:
            return  # the timeline was read again meanwhile
        if not isValid(self.timeline):
            return  # the window closed while the picture was read
        rows = {info.id: row for row, info in enumerate(self.versions)}
        item = self.timeline.item(rows.get(version_id, -1))
        if item is None or item.data(VERSION_ID_ROLE) != version_id:
            return
        item.setIcon(QIcon(self._closed_pictures.picture(version_id, lambda: doc)))

    @staticmethod
    def _decoded(data: bytes) -> QImage | None:
        """A kept thumbnail's pixels (on the storage lane: decoding a PNG is the slow
        part). Pillow decodes them, never Qt's image plugins (see `decode_with_pillow`)."""
        from containerstudio.ui.canvas.items.photo_decode import decode_with_pillow

        return decode_with_pillow(data)

    @staticmethod
    def _icon_for(image: QImage | None) -> QIcon | None:
        return QIcon(QPixmap.fromImage(image)) if image is not None else None

    def _on_container_version_saved(self, _version_id: int) -> None:
        self._refresh_when_seen()

    def _refresh_when_seen(self) -> None:
        """Refresh now if the timeline is on screen, else when it is next shown (opening
        a container with hundreds of versions need not read them all)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Reload the timeline from the library (oldest first), read on the storage lane:
        the list and its thumbnails show when they arrive (`reading` until then)."""
        self._closed_timer.stop()
        self._closed_queue = []
        self._fill_timer.stop()
        self._to_fill = []
        if self.container is None:
            self.timeline.clear()
            self.versions = []
            return
        self._reading += 1
        reading, library, cid = self._reading, self.library, self.container.container_id
        # While the lid is closed a kept thumbnail may show the inside: closed pictures
        # are drawn instead, a few at a time, and the kept ones are not even read.
        sealed = self.sealed()
        if sealed:  # the thumbnails shown so far go at once, not when the read is back
            for row in range(self.timeline.count()):
                self.timeline.item(row).setIcon(QIcon())

        def read() -> tuple[list[VersionInfo], dict[int, QImage]]:
            versions = library.list_versions(cid)
            thumbnails: dict[int, QImage] = {}
            for info in versions if not sealed else ():
                if info.thumbnail_key:
                    try:
                        image = self._decoded(library.blob(info.thumbnail_key))
                    except (KeyError, ValueError):  # a damaged picture: the row stays
                        log.warning("a version thumbnail could not be read")
                        continue
                    if image is not None:
                        thumbnails[info.id] = image
            return versions, thumbnails

        def failed(_exc: BaseException) -> None:
            if reading == self._reading:
                self.reading = False

        self.reading = True
        self.container.work.run(
            read, lambda found: self._show_read(reading, sealed, *found), failed, storage=True
        )

    def _show_read(
        self, reading: int, sealed: bool, versions: list[VersionInfo], thumbnails: dict[int, QImage]
    ) -> None:
        if reading != self._reading:
            return  # a newer read is on its way
        if sealed != self.sealed():  # the lid moved while the list was read
            self.reading = False
            self.refresh()
            return
        self.timeline.clear()
        self.versions = versions
        self._to_fill = [(info, thumbnails.get(info.id)) for info in versions]
        self._fill_sealed = sealed
        self.empty_label.setVisible(not versions)
        self._fill_some()

    def _fill_some(self) -> None:
        """Add a few rows per turn of the event loop, so that a timeline of hundreds of
        versions never holds the window up; `reading` stays True until all are in."""
        if self._fill_timer.isActive():
            self._fill_timer.stop()
        batch, self._to_fill = self._to_fill[:ROWS_PER_TURN], self._to_fill[ROWS_PER_TURN:]
        for info, data in batch:
            item = QListWidgetItem(self._item_text(info))
            item.setData(VERSION_ID_ROLE, info.id)
            icon = None if self._fill_sealed else self._icon_for(data)
            if icon is not None:
                item.setIcon(icon)
            self.timeline.addItem(item)
        if self._to_fill:
            self._fill_timer.start()
            return
        self.reading = False
        if self._fill_sealed:
            self._closed_queue = [info.id for info in self.versions]
            self._closed_timer.start()
        self._update_buttons()

    def _item_text(self, info: VersionInfo) -> str:
        kinds = {
            "named": self.tr("Saved by you"),
            "step": self.tr("A step of the guided flow"),
            "auto": self.tr("Kept automatically"),
            "restore": self.tr("Restored"),
        }
        when = format_moment(info.created_at, year=False)
        return f"{version_label(info)}\n{kinds.get(info.kind, info.kind)} · {when}"

    def selected(self) -> list[VersionInfo]:
        """Selected versions in timeline order."""
        rows = sorted(self.timeline.row(i) for i in self.timeline.selectedItems())
        return [self.versions[r] for r in rows]

    def _update_buttons(self) -> None:
        count = len(self.selected())
        self.open_button.setEnabled(count == 1)
        self.restore_button.setEnabled(count == 1)
        self.compare_button.setEnabled(count == 2)
        self.replay_button.setEnabled(count <= 1 and self.container is not None)

    # -- actions ------------------------------------------------------------------------
    def open_selected(self) -> VersionViewDialog | None:
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        info = chosen[0]
        from containerstudio.ui.versions.dialogs import VersionViewDialog

        dialog = VersionViewDialog(
            self._shown(self.library.load_version(info.id)),
            version_label(info),
            self.library.version_note(info.id),
            self.window(),
        )
        self._keep_viewer(dialog)
        dialog.show()
        return dialog

    def compare_selected(self) -> CompareVersionsDialog | None:
        chosen = self.selected()
        if len(chosen) != 2:
            return None
        left, right = chosen
        from containerstudio.ui.versions.dialogs import CompareVersionsDialog

        dialog = CompareVersionsDialog(
            (self._shown(self.library.load_version(left.id)), version_label(left)),
            (self._shown(self.library.load_version(right.id)), version_label(right)),
            self.window(),
        )
        self._keep_viewer(dialog)
        dialog.show()
        return dialog

    def restore_selected(self, ask: bool = True) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or self.container is None:
            return
        info = chosen[0]
        label = version_label(info)
        container = self.container

        def restore(key: str = "restore") -> None:
            if key == "restore":
                container.restore_version(info.id, self.tr("Restored from version %s") % label)

        if not ask:
            restore()
            return
        from containerstudio.ui.kit.calm_dialog import ask as ask_calmly

        ask_calmly(
            self.window(),
            self.tr("Restore as a new version"),
            self.tr(
                "Bring back version %s as the newest version? Every version stays as it "
                "is, and Undo (Ctrl+Z) takes the canvas back."
            )
            % label,
            [("restore", self.tr("Restore as new")), ("keep", self.tr("Not now"))],
            restore,
            default="keep",
        )

    def replay_selected(self) -> ReplayDialog | None:
        """Replay the selected version, or the canvas as it is now when none is selected."""
        chosen = self.selected()
        if len(chosen) > 1 or self.container is None:
            return None
        if chosen:
            doc, caption = self.library.load_version(chosen[0].id), version_label(chosen[0])
        else:
            from containerstudio.ui.canvas.autosave import snapshot

            doc, caption = snapshot(self.container.doc), self.tr("now")
        from containerstudio.ui.versions.replay_dialog import ReplayDialog

        dialog = ReplayDialog(
            self._shown(doc),
            caption,
            reduced_motion=self.library.setting(REDUCED_MOTION_KEY) == "1",
            parent=self.window(),
        )
        self._keep_viewer(dialog)
        dialog.show()
        return dialog


def _seal_scenes_of(viewer: QWidget) -> None:
    """Show every canvas of a viewer closed (viewers delete themselves on close)."""
    if not isValid(viewer):
        return
    from containerstudio.ui.canvas.scene import CanvasScene

    for scene in viewer.findChildren(CanvasScene):
        scene.set_sealed(True)
