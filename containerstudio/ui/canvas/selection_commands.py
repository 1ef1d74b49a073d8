"""Commands for the selected element: flip, arrange, delete, duplicate, recolour.

Each returns the command to push (or None when it would change nothing); the
actions that call them live in ui/studio/arrange_bar.py.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from containerstudio.model.commands import (
    AddElement,
    Command,
    MoveElement,
    RemoveElement,
    ReplaceElement,
)
from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import new_id
from containerstudio.model.placed import PlacedElement, StickerElement, TextElement

DUPLICATE_OFFSET = 24.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tools", text)


def flip(doc: ContainerDocument, element_id: str, horizontal: bool) -> Command | None:
    element = doc.get(element_id)
    if not isinstance(element, PlacedElement):
        return None
    if horizontal:
        new = dataclasses.replace(element, flip_h=not element.flip_h)
        return ReplaceElement(new, name=_tr("Flip across"))
    return ReplaceElement(
        dataclasses.replace(element, flip_v=not element.flip_v), name=_tr("Flip up and down")
    )


def bring_forward(doc: ContainerDocument, element_id: str) -> Command | None:
    """Move above the next element of the same part."""
    element = doc.get(element_id)
    order = doc.elements()
    index = doc.index_of(element_id)
    for k in range(index + 1, len(order)):
        if order[k].part == element.part:
            return MoveElement(element_id, k, name=_tr("Bring forward"))
    return None


def send_back(doc: ContainerDocument, element_id: str) -> Command | None:
    """Move below the previous element of the same part."""
    element = doc.get(element_id)
    order = doc.elements()
    index = doc.index_of(element_id)
    for k in range(index - 1, -1, -1):
        if order[k].part == element.part:
            return MoveElement(element_id, k, name=_tr("Send back"))
    return None


def delete(doc: ContainerDocument, element_id: str) -> Command | None:
    return RemoveElement(element_id, name=_tr("Delete")) if element_id in doc else None


def duplicate(doc: ContainerDocument, element_id: str) -> tuple[Command, str] | None:
    """A copy just above and beside the original; returns the command and the new id."""
    element = doc.get(element_id)
    if not isinstance(element, PlacedElement):
        return None
    copy = dataclasses.replace(
        element, id=new_id(), x=element.x + DUPLICATE_OFFSET, y=element.y + DUPLICATE_OFFSET
    )
    index = doc.index_of(element_id) + 1
    return AddElement(copy, name=_tr("Duplicate"), index=index), copy.id


def recolour(doc: ContainerDocument, element_id: str, color: str) -> Command | None:
    """Tint a sticker or template, or change the colour of text."""
    element = doc.get(element_id)
    if isinstance(element, StickerElement):
        return ReplaceElement(dataclasses.replace(element, tint=color), name=_tr("Colour"))
    if isinstance(element, TextElement):
        return ReplaceElement(dataclasses.replace(element, color=color), name=_tr("Colour"))
    return None
