"""Parts of the container: which one new work goes to, and which are shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget
from shiboken6 import isValid

from containerstudio.model.parts import (
    CLOSED_PARTS,
    INSIDE,
    LID,
    OPEN_PARTS,
    OUTSIDE,
    PART_LABELS,
    PARTS,
)
from containerstudio.ui.canvas.tool_settings import ToolSettings
from containerstudio.ui.kit.widgets import add_to_toolbar, make_action

if TYPE_CHECKING:
    from containerstudio.ui.canvas.scene import CanvasScene


PART_ICONS = {OUTSIDE: "part-outside", INSIDE: "part-inside", LID: "part-lid"}
"""Each part's picture (a name of the icon set)."""


def part_labels() -> dict[str, str]:
    """Each part's translated name."""
    return {part: QCoreApplication.translate("Parts", PART_LABELS[part]) for part in PARTS}


class PartsBar(QToolBar):
    """A small tool bar: "Working on" choice, a toggle per part, closed/open views."""

    def __init__(self, settings: ToolSettings, parent: QWidget) -> None:
        super().__init__(self.tr("Parts"), parent)
        self.setObjectName("parts_bar")
        self.setAccessibleName(self.tr("Parts of the container"))
        self.settings = settings
        self.scene: CanvasScene | None = None
        labels = part_labels()
        label = QLabel(self.tr("Working on:"), self)
        self.addWidget(label)
        self.active_choice = QComboBox(self)
        self.active_choice.setAccessibleName(self.tr("Part you are working on"))
        for part in PARTS:
            self.active_choice.addItem(labels[part], part)
        label.setBuddy(self.active_choice)
        self.active_choice.currentIndexChanged.connect(self._on_active_choice_changed)
        self.addWidget(self.active_choice)
        self.addSeparator()
        self.visible_actions = {}
        for part in PARTS:
            action = make_action(
                parent,
                self.tr("Show %s") % labels[part],
                lambda on, p=part: self._on_visible_toggled(p, on),
                checkable=True,
                icon=PART_ICONS[part],
            )
            action.setChecked(True)
            action.setText(labels[part])
            add_to_toolbar(self, action).setAccessibleName(self.tr("Show %s") % labels[part])
            self.visible_actions[part] = action
        self.addSeparator()
        self.closed_action = make_action(
            parent, self.tr("Show closed"), self.show_closed, icon="show-closed"
        )
        self.open_action = make_action(
            parent, self.tr("Show open"), self.show_open, icon="show-open"
        )
        add_to_toolbar(self, self.closed_action)
        add_to_toolbar(self, self.open_action)
        settings.changed.connect(self._on_settings_changed)
        self._on_settings_changed()

    def set_scene(self, scene: CanvasScene) -> None:
        if self.scene is not None and self.scene is not scene and isValid(self.scene):
            self.scene.sealed_changed.disconnect(self._on_scene_sealed_changed)
        self.scene = scene
        scene.sealed_changed.connect(self._on_scene_sealed_changed)
        for part, action in self.visible_actions.items():
            scene.set_part_visible(part, action.isChecked())
        self._on_scene_sealed_changed(scene.sealed)

    def _on_scene_sealed_changed(self, sealed: bool) -> None:
        """While the lid is closed the inside cannot be shown or worked on from here;
        only Session → Open the lid… opens it."""
        self.visible_actions[INSIDE].setEnabled(not sealed)
        self.open_action.setEnabled(not sealed)
        model = self.active_choice.model()
        assert isinstance(model, QStandardItemModel)  # a QComboBox's own model
        item = model.item(self.active_choice.findData(INSIDE))
        if item is not None:
            item.setEnabled(not sealed)
        if sealed and self.settings.state.part == INSIDE:
            self.settings.set_part(OUTSIDE)

    def set_visible_parts(self, shown: set[str]) -> None:
        for part, action in self.visible_actions.items():
            action.setChecked(part in shown)  # toggled → scene

    def show_closed(self) -> None:
        self.set_visible_parts(set(CLOSED_PARTS))

    def show_open(self) -> None:
        self.set_visible_parts(set(OPEN_PARTS))

    def _on_visible_toggled(self, part: str, on: bool) -> None:
        if self.scene is not None:
            self.scene.set_part_visible(part, on)

    def _on_active_choice_changed(self, index: int) -> None:
        part = self.active_choice.itemData(index)
        self.visible_actions[part].setChecked(True)  # work goes where it can be seen
        self.settings.set_part(part)

    def _on_settings_changed(self) -> None:
        index = self.active_choice.findData(self.settings.state.part)
        if index != self.active_choice.currentIndex():
            self.active_choice.blockSignals(True)
            self.active_choice.setCurrentIndex(index)
            self.active_choice.blockSignals(False)
