"""A document for export fidelity beyond strokes: photos (cropped, cut out, turned,
flipped), text on several lines, filled shapes, a bucket fill and a tinted sticker.

Everything is asymmetric on purpose, so a picture upside down, mirrored, turned the
other way or shifted shows up as a difference.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw

from containerstudio.imaging import import_image
from containerstudio.model.document import ContainerDocument
from containerstudio.model.placed import ImageElement, StickerElement, TextElement
from containerstudio.model.shapes import FillElement, ShapeElement


def photo_bytes() -> bytes:
    """A 600 x 400 picture made with Pillow: a gradient, a red block top left, a dark
    bar along the bottom and a yellow disc right of centre; imported like a real photo."""
    x = np.linspace(40, 220, 600, dtype=np.float32)
    y = np.linspace(60, 200, 400, dtype=np.float32)[:, None]
    rgb = np.stack(
        [
            np.broadcast_to(x, (400, 600)),
            np.broadcast_to(y, (400, 600)),
            np.full((400, 600), 150, np.float32),
        ],
        axis=2,
    )
    image = Image.fromarray(rgb.astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image)
    draw.rectangle((30, 30, 230, 150), fill=(200, 40, 40))
    draw.rectangle((0, 330, 600, 400), fill=(30, 30, 60))
    draw.ellipse((380, 140, 520, 280), fill=(240, 210, 40))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95)
    return import_image(out.getvalue(), name="made.jpg").data


def fill_mask() -> bytes:
    """An L-shaped area, 260 x 180 pixels (255 = filled)."""
    mask = Image.new("L", (260, 180), 0)
    ImageDraw.Draw(mask).polygon(
        [(0, 0), (90, 0), (90, 110), (260, 110), (260, 180), (0, 180)], fill=255
    )
    out = io.BytesIO()
    mask.save(out, "PNG")
    return out.getvalue()


CUTOUT = ((0.05, 0.1), (0.7, 0.0), (1.0, 0.55), (0.6, 1.0), (0.0, 0.8))


def fidelity_document() -> ContainerDocument:
    doc = ContainerDocument()
    photo = doc.add_asset(photo_bytes())
    mask = doc.add_asset(fill_mask())
    elements = [
        FillElement(id="fill" * 4, mask=mask, x=60, y=880, width=260, height=180, color="#8fb996"),
        ShapeElement(
            id="rect" * 4,
            shape="rect",
            points=((380, 80), (700, 300)),
            color="#2f3a40",
            width=10,
            fill="#e6c79c",
        ),
        ShapeElement(
            id="ellipse" + "e" * 9,
            shape="ellipse",
            points=((760, 80), (1180, 320)),
            color="#b5a1c9",
            width=0,
            fill="#6f9fb0",
        ),
        ShapeElement(
            id="polygon" + "p" * 9,
            shape="polygon",
            points=((1250, 100), (1520, 160), (1300, 380)),
            color="#333333",
            width=6,
            fill="#d98e73",
        ),
        # A photo cropped and cut out, upright.
        ImageElement(
            id="photo1" + "a" * 10,
            asset=photo,
            x=330,
            y=560,
            width=420,
            height=280,
            scale=1.0,
            crop=(0.1, 0.05, 0.8, 0.75),
            cutout=CUTOUT,
        ),
        # The same photo turned clockwise and mirrored, cropped differently.
        ImageElement(
            id="photo2" + "b" * 10,
            asset=photo,
            x=980,
            y=640,
            width=480,
            height=320,
            scale=0.9,
            rotation=25,
            flip_h=True,
            crop=(0.0, 0.0, 1.0, 1.0),
        ),
        ImageElement(
            id="photo3" + "c" * 10,
            asset=photo,
            x=1400,
            y=1000,
            width=300,
            height=200,
            scale=1.1,
            rotation=-12,
            flip_v=True,
            crop=(0.2, 0.1, 0.9, 0.9),
        ),
        TextElement(
            id="text1" + "t" * 11,
            text="Hold it safely\nuntil I choose",
            x=700,
            y=1000,
            width=520,
            height=200,
            font_size=64,
            color="#3b5b6d",
        ),
        TextElement(
            id="text2" + "u" * 11,
            text="Kept",
            x=1420,
            y=560,
            width=200,
            height=110,
            font_size=80,
            rotation=-20,
            color="#c03030",
        ),
        StickerElement(
            id="sticker" + "k" * 9,
            name="padlock",
            x=1460,
            y=760,
            width=256,
            height=256,
            scale=0.6,
            tint="#2c3e50",
            rotation=10,
        ),
    ]
    doc.load(elements, {photo: doc.asset(photo), mask: doc.asset(mask)})
    return doc
