"""Parts of the container as one control: which part new work goes to, with its picture,
and what the canvas shows (closed, open, or each part on its own), explained in words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QToolButton, QWidget
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
from containerstudio.ui.kit.icons import icon
from containerstudio.ui.kit.widgets import add_to_toolbar, make_action

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from containerstudio.ui.canvas.scene import CanvasScene


PART_ICONS = {OUTSIDE: "part-outside", INSIDE: "part-inside", LID: "part-lid"}
"""Each part's picture (a name of the icon set)."""
PART_KEYS = {OUTSIDE: "Alt+1", INSIDE: "Alt+2", LID: "Alt+3"}


def part_labels() -> dict[str, str]:
    """Each part's translated name."""
    return {part: QCoreApplication.translate("Parts", PART_LABELS[part]) for part in PARTS}


class PartsBar(QToolBar):
    """ "Working on": a picture button per part (one chosen); "What you see": closed, open
    or each part, in a small menu whose entries say what they show."""

    def __init__(self, settings: ToolSettings, parent: QWidget) -> None:
        super().__init__(self.tr("Parts"), parent)
        self.setObjectName("parts_bar")
        self.setAccessibleName(self.tr("Parts of the container"))
        self.setMovable(False)
        self.setIconSize(QSize(20, 20))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.settings = settings
        self.scene: CanvasScene | None = None
        labels = part_labels()
        label = self.working_on = QLabel(self.tr("Working on:"), self)
        self.working_on_action = self.addWidget(label)
        group = QActionGroup(self)
        group.setExclusive(True)
        self.part_actions: dict[str, QAction] = {}
        self.part_buttons: dict[str, QToolButton] = {}
        for part in PARTS:
            action = make_action(
                parent,
                labels[part],
                lambda _on=False, p=part: self._choose(p),
                [PART_KEYS[part]],
                tip=self.tr("New work goes on the %s") % labels[part].lower(),
                icon=PART_ICONS[part],
            )
            action.setCheckable(True)
            group.addAction(action)
            button = add_to_toolbar(self, action)
            button.setAccessibleName(self.tr("Work on the %s") % labels[part].lower())
            assert isinstance(button, QToolButton)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.part_actions[part] = action
            self.part_buttons[part] = button
        label.setBuddy(self.part_buttons[OUTSIDE])
        self.addSeparator()
        self.closed_action = make_action(
            parent,
            self.tr("Show closed"),
            self.show_closed,
            tip=self.tr("The outside with the lid on, as the container looks shut"),
            icon="show-closed",
        )
        self.open_action = make_action(
            parent,
            self.tr("Show open"),
            self.show_open,
            tip=self.tr("The outside and what it holds, the lid set aside"),
            icon="show-open",
        )
        self.visible_actions: dict[str, QAction] = {}
        menu = QMenu(self.tr("What you see"), self)
        menu.setAccessibleName(self.tr("What you see"))
        menu.setToolTipsVisible(True)
        menu.addAction(self.closed_action)
        menu.addAction(self.open_action)
        menu.addSeparator()
        for part in PARTS:
            action = make_action(
                parent,
                self.tr("Show %s") % labels[part],
                lambda on, p=part: self._on_visible_toggled(p, on),
                checkable=True,
                tip=self.tr("Show or hide the %s on the canvas") % labels[part].lower(),
                icon=PART_ICONS[part],
            )
            action.setChecked(True)
            menu.addAction(action)
            self.visible_actions[part] = action
        self.view_menu = menu
        self.view_button = QToolButton(self)
        self.view_button.setObjectName("parts_view")
        self.view_button.setText(self.tr("What you see"))
        self.view_button.setIcon(icon("show-open"))
        self.view_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.view_button.setAccessibleName(self.tr("What you see"))
        self.view_button.setToolTip(
            self.tr("What you see: the container closed, open, or one part at a time")
        )
        self.view_button.setMenu(menu)
        self.view_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.view_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.addWidget(self.view_button)
        settings.changed.connect(self._on_settings_changed)
        self._on_settings_changed()

    def set_compact(self, on: bool) -> None:
        """Without the "Working on:" words (the buttons still name their part)."""
        self.working_on_action.setVisible(not on)

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
        self.part_actions[INSIDE].setEnabled(not sealed)
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

    def _choose(self, part: str) -> None:
        """Work on `part` (it is shown, so the work can be seen)."""
        if not self.part_actions[part].isEnabled():
            return
        self.visible_actions[part].setChecked(True)
        self.settings.set_part(part)

    def _on_settings_changed(self) -> None:
        if self.scene is not None and self.scene.sealed and self.settings.state.part == INSIDE:
            # A step about the inside (Slips inside, gone Back to) cannot turn the canvas
            # to it while the lid is closed: what was drawn there would not be seen.
            self.settings.set_part(OUTSIDE)
            return
        action = self.part_actions.get(self.settings.state.part)
        if action is not None and not action.isChecked():
            action.setChecked(True)
