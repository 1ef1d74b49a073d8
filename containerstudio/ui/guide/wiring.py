"""Puts the guide into the main window: the step panel dock and the safety controls.

The dock and the safety controls are built with the window, before the library is
open, so Ground me and Hide now work from the first frame; the controller (sessions,
packs, storage) joins once the library is ready (`Guide.attach`). `Guide` answers what
other features ask the guide (`GuideFacts` in `ui/services.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDockWidget

from containerstudio.ui.guide.lid_views import ClosedLidMark
from containerstudio.ui.guide.read_aloud import ReadAloud
from containerstudio.ui.guide.step_panel import StepPanel
from containerstudio.ui.safety.controls import SafetyControls

if TYPE_CHECKING:
    from containerstudio.flow import PackLoadResult, PromptPack
    from containerstudio.model.slips import Slip
    from containerstudio.storage.library import Library
    from containerstudio.ui.canvas.tool_settings import ToolSettings
    from containerstudio.ui.guide.controller import GuideController
    from containerstudio.ui.kit.background import BackgroundWork
    from containerstudio.ui.services import WindowServices


@dataclass
class Guide:
    safety: SafetyControls
    dock: QDockWidget
    panel: StepPanel
    closed_mark: ClosedLidMark
    controller: GuideController | None = field(default=None)
    read_aloud: ReadAloud | None = field(default=None)

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

    # -- what other features ask the guide (GuideFacts) ------------------------------------
    def lid_closed(self) -> bool:
        """True while the open container's lid is closed (the guide keeps it in memory)."""
        return self.controller is not None and self.controller.lid_closed()

    def packs(self) -> list[PromptPack]:
        """The prompt packs that loaded (none before the library is open)."""
        return list(self.controller.packs.packs) if self.controller is not None else []

    def use_packs(self, packs: PackLoadResult) -> None:
        """Packs read again (the pack editor saved one): the overview offers them."""
        if self.controller is None:
            return
        self.controller.packs = packs
        if self.controller.session is None:
            self.controller.show_overview()

    def slip_words(self) -> list[str]:
        """The open container's slips' words, as the guide holds them."""
        if self.controller is None:
            return []
        return [s.text for s in self.controller.state.slips if s.text and s.text.strip()]

    def slips(self) -> list[Slip]:
        """The open container's slips, as the guide holds them (the canvas tells them)."""
        return list(self.controller.state.slips) if self.controller is not None else []

    def pause_session(self) -> bool:
        """Rest the session clock; True when a session was running."""
        return self.controller is not None and self.controller.pause()

    def resume_session(self) -> None:
        if self.controller is not None:
            self.controller.resume()

    def offer_first(self, pack_id: str, with_pack_length: bool) -> None:
        """The opening screen offers `pack_id` first, with its session length or none."""
        self.panel.prefer(pack_id, with_pack_length)

    def offer_length(self, minutes: int) -> None:
        """The opening screen offers `minutes` (0: no set length)."""
        self.panel.prefer_minutes(minutes)


class PartFollower(QObject):
    """Turns the canvas to the part a step is about (the lid on "Lid, lock and key"), and
    back to where the person was working once a step about no part comes."""

    def __init__(self, settings: ToolSettings, parent: QObject) -> None:
        super().__init__(parent)
        self.settings = settings
        self.before: str | None = None  # the person's own part, while a step turns it

    def follow(self, part: str | None) -> None:
        if part is not None:
            if self.before is None:
                self.before = self.settings.state.part
            self.settings.set_part(part)
        elif self.before is not None:
            self.settings.set_part(self.before)
            self.before = None


def install_guide(services: WindowServices) -> Guide:
    """The guide dock (empty until `attach`), the always-there controls and the mark
    that says the lid is closed. A step's "You might use" suggestions leave through
    `panel.tool_suggested` and `panel.panel_suggested` (the shell connects the latter
    to the studio, which owns those panels)."""
    tr = QCoreApplication.translate
    window = services.window
    panel = StepPanel()
    dock = QDockWidget(tr("Guide", "Guide"), window)
    dock.setObjectName("guide_dock")
    dock.setAccessibleName(tr("Guide", "Guide"))
    dock.setWidget(panel)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
    services.add_dock(dock)
    safety = SafetyControls(services)
    panel.tool_suggested.connect(services.tool_settings.set_tool)
    panel.part_shown.connect(PartFollower(services.tool_settings, panel).follow)
    mark = ClosedLidMark(window)  # shown for as long as the lid is closed
    services.add_status_widget(mark)
    guide = Guide(safety, dock, panel, mark)
    guide.read_aloud = ReadAloud(services, panel)
    safety.covered.connect(guide.read_aloud.stop)  # Hide now and Pause silence it at once
    return guide
