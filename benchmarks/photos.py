"""Placing a photo exactly as the app does after an import (PhotoImporter._on_work_done)."""

from __future__ import annotations

from containerstudio.imaging import import_image
from containerstudio.model import AddElement, UndoStack


def place_photo(stack: UndoStack, data: bytes, index: int = 0, of: int = 1) -> int:
    """Import photo bytes through the one validating import, add them to the document as
    the app does, spread across the canvas; return the photo's decoded pixel bytes."""
    from PySide6.QtCore import QPointF

    from containerstudio.ui.studio.photo_import import photo_element

    clean = import_image(data, name=f"photo-{index}.jpg")
    doc = stack.doc
    w, h = doc.canvas_size
    centre = QPointF(w * (0.2 + 0.6 * (index % 4) / 3), h * (0.25 + 0.5 * (index // 4) / 2))
    asset = doc.add_asset(clean.data)
    stack.push(AddElement(photo_element(clean, asset, "outside", centre, (w, h)), "Add photo"))
    return clean.width * clean.height * 4
