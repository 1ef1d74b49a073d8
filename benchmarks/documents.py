"""Benchmark documents, built through the same code paths the app uses.

Strokes go through the UndoStack as AddElement commands (as a pen release does); photos
go through `containerstudio.imaging.import_image` (the one validating import) and are
placed as the app places them.
"""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image

from containerstudio.model import AddElement, ContainerDocument, Stroke, UndoStack, new_id
from containerstudio.model.elements import PARTS

TOOLS = ("pencil", "pencil", "marker", "brush")
COLORS = ("#3b5b6d", "#6f9fb0", "#8fb996", "#d98e73", "#b5a1c9", "#333333")


def random_stroke(rng: random.Random, size: tuple[int, int], points: int = 60) -> Stroke:
    """A wandering freehand stroke like a person's, with mouse pressure."""
    w, h = size
    x, y = rng.uniform(80, w - 80), rng.uniform(80, h - 80)
    pts = []
    dx, dy = rng.uniform(-6, 6), rng.uniform(-6, 6)
    for _ in range(points):
        dx = max(-9, min(9, dx + rng.uniform(-2, 2)))
        dy = max(-9, min(9, dy + rng.uniform(-2, 2)))
        x, y = min(max(x + dx, 0), w), min(max(y + dy, 0), h)
        pts.append((round(x, 2), round(y, 2), 0.5))
    tool = rng.choice(TOOLS)
    width = {"pencil": 4.0, "marker": 18.0, "brush": 30.0}[tool]
    opacity = 0.6 if tool == "marker" else 1.0
    return Stroke(
        id=new_id(),
        part=PARTS[0],
        tool=tool,
        color=rng.choice(COLORS),
        width=width,
        opacity=opacity,
        points=tuple(pts),
    )


def photo_bytes(seed: int, width: int, height: int) -> bytes:
    """A photo-like JPEG: smooth gradients plus fine noise (compresses like a real photo)."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    base = np.stack(
        [
            128 + 90 * np.sin(xx / (width / 3.1) + seed),
            128 + 90 * np.cos(yy / (height / 2.3) + seed / 2),
            128 + 80 * np.sin((xx + yy) / (width / 1.7)),
        ],
        axis=-1,
    )
    noise = rng.normal(0, 12, size=base.shape)
    pixels = np.clip(base + noise, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels, "RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


def add_strokes(stack: UndoStack, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for _ in range(count):
        stack.push(AddElement(random_stroke(rng, stack.doc.canvas_size), name="Pencil stroke"))


def add_photos(stack: UndoStack, count: int, megapixels: float = 2.0, seed: int = 11) -> int:
    """Import `count` photos through the app's import path; return their raw pixel bytes."""
    from benchmarks.photos import place_photo

    raw = 0
    width = int((megapixels * 1e6 * 4 / 3) ** 0.5)
    height = int(width * 3 / 4)
    for i in range(count):
        raw += place_photo(stack, photo_bytes(seed + i, width, height), index=i, of=count)
    return raw


def build_document(
    strokes: int, photos: int, megapixels: float = 2.0
) -> tuple[ContainerDocument, UndoStack, int]:
    """Photos first (a collage base), then strokes drawn over them: a typical container."""
    doc = ContainerDocument()
    stack = UndoStack(doc)
    raw = add_photos(stack, photos, megapixels) if photos else 0
    add_strokes(stack, strokes)
    return doc, stack, raw
