"""The facilitator's view of a group session: each participant's container, from its
own profile or from a portable file they brought, printed together in one PDF.

A protected profile is listed as locked until its passcode is given here; the passcodes
are held only while this dialog is open. Every profile is opened, read, locked and closed
again on a worker, and the facilitator's own profile stays the current one. Printing goes
through Print together (the library's group print), which keeps each closed lid closed on
paper and never receives a slip.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from containerstudio.exchange.group_session import (
    Participant,
    ProfileListing,
    gather_group,
    list_profile,
    list_profiles,
    read_brought_file,
)
from containerstudio.model.parts import view_parts
from containerstudio.storage.library import Library
from containerstudio.storage.portable_write import PortableContainer
from containerstudio.storage.profiles import ProfileBook
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.kit.problem_texts import problem_text
from containerstudio.ui.library.group_print_dialog import GroupPrintDialog

ROLE = Qt.ItemDataRole.UserRole


class GroupSessionDialog(QDialog):
    """Lists every profile's containers (and the files brought); prints those ticked."""

    def __init__(
        self,
        book: ProfileBook,
        library: Library,
        work: BackgroundWork,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.library = library
        self.work = work
        self.passcodes: dict[str, str] = {}
        self.print_dialog: GroupPrintDialog | None = None
        self.setWindowTitle(self.tr("Group session"))
        self.setAccessibleName(self.tr("Group session"))
        intro = QLabel(
            self.tr(
                "Tick each participant's container to print them together. A closed lid "
                "stays closed on paper, and slips never go on paper."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Participants' containers"))
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.list.itemChanged.connect(lambda _item: self._update())
        passcode_row = QHBoxLayout()
        self.passcode_field = QLineEdit(self)
        self.passcode_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.passcode_field.setPlaceholderText(self.tr("Passcode of the chosen profile"))
        self.passcode_field.setAccessibleName(self.tr("Passcode of the chosen profile"))
        self.passcode_field.returnPressed.connect(self.open_chosen)
        self.open_button = QPushButton(self.tr("&Open with its passcode"), self)
        self.open_button.setAccessibleName(self.tr("Open with its passcode"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda _c=False: self.open_chosen())
        passcode_row.addWidget(self.passcode_field, 1)
        passcode_row.addWidget(self.open_button)
        self.file_button = QPushButton(self.tr("Add a &portable file…"), self)
        self.file_button.setAccessibleName(self.tr("Add a portable file"))
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(lambda _c=False: self._choose_file())
        self.show_insides = QCheckBox(self.tr("Show what open containers hold"), self)
        self.show_insides.setAccessibleName(self.tr("Show what open containers hold"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Status"))
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print &together…"), self)
        self.print_button.setAccessibleName(self.tr("Print together"))
        self.print_button.clicked.connect(lambda _c=False: self.print_together())
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(lambda _c=False: self.reject())
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(passcode_row)
        layout.addWidget(self.show_insides)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self._update()
        self.refresh()

    # -- the list -------------------------------------------------------------------
    def refresh(self) -> None:
        """List every profile on a worker (protected ones as locked)."""
        book, passcodes = self.book, dict(self.passcodes)
        self.status.setText(self.tr("Gathering the profiles…"))
        self.work.run(
            lambda: list_profiles(book, passcodes),
            self._show_listings,
            self._on_listing_failed,
            storage=True,
        )

    def _show_listings(self, listings: list[ProfileListing]) -> None:
        files = [self.list.item(i) for i in range(self.list.count())]
        brought = [item.data(ROLE) for item in files if item.data(ROLE)[0] == "file"]
        ticked = {item.data(ROLE) for item in files if item.checkState() == Qt.CheckState.Checked}
        self.list.clear()
        for listing in listings:
            self._add_listing(listing, ticked)
        for key in brought:
            self._add_row(key[2], key, key in ticked)
        self.status.setText("")
        self._update()

    def _add_listing(self, listing: ProfileListing, ticked: Collection[object] = ()) -> None:
        name = listing.name or self.tr("This computer's first profile")
        if listing.locked:
            item = QListWidgetItem(self.tr("%s: locked: open with its passcode") % name)
            item.setData(ROLE, ("locked", listing.profile_id, name))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
            return
        for container_id, title in listing.containers:
            key = ("profile", listing.profile_id, name, container_id)
            self._add_row(f"{name}: {title}", key, key in ticked)

    def _add_row(self, text: str, key: tuple[object, ...], checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(ROLE, key)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def _on_listing_failed(self, exc: BaseException) -> None:
        self.status.setText(
            self.tr("The profiles could not be gathered this time; nothing was changed.")
        )

    def rows(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def ticked(self) -> list[QListWidgetItem]:
        return [item for item in self.rows() if item.checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        current = self.list.currentItem()
        locked = current is not None and current.data(ROLE)[0] == "locked"
        self.passcode_field.setEnabled(locked)
        self.open_button.setEnabled(locked)
        self.print_button.setEnabled(bool(self.ticked()))

    # -- a protected profile ------------------------------------------------------------
    def open_chosen(self) -> None:
        """Try the passcode typed for the chosen locked profile (on a worker)."""
        current = self.list.currentItem()
        passcode = self.passcode_field.text()
        if current is None or current.data(ROLE)[0] != "locked" or not passcode:
            return
        profile_id = current.data(ROLE)[1]
        self.passcode_field.clear()
        book = self.book
        self.status.setText(self.tr("Opening…"))
        self.work.run(
            lambda: list_profile(book, profile_id, passcode),
            lambda listing: self._on_opened(listing, current, passcode),
            self._on_listing_failed,
            storage=True,
        )

    def _on_opened(self, listing: ProfileListing, item: QListWidgetItem, passcode: str) -> None:
        if listing.locked:
            self.status.setText(
                self.tr("That passcode did not open this profile. You may try again.")
            )
            return
        self.passcodes[listing.profile_id] = passcode
        row = self.list.row(item)
        if row >= 0:
            self.list.takeItem(row)
        self._add_listing(listing)
        self.status.setText(self.tr("The profile is open for this group session."))
        self._update()

    # -- a file someone brought ---------------------------------------------------------
    def _choose_file(self) -> None:
        from containerstudio.ui.kit.file_dialogs import choose_files_to_open

        self.file_dialog = choose_files_to_open(
            self,
            self.tr("Add a portable file"),
            Path.home(),
            self.tr("Portable files (*.csportable);;All files (*)"),
            self._add_files,
        )

    def _add_files(self, paths: list[str]) -> None:
        for path in paths:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        """Check a brought file completely on a worker, then list it (ticked)."""
        self.status.setText(self.tr("Checking the file…"))
        self.work.run(
            lambda: read_brought_file(path),
            lambda container: self._on_file_read(path, container),
            self._on_file_refused,
        )

    def _on_file_read(self, path: Path, container: PortableContainer) -> None:
        text = self.tr("Brought along: %s") % (container.title or path.name)
        self._add_row(text, ("file", str(path), text), True)
        self.status.setText("")
        self._update()

    def _on_file_refused(self, exc: BaseException) -> None:
        from containerstudio.exchange.problem import ExchangeProblem

        if isinstance(exc, ExchangeProblem):
            self.status.setText(problem_text(exc))
        else:
            self.status.setText(self.tr("That file could not be read; nothing was changed."))

    # -- printing ---------------------------------------------------------------------
    def participants(self) -> list[Participant]:
        """The ticked rows, in the list's order."""
        found = []
        for item in self.ticked():
            key = item.data(ROLE)
            if key[0] == "file":
                found.append(Participant(Path(key[1]).stem, path=Path(key[1])))
            elif key[0] == "profile":
                found.append(Participant(key[2], key[1], key[3]))
        return found

    def print_together(self) -> GroupPrintDialog | None:
        """Open Print together for the ticked containers (gathered when printing)."""
        people = self.participants()
        if not people:
            return None
        book, passcodes = self.book, dict(self.passcodes)
        show = self.show_insides.isChecked()
        count = len(people)
        about = (
            self.tr("One participant's container is chosen.")
            if count == 1
            else self.tr("%d participants' containers are chosen.") % count
        ) + " "
        about += (
            self.tr("Closed lids stay closed; open containers show what they hold.")
            if show
            else self.tr("Only the outside of each goes on paper.")
        )
        dialog = GroupPrintDialog(
            self.library,
            self.work,
            list(range(count)),
            self,
            gather=lambda progress: gather_group(
                book, people, passcodes, show_open_insides=show, progress=progress
            ),
            about_text=about,
            captions_text=self.tr("Print each person's name underneath"),
            parts=view_parts("open") if show else None,
        )
        self.print_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def done(self, result: int) -> None:
        self.passcodes.clear()  # held only while the facilitator's view is open
        super().done(result)
