"""The open container's title at the head of the window: a click renames it.

The title is the person's words: it shows here, inside the window, as plain text, and
never in the window's title or a log. It is read and written on the storage lane.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from containerstudio.ui.library.naming import ask_new_title

if TYPE_CHECKING:
    from containerstudio.ui.canvas.open_container import OpenContainer
    from containerstudio.ui.kit.calm_dialog import AskValueDialog
    from containerstudio.ui.services import WindowServices

MAX_SHOWN_CHARS = 32
"""A longer title is shortened with "…" (the whole title is in the tooltip)."""


class TitleButton(QToolButton):
    """Shows the open container's title; clicking asks for a new one."""

    def __init__(self, services: WindowServices, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("container_title")
        self.services = services
        self.title = ""
        self.container_id: int | None = None
        self.rename_dialog: AskValueDialog | None = None
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setEnabled(False)  # until a container is open
        self.clicked.connect(self.ask_rename)
        self._show("")
        services.container_opened.connect(self._on_container_opened)

    def _show(self, title: str) -> None:
        self.title = title
        shown = title if len(title) <= MAX_SHOWN_CHARS else title[: MAX_SHOWN_CHARS - 1] + "…"
        self.setText(shown.replace("&", "&&") or self.tr("Container"))
        self.setToolTip(self.tr("%s\nClick to rename") % title if title else "")
        self.setAccessibleName(self.tr("Container title, click to rename"))
        self.setAccessibleDescription(title)

    def _on_container_opened(self, container: OpenContainer) -> None:
        self.container_id = cid = container.container_id
        self.setEnabled(True)
        self.refresh(cid)

    def refresh(self, container_id: int | None = None) -> None:
        """Read the open container's title again (after a rename in the library)."""
        cid = self.container_id if container_id is None else container_id
        if cid is None or not self.services.library_is_ready:
            return
        library = self.services.library

        def done(title: str) -> None:
            if cid == self.container_id:
                self._show(title)

        self.services.work.run(lambda: library.container(cid).title, done, storage=True)

    def ask_rename(self) -> None:
        cid = self.container_id
        if cid is None:
            return
        library = self.services.library

        def rename(title: str) -> None:
            self._show(title)
            self.services.work.run(lambda: library.rename(cid, title), storage=True)

        self.rename_dialog = ask_new_title(self.services.window, self.title, rename)
