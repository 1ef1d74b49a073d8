"""The container document: elements, commands and undo. Qt-free."""

from containerstudio.model.commands import (
    AddElement,
    Command,
    CompoundCommand,
    RemoveElement,
    ReplaceElement,
)
from containerstudio.model.document import ContainerDocument, DocumentListener
from containerstudio.model.elements import PARTS, Element, Stroke, new_id
from containerstudio.model.placed import ImageElement, PlacedElement, StickerElement, TextElement
from containerstudio.model.shapes import FillElement, ShapeElement
from containerstudio.model.undo import UndoStack

__all__ = [
    "PARTS",
    "AddElement",
    "Command",
    "CompoundCommand",
    "ContainerDocument",
    "DocumentListener",
    "Element",
    "FillElement",
    "ImageElement",
    "PlacedElement",
    "RemoveElement",
    "ReplaceElement",
    "ShapeElement",
    "StickerElement",
    "Stroke",
    "TextElement",
    "UndoStack",
    "new_id",
]
