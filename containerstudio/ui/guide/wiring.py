"""Puts the guide into the main window: the step panel dock and the safety controls.

The dock and the safety controls are built with the window, before the library is
open, so Ground me and Hide now work from the first frame; the controller (sessions,
packs, storage) joins once the library is ready (`Guide.attach`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from containerstudio.ui.guide.lid_views import ClosedLidMark
from containerstudio.ui.guide.step_panel import StepPanel
from containerstudio.ui.safety.controls import SafetyControls

if TYPE_CHECKING:
    from containerstudio.flow import PackLoadResult
    from containerstudio.storage.library import Library
    from containerstudio.ui.guide.controller import GuideController
    from containerstudio.ui.kit.background import BackgroundWork


@dataclass
class Guide:
    safety: SafetyControls
    dock: QDockWidget
    panel: StepPanel
    closed_mark: ClosedLidMark
    controller: GuideController | None = field(default=None)

    def attach(
        self, library: Library, packs: PackLoadResult, work: BackgroundWork
    ) -> GuideController:
        """Start following sessions in `library` with the loaded `packs`; the guide's
        storage calls run on `work`'s storage lane."""
        from containerstudio.storage.guided import GuidedStore
        from containerstudio.ui.guide.controller import GuideController

        store = GuidedStore(library.db, library.codec)
        safety = self.safety
        self.controller = GuideController(
            library, store, packs, self.panel, work, reduced_motion=lambda: safety.reduced_motion
        )
        self.controller.lid_changed.connect(self.closed_mark.setVisible)
        self.safety.attach(self.controller)
        return self.controller


def install_guide(window: QMainWindow) -> Guide:
    """The guide dock (empty until `attach`), the always-there controls and the mark
    that says the lid is closed."""
    panel = StepPanel()
    dock = QDockWidget(window.tr("Guide"), window)
    dock.setObjectName("guide_dock")
    dock.setAccessibleName(window.tr("Guide"))
    dock.setWidget(panel)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    safety = SafetyControls(window)
    panel.tool_suggested.connect(window.tool_settings.set_tool)
    panel.panel_suggested.connect(lambda name: show_suggested_panel(window, name))
    mark = ClosedLidMark(window)  # shown for as long as the lid is closed
    window.statusBar().addPermanentWidget(mark)
    return Guide(safety, dock, panel, mark)


def show_suggested_panel(window: QMainWindow, name: str) -> None:
    """Show what a step's "You might use" name points to: the container shapes or the
    stickers (their dock, on that tab), or the photo picker."""
    studio = window.studio  # built after the guide; a suggestion comes later
    if name == "photos":
        studio.arrange.actions_by_name["add_photos"].trigger()
        return
    dock = studio.artwork
    dock.show()
    dock.raise_()
    page = dock.templates if name == "templates" else dock.stickers
    dock.tabs.setCurrentWidget(page)
    page.setFocus()
