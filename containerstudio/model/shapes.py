"""Shapes and fills: drawn elements defined by geometry rather than freehand input."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from containerstudio.model.elements import Element, path_bounds, register_element_type
from containerstudio.model.paper import INK
from containerstudio.model.tools import tools_making

SHAPE_KINDS: tuple[str, ...] = tools_making("shape")


@register_element_type
@dataclass(frozen=True)
class ShapeElement(Element):
    """A line, rectangle, ellipse or freeform polygon.

    `points`: two corner points for line/rect/ellipse, or the polygon's vertices,
    in canvas units. `fill` is "#rrggbb" or None for an outline only.
    """

    kind: ClassVar[str] = "shape"
    shape: str = "rect"
    points: tuple[tuple[float, float], ...] = field(default_factory=tuple)
    color: str = INK
    width: float = 4.0
    fill: str | None = None
    opacity: float = 1.0

    def __post_init__(self) -> None:
        if self.shape not in SHAPE_KINDS:
            raise ValueError(f"unknown shape {self.shape!r}")

    def bounds(self) -> tuple[float, float, float, float]:
        return path_bounds(self.points, self.width)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "part": self.part,
            "shape": self.shape,
            "points": [[round(x, 2), round(y, 2)] for x, y in self.points],
            "color": self.color,
            "width": self.width,
            "fill": self.fill,
            "opacity": self.opacity,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ShapeElement:
        return cls(
            id=str(data["id"]),
            part=str(data.get("part", "outside")),
            shape=str(data["shape"]),
            points=tuple((float(x), float(y)) for x, y in data["points"]),
            color=str(data["color"]),
            width=float(data["width"]),
            fill=data.get("fill"),
            opacity=float(data.get("opacity", 1.0)),
        )


@register_element_type
@dataclass(frozen=True)
class FillElement(Element):
    """A bucket fill: the area found at fill time, kept as a mask asset.

    `mask` names a PNG (mode "L", 255 = filled) kept as a document asset, placed with
    its top-left corner at (x, y) in canvas units, coloured with `color`.
    """

    kind: ClassVar[str] = "fill"
    mask: str = ""
    x: int = 0
    y: int = 0
    width: int = 0
    height: int = 0
    color: str = INK
    opacity: float = 1.0

    def asset_ids(self) -> tuple[str, ...]:
        return (self.mask,) if self.mask else ()

    def bounds(self) -> tuple[float, float, float, float]:
        return (self.x, self.y, self.x + self.width, self.y + self.height)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "part": self.part,
            "mask": self.mask,
            "x": self.x,
            "y": self.y,
            "width": self.width,
            "height": self.height,
            "color": self.color,
            "opacity": self.opacity,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FillElement:
        return cls(
            id=str(data["id"]),
            part=str(data.get("part", "outside")),
            mask=str(data["mask"]),
            x=int(data["x"]),
            y=int(data["y"]),
            width=int(data["width"]),
            height=int(data["height"]),
            color=str(data["color"]),
            opacity=float(data.get("opacity", 1.0)),
        )
