"""Strokes rasterized with numpy, for what a vector path cannot say faithfully.

The soft brush (overlapping radial dabs) and erasers (which clear only earlier
strokes of the same run) are drawn here at print resolution, following the same
geometry as ui/canvas/stroke_painter.py via model/brush.py.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
from PIL import Image

from containerstudio.model import brush
from containerstudio.model.elements import Stroke

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in raster pixels (x1, y1 exclusive)


def hex_rgb(color: str) -> tuple[float, float, float]:
    """ "#rrggbb" as 0..1 floats (a calm grey for anything unreadable)."""
    try:
        value = color.lstrip("#")
        return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]
    except (ValueError, IndexError):
        return (0.2, 0.2, 0.2)


def stroke_box(stroke: Stroke, scale: float) -> Box:
    x0, y0, x1, y1 = stroke.bounds()
    return (
        math.floor(x0 * scale) - 2,
        math.floor(y0 * scale) - 2,
        math.ceil(x1 * scale) + 2,
        math.ceil(y1 * scale) + 2,
    )


def _patch(box: Box, cx0: float, cy0: float, cx1: float, cy1: float) -> tuple[slice, slice] | None:
    bx0, by0, bx1, by1 = box
    x0, y0 = max(bx0, math.floor(cx0)), max(by0, math.floor(cy0))
    x1, y1 = min(bx1, math.ceil(cx1) + 1), min(by1, math.ceil(cy1) + 1)
    if x0 >= x1 or y0 >= y1:
        return None
    return slice(y0 - by0, y1 - by0), slice(x0 - bx0, x1 - bx0)


def _grid(box: Box, sl: tuple[slice, slice]) -> tuple[np.ndarray, np.ndarray]:
    ys = np.arange(sl[0].start, sl[0].stop, dtype=np.float32) + box[1] + 0.5
    xs = np.arange(sl[1].start, sl[1].stop, dtype=np.float32) + box[0] + 0.5
    return np.meshgrid(xs, ys)


def _capsule(
    cov: np.ndarray, box: Box, a: tuple[float, float], b: tuple[float, float], r: float
) -> None:
    """Union an anti-aliased round-capped segment of radius r into `cov`."""
    sl = _patch(
        box,
        min(a[0], b[0]) - r - 1,
        min(a[1], b[1]) - r - 1,
        max(a[0], b[0]) + r + 1,
        max(a[1], b[1]) + r + 1,
    )
    if sl is None:
        return
    gx, gy = _grid(box, sl)
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = dx * dx + dy * dy
    if length2 > 1e-9:
        t = np.clip(((gx - a[0]) * dx + (gy - a[1]) * dy) / length2, 0.0, 1.0)
    else:
        t = np.zeros_like(gx)
    dist = np.hypot(gx - (a[0] + t * dx), gy - (a[1] + t * dy))
    np.maximum(cov[sl], np.clip(r - dist + 0.5, 0.0, 1.0), out=cov[sl])


def _soft_dab(cov: np.ndarray, box: Box, cx: float, cy: float, r: float) -> None:
    """Composite one soft dab (flat core, linear fade to the rim) over `cov`."""
    sl = _patch(box, cx - r - 1, cy - r - 1, cx + r + 1, cy + r + 1)
    if sl is None or r <= 0:
        return
    gx, gy = _grid(box, sl)
    d = np.hypot(gx - cx, gy - cy) / r
    core = brush.SOFT_CORE_FRACTION
    a = brush.SOFT_CORE_ALPHA * np.clip((1.0 - d) / (1.0 - core), 0.0, 1.0)
    cov[sl] += a * (1.0 - cov[sl])


def coverage(stroke: Stroke, scale: float, box: Box) -> np.ndarray:
    """Alpha (0..1) of `stroke` drawn opaque, over `box` at `scale` pixels per unit."""
    cov = np.zeros((box[3] - box[1], box[2] - box[0]), dtype=np.float32)
    pts = [(x * scale, y * scale, p) for x, y, p in stroke.points]
    if not pts:
        return cov
    soft = stroke.tool == "brush"
    x, y, p = pts[0]
    w = brush.width_at(stroke.tool, stroke.width, p) * scale
    if soft:
        _soft_dab(cov, box, x, y, w / 2)
    else:
        _capsule(cov, box, (x, y), (x, y), w / 2)
    for (x0, y0, p0), (x1, y1, p1) in itertools.pairwise(pts):
        w = brush.width_at(stroke.tool, stroke.width, (p0 + p1) / 2)
        if soft:
            step = brush.soft_step(w)
            n = max(1, int(math.hypot(x1 - x0, y1 - y0) / scale / step))
            for k in range(1, n + 1):
                t = k / n
                _soft_dab(cov, box, x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, w * scale / 2)
        else:
            _capsule(cov, box, (x0, y0), (x1, y1), w * scale / 2)
    return cov


class RasterLayer:
    """Premultiplied RGBA pixels over `box`, built stroke by stroke like a raster run."""

    def __init__(self, box: Box, scale: float) -> None:
        self.box = box
        self.scale = scale
        self.rgba = np.zeros((box[3] - box[1], box[2] - box[0], 4), dtype=np.float32)

    def add(self, stroke: Stroke) -> None:
        if stroke.is_eraser:
            self.erase(stroke)
            return
        alpha = coverage(stroke, self.scale, self.box) * float(stroke.opacity)
        r, g, b = hex_rgb(stroke.color)
        keep = 1.0 - alpha
        for channel, value in enumerate((r, g, b)):
            self.rgba[..., channel] = value * alpha + self.rgba[..., channel] * keep
        self.rgba[..., 3] = alpha + self.rgba[..., 3] * keep

    def erase(self, stroke: Stroke) -> None:
        keep = 1.0 - coverage(stroke, self.scale, self.box)
        self.rgba *= keep[..., None]

    def image(self) -> Image.Image:
        """Straight-alpha RGBA image of the layer."""
        alpha = self.rgba[..., 3:4]
        rgb = np.where(alpha > 1e-6, self.rgba[..., :3] / np.maximum(alpha, 1e-6), 0.0)
        out = np.concatenate([rgb, alpha], axis=2)
        return Image.fromarray(np.clip(out * 255 + 0.5, 0, 255).astype(np.uint8), "RGBA")


def union_box(boxes: list[Box], limit: Box) -> Box | None:
    """The smallest box covering `boxes`, clipped to `limit`; None when empty."""
    if not boxes:
        return None
    x0 = max(min(b[0] for b in boxes), limit[0])
    y0 = max(min(b[1] for b in boxes), limit[1])
    x1 = min(max(b[2] for b in boxes), limit[2])
    y1 = min(max(b[3] for b in boxes), limit[3])
    if x0 >= x1 or y0 >= y1:
        return None
    return (x0, y0, x1, y1)
