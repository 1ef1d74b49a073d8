"""The container document: elements, commands and undo. Qt-free.

The names below load with their module on first use (PEP 562), so importing one small
part (e.g. `model.slips` for the guide panel) does not load the whole model while the
window is being built; `from containerstudio.model import X` works as usual.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from containerstudio.model.commands import (
        AddElement,
        Command,
        CompoundCommand,
        RemoveElement,
        ReplaceElement,
    )
    from containerstudio.model.document import ContainerDocument
    from containerstudio.model.elements import Element, Stroke, new_id
    from containerstudio.model.parts import PARTS
    from containerstudio.model.placed import (
        ImageElement,
        PlacedElement,
        StickerElement,
        TextElement,
    )
    from containerstudio.model.shapes import FillElement, ShapeElement
    from containerstudio.model.undo import UndoStack

_HOMES = {
    "commands": ("AddElement", "Command", "CompoundCommand", "RemoveElement", "ReplaceElement"),
    "document": ("ContainerDocument",),
    "elements": ("Element", "Stroke", "new_id"),
    "parts": ("PARTS",),
    "placed": ("ImageElement", "PlacedElement", "StickerElement", "TextElement"),
    "shapes": ("FillElement", "ShapeElement"),
    "undo": ("UndoStack",),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "PARTS",
    "AddElement",
    "Command",
    "CompoundCommand",
    "ContainerDocument",
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


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value
