"""The library (home screen): every container as a large thumbnail, and the Trash.

A new container is named here (a neutral default with the date); the one open now is
marked, in sight and for screen readers. Moving to the Trash asks gently first (keeping
it is the default) and can always be undone from the Trash tab. "Remove for good"
says plainly what it reaches: this library and the backups made from now on.

Every read and write runs on the storage lane of the background helper: the grids,
their pictures and each change are read or made there, and shown when they arrive
(`reading` is True meanwhile), so the dialog never waits for the disk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from containerstudio.storage.library import Library
from containerstudio.storage.lid import lid_closed
from containerstudio.storage.records import ContainerInfo
from containerstudio.storage.trash import (
    duplicate_container,
    move_to_trash,
    purge_container,
    restore_from_trash,
)
from containerstudio.ui.canvas.scene import PAPER_COLOR, PAPER_EDGE_COLOR
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.kit.translations import format_moment

if TYPE_CHECKING:
    from containerstudio.ui.canvas.closed_pictures import ClosedPictures
    from containerstudio.ui.library.group_print_dialog import GroupPrintDialog

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
THUMB_SIZE = QSize(240, 180)  # large enough to know each container at a glance
MARK_WIDTH = 6  # the frame around the picture of the container open now


@dataclass
class _Shown:
    """One container as the grid shows it, read on the lane."""

    info: ContainerInfo
    picture: bytes | None = None  # its kept thumbnail (an open lid)
    closed: Any = None  # its drawing, for a closed picture (a closed lid)
    lid_closed: bool = False


def _read_grid(library: Library, infos: list[ContainerInfo]) -> list[_Shown]:
    """What the grid shows of each container (on the lane): a damaged one still shows."""
    shown = []
    for info in infos:
        item = _Shown(info, lid_closed=lid_closed(library, info.id))
        try:
            if item.lid_closed:
                item.closed = library.load_working(info.id)
            elif info.thumbnail_key:
                item.picture = library.blob(info.thumbnail_key)
        except Exception:  # a damaged picture must not hide the library
            log.warning("a container's picture could not be read")
        shown.append(item)
    return shown


def _blank_paper() -> QPixmap:
    """The thumbnail of a container with nothing on it yet: a sheet of paper."""
    w, h = THUMB_SIZE.width(), THUMB_SIZE.height()
    pixmap = QPixmap(w, h)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(PAPER_EDGE_COLOR, 2))
    painter.setBrush(PAPER_COLOR)
    painter.drawRect(1, 1, w - 2, h - 2)
    painter.end()
    return pixmap


class LibraryDialog(QDialog):
    """Make, find, open, rename, duplicate, trash, restore and purge containers."""

    open_requested = Signal(int)
    """Emitted with the id of the container the user chose to open."""
    container_removed = Signal(int)
    """Emitted with the id of a container moved to the Trash or removed for good."""

    def __init__(
        self, library: Library, work: BackgroundWork, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.work = work
        self.setWindowTitle(self.tr("Library"))
        self.setAccessibleName(self.tr("Library"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Containers and Trash"))
        self.tabs.addTab(self._build_containers_page(), self.tr("Your containers"))
        self.tabs.addTab(self._build_trash_page(), self.tr("Trash"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(900, 640)
        self.group_print: GroupPrintDialog | None = None
        # Pictures of closed containers, made on first need.
        self._closed_pictures: ClosedPictures | None = None
        self._infos: dict[int, ContainerInfo] = {}  # as last read: titles for the actions
        self._reading = 0  # which refresh a read answers (a newer one wins)
        self._select_after: int | None = None  # a container to choose once it is shown
        self._pending = 0  # reads and changes on the lane not yet answered
        self.open_id: int | None = None  # the container open in the window (marked)
        self._update_buttons()  # nothing is chosen before the grids arrive
        self.refresh()

    # -- building ----------------------------------------------------------------------
    def _grid(self, name: str) -> QListWidget:
        grid = QListWidget(self)
        grid.setAccessibleName(name)
        grid.setViewMode(QListView.ViewMode.IconMode)
        grid.setResizeMode(QListView.ResizeMode.Adjust)
        grid.setMovement(QListView.Movement.Static)
        grid.setIconSize(THUMB_SIZE)
        grid.setGridSize(QSize(THUMB_SIZE.width() + 40, THUMB_SIZE.height() + 80))
        grid.setWordWrap(True)
        grid.setSpacing(8)
        grid.itemSelectionChanged.connect(self._update_buttons)
        return grid

    def _button(self, text: str, slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda _checked=False: slot())
        row.addWidget(button)
        return button

    def _build_containers_page(self) -> QWidget:
        page = QWidget(self)
        self.search = QLineEdit(page)
        self.search.setAccessibleName(self.tr("Search by title"))
        self.search.setPlaceholderText(self.tr("Search by title"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.grid = self._grid(self.tr("Containers, newest first"))
        # Several can be chosen (Ctrl or Shift click) to print them together.
        self.grid.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.grid.itemActivated.connect(lambda _item: self.open_selected())
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self.show_context_menu)
        row = QHBoxLayout()
        self.new_button = self._button(self.tr("&New container…"), self.new_container, row)
        self.new_button.setDefault(False)
        self.new_button.setAutoDefault(False)
        self.open_button = self._button(self.tr("&Open"), self.open_selected, row)
        self.rename_button = self._button(self.tr("&Rename…"), self.rename_selected, row)
        self.duplicate_button = self._button(self.tr("&Duplicate"), self.duplicate_selected, row)
        self.trash_button = self._button(self.tr("Move to &Trash…"), self.trash_selected, row)
        row.addStretch(1)
        self.print_button = self._button(self.tr("&Print together…"), self.print_selected, row)
        self.print_button.setToolTip(
            self.tr("Choose several containers (Ctrl or Shift click) to print them together")
        )
        layout = QVBoxLayout(page)
        layout.addWidget(self.search)
        layout.addWidget(self.grid, 1)
        layout.addLayout(row)
        return page

    def _build_trash_page(self) -> QWidget:
        page = QWidget(self)
        explain = QLabel(
            self.tr(
                "Containers here can be restored at any time. “Remove for good” removes a "
                "container from Container Studio's library and from backups made from now "
                "on. Copies on other disks, exported files, and backups made earlier are "
                "not reached."
            )
            if not self.library.encrypted
            else self.tr(
                "Containers here can be restored at any time. “Remove for good” removes a "
                "container from Container Studio's library and destroys its key, so no "
                "backup, made earlier or later, can show it again. Exported files are not "
                "reached."
            ),
            page,
        )
        explain.setWordWrap(True)
        self.trash_grid = self._grid(self.tr("Trash"))
        row = QHBoxLayout()
        self.restore_button = self._button(self.tr("R&estore"), self.restore_selected, row)
        self.purge_button = self._button(self.tr("Remove for &good…"), self.purge_selected, row)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(self.trash_grid, 1)
        layout.addLayout(row)
        return page

    def show_context_menu(self, pos: QPoint) -> QMenu | None:
        """Open, Rename, Duplicate and Move to Trash for the container under `pos`
        (a right click, or the menu key); returns the menu shown (None over no container)."""
        item = self.grid.itemAt(pos)
        if item is None:
            return None
        self.grid.clearSelection()
        self.grid.setCurrentItem(item)
        item.setSelected(True)
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Container actions"))
        for text, slot in (
            (self.tr("&Open"), self.open_selected),
            (self.tr("&Rename…"), self.rename_selected),
            (self.tr("&Duplicate"), self.duplicate_selected),
            (self.tr("Move to &Trash…"), self.trash_selected),
        ):
            menu.addAction(text).triggered.connect(lambda _c=False, s=slot: s())
        menu.popup(self.grid.viewport().mapToGlobal(pos))
        self.context_menu = menu
        return menu

    @property
    def reading(self) -> bool:
        """True while a read or a change of the grids is on the storage lane."""
        return self._pending > 0

    # -- showing -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload both grids from the library (newest first), read on the storage lane."""
        self._reading += 1
        reading, library, search = self._reading, self.library, self.search.text().strip()

        def read() -> tuple[list[_Shown], list[_Shown]]:
            return (
                _read_grid(library, library.list_containers(search=search)),
                _read_grid(library, library.list_containers(deleted=True)),
            )

        def failed(_exc: BaseException) -> None:
            self._pending -= 1

        self._pending += 1
        self.work.run(read, lambda grids: self._show_read(reading, *grids), failed, storage=True)

    def _show_read(self, reading: int, live: list[_Shown], trashed: list[_Shown]) -> None:
        self._pending -= 1
        if reading != self._reading:
            return  # a newer read is on its way
        self._infos = {s.info.id: s.info for s in (*live, *trashed)}
        self._fill(self.grid, live)
        self._fill(self.trash_grid, trashed)
        if self._select_after is not None:
            self.select(self._select_after)
            self._select_after = None
        self._update_buttons()

    def _fill(self, grid: QListWidget, shown: list[_Shown]) -> None:
        grid.clear()
        for item_shown in shown:
            info = item_shown.info
            text = f"{info.title}\n{format_moment(info.updated_at)}"
            picture = self._thumbnail(item_shown)
            is_open = grid is self.grid and info.id == self.open_id
            if is_open:
                text += "\n" + self.tr("● Open now")
                picture = self._marked(picture)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, info.id)
            item.setToolTip(info.title)
            if is_open:
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("open now"))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setIcon(QIcon(picture))
            grid.addItem(item)

    def set_open_container(self, container_id: int | None) -> None:
        """Mark `container_id` as the one open now (shown at the next read)."""
        self.open_id = container_id

    def marked_ids(self) -> list[int]:
        """The containers the grid marks as open now (one, or none)."""
        return [
            self.grid.item(i).data(ID_ROLE)
            for i in range(self.grid.count())
            if self.grid.item(i).data(Qt.ItemDataRole.AccessibleDescriptionRole)
        ]

    def _marked(self, picture: QPixmap) -> QPixmap:
        """The picture framed in the theme's highlight: the mark of the open one."""
        scaled = picture.scaled(
            THUMB_SIZE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        framed = QPixmap(scaled.size())
        framed.fill(Qt.GlobalColor.transparent)
        painter = QPainter(framed)
        painter.drawPixmap(0, 0, scaled)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), MARK_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = MARK_WIDTH // 2
        painter.drawRect(framed.rect().adjusted(half, half, -half, -half))
        painter.end()
        return framed

    def _thumbnail(self, shown: _Shown) -> QPixmap:
        """The container's picture; blank paper when it has none or it cannot be read.
        A closed container shows a picture of it closed, never its inside."""
        if shown.lid_closed:
            return self._closed_thumbnail(shown)
        pixmap = QPixmap()
        data = shown.picture
        return pixmap if data and pixmap.loadFromData(data) else _blank_paper()

    def _closed_thumbnail(self, shown: _Shown) -> QPixmap:
        from containerstudio.ui.canvas.closed_pictures import ClosedPictures

        if shown.closed is None:
            return _blank_paper()
        if self._closed_pictures is None:
            self._closed_pictures = ClosedPictures()
        try:
            return self._closed_pictures.picture(
                (shown.info.id, shown.info.updated_at), lambda: shown.closed
            )
        except (KeyError, ValueError):  # a damaged one must not hide the rest
            return _blank_paper()

    def _change(self, fn: Callable[[], Any], then: Callable[[Any], None] | None = None) -> None:
        """Make a change on the storage lane, then read the grids again."""

        def done(result: Any) -> None:
            if then is not None:
                then(result)
            self.refresh()
            self._pending -= 1

        def failed(_exc: BaseException) -> None:
            self.refresh()
            self._pending -= 1

        self._pending += 1  # the grids are read again once the change is made
        self.work.run(fn, done, failed, storage=True)

    def _title(self, cid: int) -> str:
        info = self._infos.get(cid)
        return info.title if info is not None else ""

    def titles(self, trash: bool = False) -> list[str]:
        grid = self.trash_grid if trash else self.grid
        return [grid.item(i).text().split("\n")[0] for i in range(grid.count())]

    def select(self, container_id: int) -> None:
        for grid in (self.grid, self.trash_grid):
            for i in range(grid.count()):
                if grid.item(i).data(ID_ROLE) == container_id:
                    grid.setCurrentRow(i)

    @staticmethod
    def _chosen(grid: QListWidget) -> int | None:
        """The one chosen container (None when none, or several, are chosen)."""
        item = grid.currentItem()
        if item is None or not item.isSelected() or len(grid.selectedItems()) != 1:
            return None
        return item.data(ID_ROLE)

    def selected_ids(self) -> list[int]:
        """Every chosen container, in the order the grid shows them (newest first)."""
        return [
            self.grid.item(i).data(ID_ROLE)
            for i in range(self.grid.count())
            if self.grid.item(i).isSelected()
        ]

    def _update_buttons(self) -> None:
        live = self._chosen(self.grid) is not None
        for button in (self.open_button, self.rename_button, self.duplicate_button):
            button.setEnabled(live)
        self.trash_button.setEnabled(live)
        self.print_button.setEnabled(bool(self.grid.selectedItems()))
        trashed = self._chosen(self.trash_grid) is not None
        self.restore_button.setEnabled(trashed)
        self.purge_button.setEnabled(trashed)

    # -- actions -------------------------------------------------------------------------
    def open_selected(self) -> None:
        cid = self._chosen(self.grid)
        if cid is not None:
            self.open_requested.emit(cid)
            self.accept()

    def print_selected(self) -> GroupPrintDialog | None:
        """Open "Print together" for the chosen containers."""
        ids = self.selected_ids()
        if not ids:
            return None
        if self.group_print is not None:
            self.group_print.close()
            self.group_print.deleteLater()
        from containerstudio.ui.library.group_print_dialog import (
            GroupPrintDialog,  # loads reportlab
        )

        self.group_print = GroupPrintDialog(self.library, self.work, ids, self)
        self.group_print.show()
        return self.group_print

    def new_container(self) -> None:
        """Ask for a name, make the container on the storage lane, then open it."""
        from containerstudio.ui.library.naming import ask_container_name

        library = self.library

        def make(title: str) -> None:
            def made(new_id: int) -> None:
                self._select_after = new_id
                self.open_requested.emit(new_id)
                self.accept()

            self._change(lambda: library.create_container(title), made)

        self.naming_dialog = ask_container_name(self, make)

    def rename_selected(self) -> None:
        cid = self._chosen(self.grid)
        if cid is None:
            return
        from containerstudio.ui.kit.calm_dialog import ask_value

        def rename(title: object) -> None:
            if str(title).strip():
                library, new = self.library, str(title).strip()
                self._change(lambda: library.rename(cid, new))

        self.rename_dialog = ask_value(
            self,
            self.tr("Rename"),
            self.tr("New title:"),
            self._title(cid),
            rename,
            confirm=self.tr("Rename"),
        )

    def duplicate_selected(self) -> None:
        cid = self._chosen(self.grid)
        if cid is not None:
            library, title = self.library, self.tr("%s (copy)") % self._title(cid)

            def chosen(new_id: int) -> None:
                self._select_after = new_id

            self._change(lambda: duplicate_container(library, cid, title), chosen)

    def trash_selected(self) -> None:
        """Ask gently first (keeping it is the default), then move it to the Trash."""
        cid = self._chosen(self.grid)
        if cid is None:
            return
        from containerstudio.ui.kit.calm_dialog import ask

        self.trash_question = ask(
            self,
            self.tr("Move to Trash"),
            self.tr("Move “%s” to the Trash?") % self._title(cid),
            [("trash", self.tr("Move to Trash")), ("keep", self.tr("Keep it here"))],
            lambda key: self._trash(cid) if key == "trash" else None,
            default="keep",
            detail=self.tr(
                "Nothing is lost: you can bring it back from the Trash tab whenever you like."
            ),
        )

    def _trash(self, cid: int) -> None:
        library = self.library
        self._change(
            lambda: move_to_trash(library, cid), lambda _r: self.container_removed.emit(cid)
        )

    def restore_selected(self) -> None:
        cid = self._chosen(self.trash_grid)
        if cid is not None:
            library = self.library
            self._change(lambda: restore_from_trash(library, cid))

    def purge_selected(self) -> None:
        cid = self._chosen(self.trash_grid)
        if cid is None:
            return
        title = self._title(cid)
        from containerstudio.ui.kit.calm_dialog import ask

        ask(
            self,
            self.tr("Remove for good"),
            self.tr("Remove “%s” for good?") % title,
            [("remove", self.tr("Remove for good")), ("keep", self.tr("Keep it in the Trash"))],
            lambda key: self._purge(cid) if key == "remove" else None,
            default="keep",
            detail=self.tr(
                "This removes the container, its versions, notes and slips from Container "
                "Studio's library and from backups made from now on. It cannot be brought "
                "back. Copies on other disks, exported files and backups made earlier are "
                "not reached."
            )
            if not self.library.encrypted
            else self.tr(
                "This removes the container, its versions, notes and slips from Container "
                "Studio's library and destroys its key, so no backup or copy of the "
                "library, made earlier or later, can show it again. It cannot be brought "
                "back. Exported files are not reached."
            ),
        )

    def _purge(self, cid: int) -> None:
        self.purge_button.setEnabled(False)
        library = self.library
        self._change(
            lambda: purge_container(library, cid), lambda _r: self.container_removed.emit(cid)
        )
