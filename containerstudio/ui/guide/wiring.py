"""Puts the guide into the main window: the step panel dock and the safety controls."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from containerstudio.flow import load_packs, shipped_prompts_dir
from containerstudio.storage.guided import GuidedStore
from containerstudio.storage.library import Library
from containerstudio.ui.guide.controller import GuideController
from containerstudio.ui.guide.safety import SafetyControls
from containerstudio.ui.guide.step_panel import StepPanel


@dataclass
class Guide:
    controller: GuideController
    safety: SafetyControls
    dock: QDockWidget
    panel: StepPanel


def own_packs_dir(library: Library) -> Path | None:
    """Therapists' own prompt packs live in <data folder>/prompts."""
    return library.db.path.parent / "prompts" if library.db.path else None


def install_guide(window: QMainWindow, library: Library) -> Guide:
    folders = [shipped_prompts_dir()]
    own = own_packs_dir(library)
    if own is not None:
        folders.append(own)
    packs = load_packs(folders)
    panel = StepPanel()
    controller = GuideController(library, GuidedStore(library.db, library.codec), packs, panel)
    dock = QDockWidget(window.tr("Guide"), window)
    dock.setObjectName("guide_dock")
    dock.setAccessibleName(window.tr("Guide"))
    dock.setWidget(panel)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    safety = SafetyControls(window, controller)
    return Guide(controller, safety, dock, panel)
