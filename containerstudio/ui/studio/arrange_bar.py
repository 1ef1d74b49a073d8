"""Actions on the selected photo, sticker, outline or words, and photo import."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QWidget

from containerstudio.model.paper import INK
from containerstudio.ui.kit.widgets import add_to_toolbar, make_action

if TYPE_CHECKING:
    from types import ModuleType

    from containerstudio.model.commands import Command
    from containerstudio.model.document import ContainerDocument
    from containerstudio.ui.canvas.open_container import OpenContainer


def _sc() -> ModuleType:
    """The selection commands, loaded on first use (the model loads with the library)."""
    from containerstudio.ui.canvas import selection_commands

    return selection_commands


SELECTION_ACTIONS = ("flip_h", "flip_v", "forward", "back", "duplicate", "delete", "recolour")
"""The actions on the bar, shown only while something is selected."""


class ArrangeBar(QToolBar):
    """Flip, arrange, duplicate, delete and recolour the selection (a contextual strip
    above the canvas, shown only while something is selected); the add and paste photo
    actions live here too, shown elsewhere (the canvas strip, the Edit menu)."""

    def __init__(
        self,
        current: Callable[[], OpenContainer | None],
        add_photos: Callable[[], None],
        paste: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(self.tr("Arrange"), parent)
        self.setObjectName("arrange_bar")
        self.setAccessibleName(self.tr("Arrange the selection"))
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._current = current
        a = self.actions_by_name = {
            "add_photos": make_action(
                parent, self.tr("Add photo…"), add_photos, ["Ctrl+Shift+I"], icon="add-photo"
            ),
            "paste": make_action(parent, self.tr("Paste"), paste, ["Ctrl+V"], icon="paste"),
            "flip_h": make_action(
                parent,
                self.tr("Flip across"),
                lambda: self._apply(lambda d, i: _sc().flip(d, i, True)),
                ["Shift+H"],
                icon="flip-across",
            ),
            "flip_v": make_action(
                parent,
                self.tr("Flip up and down"),
                lambda: self._apply(lambda d, i: _sc().flip(d, i, False)),
                ["Shift+V"],
                icon="flip-up-down",
            ),
            "forward": make_action(
                parent,
                self.tr("Bring forward"),
                lambda: self._apply(_sc().bring_forward),
                ["Ctrl+]"],
                icon="bring-forward",
            ),
            "back": make_action(
                parent,
                self.tr("Send back"),
                lambda: self._apply(_sc().send_back),
                ["Ctrl+["],
                icon="send-back",
            ),
            "duplicate": make_action(
                parent, self.tr("Duplicate"), self.duplicate, ["Ctrl+D"], icon="duplicate"
            ),
            "delete": make_action(
                parent, self.tr("Delete"), self.delete, ["Delete", "Backspace"], icon="delete"
            ),
            "recolour": make_action(
                parent,
                self.tr("Colour it"),
                lambda: self._apply(lambda d, i: _sc().recolour(d, i, self._color())),
                ["Shift+C"],
                tip=self.tr("Give the chosen sticker, outline or words the current colour"),
                icon="colour-it",
            ),
        }
        for key in SELECTION_ACTIONS:
            add_to_toolbar(self, a[key])
        self.setVisible(False)  # shown only for a selection

    def follow_selection(self) -> None:
        """Show the arranging actions while something is selected with Move and turn."""
        current = self._current()
        shown = (
            current is not None
            and current.settings.state.tool == "select"
            and current.tools.select.selected() is not None
        )
        if shown != self.isVisible():
            self.setVisible(shown)

    def _color(self) -> str:
        current = self._current()
        return current.settings.state.color if current else INK

    def _selection(self) -> tuple[OpenContainer, str] | None:
        current = self._current()
        if current is None:
            return None
        selected = current.tools.select.selected()
        return (current, selected.id) if selected is not None else None

    def _apply(self, build: Callable[[ContainerDocument, str], Command | None]) -> None:
        found = self._selection()
        if found is None:
            return
        current, element_id = found
        command = build(current.doc, element_id)
        if command is not None:
            current.stack.push(command)
            current.tools.select.select(element_id)

    def duplicate(self) -> None:
        found = self._selection()
        if found is None:
            return
        current, element_id = found
        made = _sc().duplicate(current.doc, element_id)
        if made is not None:
            command, new_id = made
            current.stack.push(command)
            current.tools.select.select(new_id)

    def delete(self) -> None:
        found = self._selection()
        if found is None:
            return
        current, element_id = found
        command = _sc().delete(current.doc, element_id)
        if command is not None:
            current.stack.push(command)
            current.tools.select.select(None)
