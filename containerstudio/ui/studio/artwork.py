"""Shipped artwork (container templates and stickers) and placing it on the canvas."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt

from containerstudio.resources import resources_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from containerstudio.model.placed import StickerElement
    from containerstudio.model.undo import UndoStack

STICKER_SIZE = 256.0  # the stickers' viewBox
STICKER_SCALE = 0.75  # a sticker arrives at 192 canvas units


@dataclass(frozen=True)
class Artwork:
    collection: str  # "templates" or "stickers"
    name: str  # file stem
    label: str  # English label from index.toml (translated when shown)


def load_artwork(collection: str) -> list[Artwork]:
    """Entries of resources/<collection>/index.toml in display order."""
    return list(_read_artwork(collection))


@functools.cache
def _read_artwork(collection: str) -> tuple[Artwork, ...]:
    """Read once per run (the shipped files do not change while it runs): the storage
    lane reads them at start-up, so the dock lists them without the UI thread parsing
    the index and looking for every file as the first container opens."""
    index = resources_dir() / collection / "index.toml"
    try:
        data = tomllib.loads(index.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    key = "template" if collection == "templates" else "sticker"
    entries = sorted(data.get(key, []), key=lambda e: e.get("order", 0))
    found = []
    for entry in entries:
        stem = str(entry["file"]).removesuffix(".svg")
        if (resources_dir() / collection / f"{stem}.svg").is_file():
            found.append(Artwork(collection, stem, str(entry["label"])))
    return tuple(found)


def artwork_label(art: Artwork) -> str:
    return QCoreApplication.translate("Artwork", art.label)


def artwork_icon(art: Artwork, size: QSize) -> QIcon:
    """The artwork drawn into an icon of `size`, keeping its proportions."""
    # Icons are drawn once a container is open; these load then, not at start-up.
    from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(resources_dir() / art.collection / f"{art.name}.svg"))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    box = renderer.viewBoxF()
    scale = min(size.width() / max(box.width(), 1), size.height() / max(box.height(), 1))
    w, h = box.width() * scale, box.height() * scale
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    renderer.render(painter, QRectF((size.width() - w) / 2, (size.height() - h) / 2, w, h))
    painter.end()
    return QIcon(QPixmap.fromImage(image))


def artwork_element(art: Artwork, part: str, centre: QPointF, canvas: QSize) -> StickerElement:
    """A template fills the canvas it was drawn for; a sticker arrives at `centre`."""
    from containerstudio.model.elements import new_id
    from containerstudio.model.placed import StickerElement

    if art.collection == "templates":
        return StickerElement(
            id=new_id(),
            part=part,
            collection="templates",
            name=art.name,
            x=canvas.width() / 2,
            y=canvas.height() / 2,
            width=float(canvas.width()),
            height=float(canvas.height()),
        )
    return StickerElement(
        id=new_id(),
        part=part,
        collection="stickers",
        name=art.name,
        x=round(centre.x(), 2),
        y=round(centre.y(), 2),
        width=STICKER_SIZE,
        height=STICKER_SIZE,
        scale=STICKER_SCALE,
    )


def place_artwork(stack: UndoStack, element: StickerElement) -> None:
    from containerstudio.model.commands import AddElement

    name = (
        QCoreApplication.translate("Artwork", "Container outline")
        if element.collection == "templates"
        else QCoreApplication.translate("Artwork", "Sticker")
    )
    stack.push(AddElement(element, name=name))
