"""Builders for storage tests: strokes, noisy photos, whole documents."""

from __future__ import annotations

import io
import random

from PIL import Image

from containerstudio.model import ContainerDocument, Stroke
from containerstudio.model.elements import new_id
from containerstudio.model.placed import ImageElement


def random_stroke(rng: random.Random, n_points: int = 40) -> Stroke:
    x, y = rng.uniform(50, 1550), rng.uniform(50, 1150)
    points = []
    for _ in range(n_points):
        x += rng.uniform(-8, 8)
        y += rng.uniform(-8, 8)
        points.append((round(x, 2), round(y, 2), 0.5))
    return Stroke(id=new_id(), color=f"#{rng.randrange(1 << 24):06x}", points=tuple(points))


def noisy_photo(seed: int, size: tuple[int, int] = (1600, 1200), fmt: str = "JPEG") -> bytes:
    """A photo-sized image full of noise, so it compresses poorly (like real photos)."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))
    out = io.BytesIO()
    image.save(out, fmt, **({"quality": 85} if fmt == "JPEG" else {}))
    return out.getvalue()


def collage(strokes: int, photos: int, seed: int = 1) -> ContainerDocument:
    """A document with `strokes` random strokes and `photos` large noisy photos."""
    rng = random.Random(seed)
    doc = ContainerDocument()
    elements = [random_stroke(rng) for _ in range(strokes)]
    assets: dict[str, bytes] = {}
    for i in range(photos):
        data = noisy_photo(seed * 100 + i, fmt="JPEG" if i % 2 else "PNG")
        aid = doc.add_asset(data)
        assets[aid] = data
        elements.insert(
            i * 10, ImageElement(id=new_id(), asset=aid, width=400, height=300, x=300 + i * 150)
        )
    doc.load(elements, assets)
    return doc


def with_element(doc: ContainerDocument, element) -> ContainerDocument:
    copy = ContainerDocument(doc.canvas_size)
    copy.load([*doc.elements(), element], doc.used_assets())
    return copy
