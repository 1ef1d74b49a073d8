"""Wires versions, the timeline and the library into the window.

The shell builds one VersionsFeature with the window's services and calls
`container_opened` whenever it opens a container; everything else lives here and in
the widgets it builds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from containerstudio.ui.kit.icons import icon
from containerstudio.ui.kit.widgets import add_to_toolbar, key_tip, make_action
from containerstudio.ui.versions.dock import VersionsDock

if TYPE_CHECKING:
    from containerstudio.ui.canvas.open_container import OpenContainer
    from containerstudio.ui.library.dialog import LibraryDialog
    from containerstudio.ui.services import WindowServices
    from containerstudio.ui.versions.dialogs import SaveVersionDialog

# The dialogs load when first opened, so that starting the app does not pay for them
# (see benchmarks/startup.py).


class VersionsFeature(QObject):
    """Save version (Ctrl+S), the Versions timeline (Ctrl+Shift+V) and the Library (Ctrl+L)."""

    def __init__(self, services: WindowServices) -> None:
        window = services.window
        super().__init__(window)
        self.services = services
        self.dock = VersionsDock(window)
        # Its own strip along the bottom (a tab of the tray under the canvas), never a
        # third panel in the guide's column.
        services.add_dock(self.dock, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.dock.hide()
        self.save_version_action = make_action(
            window,
            self.tr("Save &version…"),
            self.ask_and_save_version,
            ["Ctrl+S"],
            icon="save-version",
        )
        self.versions_action: QAction = self.dock.toggleViewAction()
        self.versions_action.setText(self.tr("&Versions"))
        self.versions_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.versions_action.setIcon(icon("versions"))
        self.versions_action.setToolTip(key_tip(self.versions_action))
        self.library_action = make_action(
            window, self.tr("&Library…"), self.show_library, ["Ctrl+L"], icon="library"
        )
        self.versions_action.toggled.connect(self._on_versions_toggled)
        bar = services.toolbar("main")
        bar.addSeparator()
        for action in (self.library_action, self.save_version_action):
            add_to_toolbar(bar, action)
        self.library_dialog: LibraryDialog | None = None

    def _on_versions_toggled(self, on: bool) -> None:
        if on:  # in front of the tray's other tabs, once shown
            QTimer.singleShot(0, self.dock, self.dock.raise_)

    def container_opened(self, container: OpenContainer) -> None:
        self.dock.lid_closed = self.services.guide.lid_closed  # the guide keeps it in memory
        self.dock.set_container(container)

    # -- versions -------------------------------------------------------------------------
    def ask_and_save_version(self) -> SaveVersionDialog | None:
        """Ask for an optional name and note, then keep a version in the background."""
        container = self.services.current
        if container is None:
            return None
        from containerstudio.ui.versions.dialogs import SaveVersionDialog

        dialog = SaveVersionDialog(self.services.window)
        dialog.accepted.connect(lambda: self._keep_version(container, dialog.name(), dialog.note()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _keep_version(self, container: OpenContainer, name: str | None, note: str | None) -> None:
        def done(_version_id: int) -> None:
            self.services.notify(self.tr("Version kept."), 6000)

        container.save_version(name=name, note=note, on_done=done)

    # -- library --------------------------------------------------------------------------
    def show_library(self) -> LibraryDialog:
        """Open the library (home screen) as a window-modal dialog."""
        if self.library_dialog is None:
            from containerstudio.ui.library.dialog import LibraryDialog

            services = self.services
            self.library_dialog = LibraryDialog(services.library, services.work, services.window)
            self.library_dialog.open_requested.connect(self._on_library_open_requested)
            self.library_dialog.container_removed.connect(self._on_library_container_removed)
        current = self.services.current
        self.library_dialog.set_open_container(current.container_id if current else None)
        self.library_dialog.refresh()
        self.library_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.library_dialog.show()
        return self.library_dialog

    def _on_library_open_requested(self, container_id: int) -> None:
        current = self.services.current
        if current is None or current.container_id != container_id:
            self.services.request_container(container_id)

    def _on_library_container_removed(self, container_id: int) -> None:
        current = self.services.current
        if current is not None and current.container_id == container_id:
            self.services.request_initial_container()

    def close_dialogs(self) -> None:
        """Close the library and any version viewers (the window is closing)."""
        for dialog in self.services.window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.close()
