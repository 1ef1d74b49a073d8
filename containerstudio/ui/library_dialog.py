"""The library (home screen): every container as a thumbnail, and the Trash.

Moving to the Trash can always be undone from the Trash tab. "Remove for good"
says plainly what it reaches: this library and the backups made from now on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from containerstudio.storage.library import ContainerInfo, Library
from containerstudio.storage.lid import lid_closed
from containerstudio.storage.trash import (
    duplicate_container,
    move_to_trash,
    purge_container,
    restore_from_trash,
)
from containerstudio.ui.background import BackgroundWork
from containerstudio.ui.canvas.scene import PAPER_COLOR

if TYPE_CHECKING:
    from containerstudio.ui.group_print_dialog import GroupPrintDialog

ID_ROLE = Qt.ItemDataRole.UserRole


def _blank_paper() -> QPixmap:
    """The thumbnail of a container with nothing on it yet: a sheet of paper."""
    pixmap = QPixmap(160, 120)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor("#d8d2c4"), 2))
    painter.setBrush(PAPER_COLOR)
    painter.drawRect(1, 1, 158, 118)
    painter.end()
    return pixmap


class LibraryDialog(QDialog):
    """Find, open, rename, duplicate, trash, restore and purge containers."""

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
        self._closed_pictures = None  # pictures of closed containers, made on first need
        self.refresh()

    # -- building ----------------------------------------------------------------------
    def _grid(self, name: str) -> QListWidget:
        grid = QListWidget(self)
        grid.setAccessibleName(name)
        grid.setViewMode(QListView.ViewMode.IconMode)
        grid.setResizeMode(QListView.ResizeMode.Adjust)
        grid.setMovement(QListView.Movement.Static)
        grid.setIconSize(QSize(160, 120))
        grid.setGridSize(QSize(200, 190))
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
        row = QHBoxLayout()
        self.open_button = self._button(self.tr("&Open"), self.open_selected, row)
        self.rename_button = self._button(self.tr("&Rename…"), self.rename_selected, row)
        self.duplicate_button = self._button(self.tr("&Duplicate"), self.duplicate_selected, row)
        self.trash_button = self._button(self.tr("Move to &Trash"), self.trash_selected, row)
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

    # -- showing -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload both grids from the library (newest first)."""
        self._fill(self.grid, self.library.list_containers(search=self.search.text().strip()))
        self._fill(self.trash_grid, self.library.list_containers(deleted=True))
        self._update_buttons()

    def _fill(self, grid: QListWidget, infos: list[ContainerInfo]) -> None:
        grid.clear()
        for info in infos:
            item = QListWidgetItem(f"{info.title}\n{info.updated_at:%d %b %Y, %H:%M}")
            item.setData(ID_ROLE, info.id)
            item.setToolTip(info.title)
            item.setIcon(QIcon(self._thumbnail(info)))
            grid.addItem(item)

    def _thumbnail(self, info: ContainerInfo) -> QPixmap:
        """The container's picture; blank paper when it has none or it cannot be read.
        A closed container shows a picture of it closed, never its inside."""
        if lid_closed(self.library, info.id):
            return self._closed_thumbnail(info)
        pixmap = QPixmap()
        try:
            data = self.library.blob(info.thumbnail_key) if info.thumbnail_key else None
        except (KeyError, ValueError):  # a damaged picture must not hide the library
            data = None
        return pixmap if data and pixmap.loadFromData(data) else _blank_paper()

    def _closed_thumbnail(self, info: ContainerInfo) -> QPixmap:
        from containerstudio.storage.problem import StorageProblem
        from containerstudio.ui.closed_pictures import ClosedPictures

        if self._closed_pictures is None:
            self._closed_pictures = ClosedPictures()
        library, cid = self.library, info.id
        try:
            return self._closed_pictures.picture(
                (cid, info.updated_at), lambda: library.load_working(cid)
            )
        except (StorageProblem, KeyError, ValueError):  # a damaged one must not hide the rest
            return _blank_paper()

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
        from containerstudio.ui.group_print_dialog import GroupPrintDialog  # loads reportlab

        self.group_print = GroupPrintDialog(self.library, self.work, ids, self)
        self.group_print.show()
        return self.group_print

    def rename_selected(self) -> None:
        cid = self._chosen(self.grid)
        if cid is None:
            return
        from containerstudio.ui.calm_dialog import ask_value

        def rename(title: object) -> None:
            if str(title).strip():
                self.library.rename(cid, str(title).strip())
                self.refresh()

        self.rename_dialog = ask_value(
            self,
            self.tr("Rename"),
            self.tr("New title:"),
            self.library.container(cid).title,
            rename,
            confirm=self.tr("Rename"),
        )

    def duplicate_selected(self) -> None:
        cid = self._chosen(self.grid)
        if cid is not None:
            title = self.tr("%s (copy)") % self.library.container(cid).title
            new_id = duplicate_container(self.library, cid, title)
            self.refresh()
            self.select(new_id)

    def trash_selected(self) -> None:
        cid = self._chosen(self.grid)
        if cid is not None:
            move_to_trash(self.library, cid)
            self.container_removed.emit(cid)
            self.refresh()

    def restore_selected(self) -> None:
        cid = self._chosen(self.trash_grid)
        if cid is not None:
            restore_from_trash(self.library, cid)
            self.refresh()

    def purge_selected(self) -> None:
        cid = self._chosen(self.trash_grid)
        if cid is None:
            return
        title = self.library.container(cid).title
        from containerstudio.ui.calm_dialog import ask

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
        self.work.run(
            lambda: purge_container(library, cid),
            lambda _removed: self._on_purge_done(cid),
            lambda _exc: self.refresh(),
            storage=True,
        )

    def _on_purge_done(self, cid: int) -> None:
        self.container_removed.emit(cid)
        self.refresh()
