"""Elements placed on the canvas as objects: photos, stickers/templates and text.

They share a placement: centre (x, y) in canvas units, a natural size at scale 1,
uniform scale, rotation in degrees (clockwise), and horizontal/vertical flips.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

from containerstudio.model.elements import Element, register_element_type
from containerstudio.model.paper import INK


@dataclass(frozen=True)
class PlacedElement(Element):
    """Base for elements with a placement (move, scale, rotate, flip)."""

    kind: ClassVar[str] = "placed"
    x: float = 800.0
    y: float = 600.0
    width: float = 100.0
    height: float = 100.0
    scale: float = 1.0
    rotation: float = 0.0
    flip_h: bool = False
    flip_v: bool = False

    def bounds(self) -> tuple[float, float, float, float]:
        w, h = self.width * self.scale, self.height * self.scale
        a = math.radians(self.rotation)
        bw = abs(w * math.cos(a)) + abs(h * math.sin(a))
        bh = abs(w * math.sin(a)) + abs(h * math.cos(a))
        return (self.x - bw / 2, self.y - bh / 2, self.x + bw / 2, self.y + bh / 2)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, float):
                value = round(value, 4)
            elif isinstance(value, tuple):
                value = _listify(value)
            data[f.name] = value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlacedElement:
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            if isinstance(value, list):
                value = _tuplify(value)
            kwargs[f.name] = value
        return cls(**kwargs)


def _listify(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_listify(v) for v in value]
    if isinstance(value, float):
        return round(value, 4)
    return value


def _tuplify(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuplify(v) for v in value)
    return value


@register_element_type
@dataclass(frozen=True)
class ImageElement(PlacedElement):
    """An imported photo. `asset` names cleaned image bytes kept in the document.

    `crop` is (x0, y0, x1, y1) as fractions of the source image; `cutout` is an
    optional polygon (fractions of the cropped area) outside which the photo is clear.
    """

    kind: ClassVar[str] = "image"
    asset: str = ""
    crop: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0)
    cutout: tuple[tuple[float, float], ...] = field(default_factory=tuple)

    def asset_ids(self) -> tuple[str, ...]:
        return (self.asset,) if self.asset else ()


@register_element_type
@dataclass(frozen=True)
class StickerElement(PlacedElement):
    """A shipped SVG artwork: a sticker, or a container template used as an outline.

    `collection` is "stickers" or "templates"; `name` is the file stem in
    resources/<collection>/; `tint` recolours the artwork's lines when set.
    """

    kind: ClassVar[str] = "sticker"
    collection: str = "stickers"
    name: str = ""
    tint: str | None = None


@register_element_type
@dataclass(frozen=True)
class TextElement(PlacedElement):
    """Words on the canvas; editable later. Font size is in canvas units."""

    kind: ClassVar[str] = "text"
    text: str = ""
    font_size: float = 36.0
    color: str = INK
    font_family: str = "DejaVu Sans"
