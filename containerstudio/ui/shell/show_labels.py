"""View → Show labels: words under the icons of the tool bars and the tool rail.

Off by default (icons alone, each with its name and key in the tooltip); the choice is
kept in the library's settings, read and written on the storage lane. The safety
controls always keep their words beside their icons: a distressed person must find
them by name. With labels the header is wider, so the safety controls take a row of their
own: no button ever hides behind the "more" arrow.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from containerstudio.ui.kit.widgets import make_action
from containerstudio.ui.studio.parts_bar import PartsBar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QToolBar

    from containerstudio.storage.library import Library
    from containerstudio.ui.services import WindowServices
    from containerstudio.ui.studio.tool_panel import ToolPanel

SHOW_LABELS_KEY = "view.show_labels"
ICON_BARS = ("main", "photos")
"""The named tool bars whose buttons are icons alone unless labels are shown. (The
arranging strip floats over the canvas and keeps to icons, each named in its tooltip;
the parts control always has its words.)"""
OWN_ROW_WITH_LABELS = ("safety",)
"""The named tool bars that start a row of their own while labels are shown."""


class ShowLabels(QObject):
    """The Show labels setting and the tool bars it changes."""

    def __init__(
        self, services: WindowServices, tool_panel: ToolPanel, window: QMainWindow
    ) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.tool_panel = tool_panel
        self.bars: Sequence[QToolBar] = [services.toolbar(name) for name in ICON_BARS]
        self.action = make_action(
            services.window,
            self.tr("Show &labels"),
            self._on_toggled,
            checkable=True,
            tip=self.tr("Words under the icons of the tool bars"),
            icon="show-labels",
        )
        menu = services.menu("view")
        menu.addSeparator()
        menu.addAction(self.action)
        self._chosen_here = False  # a choice made before the kept one is read wins
        self.apply(False)
        services.library_ready.connect(self._read)

    @property
    def shown(self) -> bool:
        return self.action.isChecked()

    def apply(self, on: bool) -> None:
        """Show the words under the icons (`on`) or the icons alone."""
        style = Qt.ToolButtonStyle
        for bar in self.bars:
            bar.setToolButtonStyle(
                style.ToolButtonTextUnderIcon if on else style.ToolButtonIconOnly
            )
        self.tool_panel.set_show_labels(on)
        parts = self.services.toolbar("parts")
        if isinstance(parts, PartsBar):  # its words take the room of "Working on:"
            parts.set_compact(on)
        for name in OWN_ROW_WITH_LABELS:
            bar = self.services.toolbar(name)
            if on:
                self.window.insertToolBarBreak(bar)
            else:
                self.window.removeToolBarBreak(bar)

    def _on_toggled(self, on: bool) -> None:
        self._chosen_here = True
        self.apply(on)
        if self.services.library_is_ready:
            library, value = self.services.library, "1" if on else "0"
            self.services.work.run(
                lambda: library.set_setting(SHOW_LABELS_KEY, value), storage=True
            )

    def _read(self, library: Library) -> None:
        def done(value: str | None) -> None:
            on = value == "1"
            if not self._chosen_here and on != self.action.isChecked():
                self.action.blockSignals(True)
                self.action.setChecked(on)
                self.action.blockSignals(False)
                self.apply(on)

        self.services.work.run(lambda: library.setting(SHOW_LABELS_KEY), done, storage=True)
