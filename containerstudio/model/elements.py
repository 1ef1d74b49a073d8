"""Elements of a container document, as plain immutable data.

Elements are frozen: a change is a new element with the same id, swapped in by a
command. That makes undo trivial, lets storage address an element by the hash of
its serialized form, and lets renderers cache by identity.
"""

from __future__ import annotations

import importlib
import itertools
import os
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, overload

from containerstudio.model.paper import INK
from containerstudio.model.parts import PARTS
from containerstudio.model.tools import DEFAULT_TOOL, tools_making

STROKE_TOOLS: tuple[str, ...] = tools_making("stroke")


def new_id() -> str:
    """Return a new unique element id: 64 random bits from the OS, as 16 hex digits
    (what uuid4 would give, without loading `uuid` and `platform` at start-up)."""
    return os.urandom(8).hex()


@dataclass(frozen=True)
class Element:
    """Base of every document element. `kind` names the serialized type."""

    kind: ClassVar[str] = "element"
    id: str
    part: str = "outside"

    def to_dict(self) -> dict[str, Any]:
        """Serialize to JSON-able data (see docs/document-format.md)."""
        raise NotImplementedError

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Element:
        """Build from ``to_dict`` data; every registered kind defines it."""
        raise NotImplementedError

    def bounds(self) -> tuple[float, float, float, float]:
        """Axis-aligned bounds (x0, y0, x1, y1) in canvas units."""
        raise NotImplementedError

    def asset_ids(self) -> tuple[str, ...]:
        """Ids of the image assets this element shows (none for drawn elements)."""
        return ()


Point = tuple[float, float, float]


def path_bounds(
    points: Sequence[Sequence[float]], width: float
) -> tuple[float, float, float, float]:
    """The box a path drawn `width` wide covers (a stroke's, a shape's): its points and
    half the width beyond them, plus a pixel for smoothing; an empty box for no points."""
    if not points:
        return (0.0, 0.0, 0.0, 0.0)
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    pad = width / 2 + 1
    return (min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)


class PointList(Sequence[Point]):
    """A stroke's (x, y, pressure) points, packed as doubles: 24 bytes a point.

    Behaves like a tuple of triples (indexing, slicing, iteration, equality with a
    tuple), but a drawing of thousands of strokes does not hold a Python tuple and
    three float objects for every point.
    """

    __slots__ = ("_data",)
    _data: array[float]

    def __init__(self, points: Iterable[Point] = ()) -> None:
        if isinstance(points, PointList):
            self._data = points._data
        else:
            self._data = array("d", itertools.chain.from_iterable(points))
            if len(self._data) % 3:
                raise ValueError("points are (x, y, pressure) triples")

    @classmethod
    def from_flat(cls, flat: Iterable[float]) -> PointList:
        """From x0, y0, p0, x1, … as stored (the fast way in when loading)."""
        points = cls()
        points._data = array("d", flat)
        if len(points._data) % 3:
            raise ValueError("points are (x, y, pressure) triples")
        return points

    @classmethod
    def adopt(cls, data: array[float]) -> PointList:
        """Take `data` (x0, y0, p0, x1, … as read from storage) as it is, without a copy;
        the caller hands it over and keeps no reference."""
        if len(data) % 3:
            raise ValueError("points are (x, y, pressure) triples")
        points = cls()
        points._data = data
        return points

    def __len__(self) -> int:
        return len(self._data) // 3

    def __iter__(self) -> Iterator[Point]:
        it = iter(self._data)
        return zip(it, it, it, strict=True)

    @overload
    def __getitem__(self, index: int) -> Point: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Point, ...]: ...
    def __getitem__(self, index: int | slice) -> Point | tuple[Point, ...]:
        if isinstance(index, slice):
            return tuple(self)[index]
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("point index out of range")
        d, j = self._data, 3 * index
        return (d[j], d[j + 1], d[j + 2])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PointList):
            return self._data == other._data
        if isinstance(other, tuple | list):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._data.tobytes())

    def __repr__(self) -> str:
        return f"PointList({tuple(self)!r})"

    def flat(self) -> array[float]:
        """The packed doubles x0, y0, p0, x1, … (read-only by convention)."""
        return self._data


@dataclass(frozen=True)
class Stroke(Element):
    """A freehand stroke: points with pressure, drawn with one tool.

    `points` holds (x, y, pressure) triples in canvas units; pressure is 0..1
    (a mouse gives a constant 0.5 so pressure-sensitive brushes look natural).
    `width` is the diameter at pressure 1; `color` is "#rrggbb".
    """

    kind: ClassVar[str] = "stroke"
    tool: str = DEFAULT_TOOL
    color: str = INK
    width: float = 4.0
    opacity: float = 1.0
    points: PointList = field(default_factory=PointList)

    def __post_init__(self) -> None:
        if not isinstance(self.points, PointList):
            object.__setattr__(self, "points", PointList(self.points))
        if self.tool not in STROKE_TOOLS:
            raise ValueError(f"unknown stroke tool {self.tool!r}")
        if self.part not in PARTS:
            raise ValueError(f"unknown part {self.part!r}")

    @property
    def is_eraser(self) -> bool:
        return self.tool == "eraser"

    def bounds(self) -> tuple[float, float, float, float]:
        return path_bounds(self.points, self.width)

    def to_dict(self) -> dict[str, Any]:
        flat: list[float] = []
        for x, y, p in self.points:
            flat.extend((round(x, 2), round(y, 2), round(p, 3)))
        return {
            "kind": self.kind,
            "id": self.id,
            "part": self.part,
            "tool": self.tool,
            "color": self.color,
            "width": self.width,
            "opacity": self.opacity,
            "points": flat,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Stroke:
        flat = data["points"]  # a PointList when read from a stroke record (no copy)
        pts = flat if isinstance(flat, PointList) else PointList.from_flat(flat)
        return cls(
            id=str(data["id"]),
            part=str(data.get("part", "outside")),
            tool=str(data["tool"]),
            color=str(data["color"]),
            width=float(data["width"]),
            opacity=float(data.get("opacity", 1.0)),
            points=pts,
        )

    def normalized(self) -> Stroke:
        """Round coordinates as serialization does, so a saved copy compares equal."""
        return Stroke.from_dict(self.to_dict())


# The one registry of element kinds (storage, the canvas and the PDF follow it): each
# kind's class registers here with `register_element_type`, in a module named below.
ELEMENT_TYPES: dict[str, type[Element]] = {"stroke": Stroke}
KIND_MODULES: tuple[str, ...] = ("containerstudio.model.placed", "containerstudio.model.shapes")
"""The modules that define the other kinds: loaded when a kind is first looked up, so
reading a document never depends on what happened to be imported before."""


def register_element_type(cls: type[Element]) -> type[Element]:
    """Class decorator: make an element kind known to `element_from_dict`."""
    ELEMENT_TYPES[cls.kind] = cls
    return cls


def element_types() -> dict[str, type[Element]]:
    """Every element kind by name, the modules that define them loaded."""
    for name in KIND_MODULES:
        importlib.import_module(name)
    return ELEMENT_TYPES


def element_from_dict(data: dict[str, Any]) -> Element:
    """Build an element of the right kind from its serialized form."""
    kind = data.get("kind")
    cls = ELEMENT_TYPES.get(str(kind)) or element_types().get(str(kind))
    if cls is None:
        raise ValueError(f"unknown element kind {kind!r}")
    return cls.from_dict(data)
