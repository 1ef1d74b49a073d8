"""Documents for export tests: strokes of every brush, text, photos."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from containerstudio.model.commands import AddElement
from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import Stroke, new_id
from containerstudio.model.placed import ImageElement, TextElement
from containerstudio.model.shapes import ShapeElement
from containerstudio.model.undo import UndoStack


def add(doc: ContainerDocument, *elements) -> ContainerDocument:
    stack = UndoStack(doc)
    for element in elements:
        stack.push(AddElement(element))
    return doc


def wave(x0: float, y0: float, n: int = 40, dx: float = 20, amp: float = 40, p: float = 0.5):
    return tuple((x0 + i * dx, y0 + amp * np.sin(i / 3), p) for i in range(n))


def stroke(tool: str, color: str, width: float, points, part: str = "outside", opacity=1.0):
    return Stroke(
        id=new_id(),
        part=part,
        tool=tool,
        color=color,
        width=width,
        opacity=opacity,
        points=tuple((float(x), float(y), float(p)) for x, y, p in points),
    )


def drawing_document() -> ContainerDocument:
    """Pencil with pressure, a translucent marker, a soft brush and an eraser."""
    doc = ContainerDocument()
    pressure = tuple(
        (200 + i * 25, 250 + 60 * np.sin(i / 4), 0.2 + 0.8 * i / 47) for i in range(48)
    )
    return add(
        doc,
        stroke("pencil", "#3b5b6d", 14, pressure),
        stroke("marker", "#d98e73", 60, wave(150, 600, 50, 25, 80), opacity=0.6),
        stroke("brush", "#6f9fb0", 90, wave(300, 900, 40, 28, 60, 0.8)),
        stroke("pencil", "#333333", 30, [(1000, 150, 0.5), (1400, 500, 0.5), (1100, 800, 0.5)]),
        stroke("eraser", "#000000", 50, [(1050, 300, 0.5), (1300, 600, 0.5)]),
        stroke("marker", "#8fb996", 120, [(1200, 900, 1.0), (1500, 1000, 1.0)]),
    )


def cell_document(color: str, inside_text: str | None = None) -> ContainerDocument:
    """A container whose outside is one big block of `color` (for finding it on a sheet)."""
    doc = ContainerDocument()
    elements = [
        ShapeElement(
            id=new_id(),
            shape="rect",
            points=((100.0, 100.0), (1500.0, 1100.0)),
            color=color,
            width=0.0,
            fill=color,
        )
    ]
    if inside_text:
        elements.append(TextElement(id=new_id(), part="inside", text=inside_text, x=800, y=600))
    return add(doc, *elements)


def photo_jpeg(seed: int, size: tuple[int, int] = (4000, 3000)) -> bytes:
    """A photo-like JPEG: smooth colour gradients, soft blobs and sensor noise."""
    rng = np.random.default_rng(seed)
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    img = np.empty((h, w, 3), dtype=np.float32)
    for c in range(3):
        fx, fy, ph = rng.uniform(0.5, 3.0), rng.uniform(0.5, 3.0), rng.uniform(0, 6.28)
        img[..., c] = 128 + 80 * np.sin(xx / w * fx * 6.28 + ph) * np.cos(yy / h * fy * 6.28)
    img += rng.normal(0, 6, size=(h, w, 1)).astype(np.float32)
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    buffer = io.BytesIO()
    out.save(buffer, "JPEG", quality=92)
    return buffer.getvalue()


def photo_document(photos: list[bytes]) -> ContainerDocument:
    """Photos in a 3 x 2 grid filling the canvas."""
    doc = ContainerDocument()
    elements = []
    for i, data in enumerate(photos):
        aid = doc.add_asset(data)
        with Image.open(io.BytesIO(data)) as im:
            w, h = im.size
        col, row = i % 3, i // 3
        elements.append(
            ImageElement(
                id=new_id(),
                asset=aid,
                x=270 + col * 530,
                y=300 + row * 600,
                width=w,
                height=h,
                scale=500 / w,
            )
        )
    return add(doc, *elements)
