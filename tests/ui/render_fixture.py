"""The fixed document of the render tests: strokes of each brush, shapes, a fill, a
sticker, a template, text in DejaVu Sans, and a photo made in code.

Used by test_render_reference.py and by make_references.py, which writes the reference
images; both build exactly this document.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from containerstudio.imaging import import_image
from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import Stroke
from containerstudio.model.placed import ImageElement, StickerElement, TextElement
from containerstudio.model.shapes import FillElement, ShapeElement


def _wave(x0: float, y: float, n: int = 40, pressure=lambda t: 0.5) -> tuple:
    return tuple(
        (x0 + 12 * i, y + 25 * np.sin(i / 5), round(pressure(i / (n - 1)), 3)) for i in range(n)
    )


def _photo() -> bytes:
    x = np.linspace(0, 255, 240, dtype=np.float32)
    y = np.linspace(0, 255, 160, dtype=np.float32)[:, None]
    rgb = np.stack(
        [np.broadcast_to(x, (160, 240)), np.broadcast_to(y, (160, 240)), 128 + 0 * y + 0 * x],
        axis=2,
    )
    out = io.BytesIO()
    Image.fromarray(rgb.astype(np.uint8), "RGB").save(out, "PNG")
    return import_image(out.getvalue(), name="gradient.png").data


def _mask() -> bytes:
    yy, xx = np.mgrid[0:200, 0:300]
    inside = ((xx - 150) / 150) ** 2 + ((yy - 100) / 100) ** 2 <= 1.0
    out = io.BytesIO()
    Image.fromarray(inside.astype(np.uint8) * 255, "L").save(out, "PNG")
    return out.getvalue()


def build_document() -> ContainerDocument:
    doc = ContainerDocument()
    photo = doc.add_asset(_photo())
    mask = doc.add_asset(_mask())
    elements = [
        StickerElement(
            id="t" * 16, collection="templates", name="box", x=800, y=600, width=1600, height=1200
        ),
        FillElement(id="f" * 16, mask=mask, x=150, y=820, width=300, height=200, color="#8fb996"),
        Stroke(
            id="s1" * 8,
            tool="pencil",
            color="#3b5b6d",
            width=8,
            points=_wave(100, 150, pressure=lambda t: 0.2 + 0.8 * t),
        ),
        Stroke(
            id="s2" * 8,
            tool="marker",
            color="#d98e73",
            width=22,
            opacity=0.6,
            points=_wave(100, 260),
        ),
        Stroke(id="s3" * 8, tool="brush", color="#6f9fb0", width=40, points=_wave(100, 380)),
        Stroke(id="s4" * 8, tool="eraser", width=20, points=((300, 100, 0.5), (300, 420, 0.5))),
        ShapeElement(
            id="h1" * 8, shape="rect", points=((700, 120), (950, 300)), color="#333333", width=6
        ),
        ShapeElement(
            id="h2" * 8,
            shape="ellipse",
            points=((1000, 120), (1300, 300)),
            color="#b5a1c9",
            width=8,
            fill="#e6c79c",
        ),
        ShapeElement(
            id="h3" * 8, shape="line", points=((700, 360), (1300, 420)), color="#3b5b6d", width=10
        ),
        ShapeElement(
            id="h4" * 8,
            shape="polygon",
            points=((1350, 150), (1500, 200), (1420, 330)),
            color="#333333",
            width=4,
            fill="#8fb996",
            opacity=0.8,
        ),
        StickerElement(
            id="k1" * 8,
            name="padlock",
            x=1300,
            y=700,
            width=256,
            height=256,
            scale=0.8,
            rotation=15,
        ),
        StickerElement(
            id="k2" * 8,
            name="heart",
            x=1050,
            y=950,
            width=256,
            height=256,
            scale=0.5,
            tint="#c03030",
            flip_h=True,
        ),
        ImageElement(
            id="p1" * 8,
            part="inside",
            asset=photo,
            x=700,
            y=700,
            width=240,
            height=160,
            scale=1.5,
            rotation=-8,
            crop=(0.1, 0.0, 0.9, 1.0),
            cutout=((0.0, 1.0), (0.5, 0.0), (1.0, 1.0)),
        ),
        TextElement(
            id="w1" * 8,
            part="lid",
            text="Hold it safely",
            x=800,
            y=1080,
            width=420,
            height=60,
            font_size=40,
            color="#3b5b6d",
        ),
    ]
    doc.load(elements, {photo: doc.asset(photo), mask: doc.asset(mask)})
    return doc
