"""A container's artwork drawn onto a reportlab canvas, vector where possible.

Strokes become paths shaped like the canvas draws them (model/brush.py); soft
brush strokes and runs touched by an eraser are rasterized at print resolution
(stroke_raster.py); photos are cropped, cut out and scaled down to what the print
needs; stickers come from a rasterizer the caller supplies (the UI has the SVG
renderer; without one, stickers are left out).
"""

from __future__ import annotations

import functools
import io
import itertools
import math
import struct
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from PIL import Image, ImageDraw
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from containerstudio.export.common import FONT, Progress, register_fonts
from containerstudio.export.stroke_raster import RasterLayer, hex_rgb, stroke_box, union_box
from containerstudio.model import brush
from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import Element, Stroke
from containerstudio.model.paper import PAPER, PAPER_EDGE
from containerstudio.model.parts import DEFAULT_VIEW, view_parts
from containerstudio.model.placed import ImageElement, PlacedElement, StickerElement, TextElement
from containerstudio.model.runs import StrokeRun, plan_parts
from containerstudio.model.shapes import FillElement, ShapeElement
from containerstudio.resources import resources_dir

# (svg file, width px, height px, tint or None) -> PNG bytes
SvgRasterizer = Callable[[Path, int, int, "str | None"], bytes]

PRINT_DPI = 200
MAX_IMAGE_SIDE = 4000
TEXT_MARGIN = 4.0  # the canvas's text margin (ui/canvas/items/text_item.py)


@dataclass(frozen=True)
class ArtworkOptions:
    """What to draw: which view, the paper behind it, print resolution, sticker renderer."""

    view: str = DEFAULT_VIEW
    paper: bool = True
    dpi: int = PRINT_DPI
    svg_rasterizer: SvgRasterizer | None = None


def fitted(cw: float, ch: float, w: float, h: float) -> tuple[float, float, float]:
    """Scale and offsets that fit a cw x ch canvas, centred, into a w x h box."""
    s = min(w / cw, h / ch)
    return s, (w - cw * s) / 2, (h - ch * s) / 2


def draw_artwork(
    c: Canvas,
    doc: ContainerDocument,
    x: float,
    y: float,
    w: float,
    h: float,
    options: ArtworkOptions | None = None,
    progress: Progress | None = None,
) -> tuple[float, float, float, float]:
    """Draw `doc` fitted into the box (x, y, w, h) in PDF points; return the drawn rect."""
    opts = options or ArtworkOptions()
    register_fonts()
    cw, ch = doc.canvas_size
    s, ox, oy = fitted(cw, ch, w, h)
    c.saveState()
    # Canvas units with y down, like the scene.
    c.transform(s, 0, 0, -s, x + ox, y + oy + ch * s)
    clip = c.beginPath()
    clip.rect(0, 0, cw, ch)
    c.clipPath(clip, stroke=0, fill=0)
    if opts.paper:
        c.setFillColor(_color(PAPER))
        c.rect(0, 0, cw, ch, stroke=0, fill=1)
    painter = _ArtworkPainter(c, doc, s, opts)
    steps = plan_parts(list(doc), view_parts(opts.view))  # the canvas's runs
    for i, step in enumerate(steps):
        painter.draw(step)
        if progress is not None:
            progress((i + 1) / len(steps))
    c.restoreState()
    if opts.paper:
        _frame(c, x + ox, y + oy, cw * s, ch * s)
    return (x + ox, y + oy, cw * s, ch * s)


FRAME_PT = 0.75
"""The sheet's edge line on paper, in points, whatever the artwork's scale."""


def _frame(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    """The thin line around the sheet, in page units, just outside the drawn box and
    after the artwork's clip is gone: whole on every side, and covering nothing of the
    artwork. (Drawn in canvas units on the clip's very edge, the outer half of a line a
    few tenths of a point wide was cut away, and a viewer rounding the clip differently
    could lose a side.)"""
    out = FRAME_PT / 2
    c.saveState()
    c.setStrokeColor(_color(PAPER_EDGE))
    c.setLineWidth(FRAME_PT)
    c.rect(x - out, y - out, w + FRAME_PT, h + FRAME_PT, stroke=1, fill=0)
    c.restoreState()


class ArtworkFlowable(Flowable):
    """The artwork as a platypus flowable, as large as fits (keeping its proportions)."""

    def __init__(self, doc: ContainerDocument, max_height: float, options: ArtworkOptions):
        super().__init__()
        self.doc = doc
        self.max_height = max_height
        self.options = options
        self.drawn: tuple[float, float, float, float] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        cw, ch = self.doc.canvas_size
        s = min(avail_width / cw, min(avail_height, self.max_height) / ch)
        self.width, self.height = cw * s, ch * s
        return self.width, self.height

    def draw(self) -> None:
        self.drawn = draw_artwork(self.canv, self.doc, 0, 0, self.width, self.height, self.options)


def _color(hex_color: str, alpha: float = 1.0) -> Color:
    r, g, b = hex_rgb(hex_color)
    return Color(r, g, b, alpha=alpha)


class _ArtworkPainter:
    def __init__(self, c: Canvas, doc: ContainerDocument, page_scale: float, opts: ArtworkOptions):
        self.c = c
        self.doc = doc
        self.opts = opts
        self.page_scale = page_scale  # points per canvas unit
        # Raster pixels per canvas unit at the print resolution.
        self.raster_scale = min(4.0, max(0.5, page_scale * opts.dpi / 72))
        # How each element kind but the stroke is drawn on paper: every kind of
        # `model.elements.element_types()` (tests/test_element_kinds.py checks).
        self.drawers: dict[str, Callable[[Any], None]] = {
            ImageElement.kind: self._photo,
            StickerElement.kind: self._sticker,
            TextElement.kind: self._text,
            ShapeElement.kind: self._shape,
            FillElement.kind: self._fill,
        }

    def draw(self, step: StrokeRun | Element) -> None:
        if isinstance(step, StrokeRun):
            self._run(step)
            return
        draw = self.drawers.get(step.kind)
        if draw is not None:
            draw(step)

    # -- strokes ------------------------------------------------------------------
    def _run(self, run: StrokeRun) -> None:
        if any(s.is_eraser for s in run.strokes):
            self._raster(run.strokes)
            return
        for stroke in run.strokes:
            widths = _segment_widths(stroke)
            constant = max(widths) - min(widths) < 1e-3
            if stroke.tool == "brush" or (stroke.opacity < 0.999 and not constant):
                self._raster([stroke])
            else:
                self._vector_stroke(stroke, widths, constant)

    def _raster(self, strokes: Sequence[Stroke]) -> None:
        scale = self.raster_scale
        cw, ch = self.doc.canvas_size
        limit = (0, 0, math.ceil(cw * scale), math.ceil(ch * scale))
        box = union_box([stroke_box(s, scale) for s in strokes if not s.is_eraser], limit)
        if box is None:
            return
        layer = RasterLayer(box, scale)
        for stroke in strokes:
            layer.add(stroke)
        x0, y0, x1, y1 = box
        self._image(layer.image(), x0 / scale, y0 / scale, (x1 - x0) / scale, (y1 - y0) / scale)

    def _vector_stroke(self, stroke: Stroke, widths: list[float], constant: bool) -> None:
        c = self.c
        pts = stroke.points
        if not pts:
            return
        c.saveState()
        c.setStrokeColor(_color(stroke.color))
        c.setFillColor(_color(stroke.color))
        c.setStrokeAlpha(stroke.opacity)
        c.setFillAlpha(stroke.opacity)
        c.setLineCap(1)
        c.setLineJoin(1)
        if len(pts) == 1:
            r = brush.width_at(stroke.tool, stroke.width, pts[0][2]) / 2
            c.circle(pts[0][0], pts[0][1], r, stroke=0, fill=1)
        elif constant:
            c.setLineWidth(widths[0])
            path = c.beginPath()
            path.moveTo(pts[0][0], pts[0][1])
            for px, py, _ in pts[1:]:
                path.lineTo(px, py)
            c.drawPath(path, stroke=1, fill=0)
        else:
            r = brush.width_at(stroke.tool, stroke.width, pts[0][2]) / 2
            c.circle(pts[0][0], pts[0][1], r, stroke=0, fill=1)
            start = 0
            for i in range(1, len(widths) + 1):
                if i == len(widths) or abs(widths[i] - widths[start]) > 1e-3:
                    c.setLineWidth(widths[start])
                    path = c.beginPath()
                    path.moveTo(pts[start][0], pts[start][1])
                    for px, py, _ in pts[start + 1 : i + 1]:
                        path.lineTo(px, py)
                    c.drawPath(path, stroke=1, fill=0)
                    start = i
        c.restoreState()

    # -- images -------------------------------------------------------------------
    def _image(
        self, image: Image.Image | ImageReader, x: float, y: float, w: float, h: float
    ) -> None:
        """Place an image upright in the y-down canvas space."""
        c = self.c
        c.saveState()
        c.translate(x, y + h)
        c.scale(1, -1)
        reader = image if isinstance(image, ImageReader) else ImageReader(image)
        c.drawImage(reader, 0, 0, w, h, mask="auto")
        c.restoreState()

    @contextmanager
    def _placed(self, el: PlacedElement) -> Iterator[None]:
        c = self.c
        c.saveState()
        c.translate(el.x, el.y)
        c.rotate(el.rotation)
        c.scale(el.scale * (-1 if el.flip_h else 1), el.scale * (-1 if el.flip_v else 1))
        try:
            yield
        finally:
            c.restoreState()

    def _pixels_for(self, el: PlacedElement) -> tuple[int, int]:
        """Pixel size the element needs at the print resolution (never more)."""
        k = el.scale * self.page_scale * self.opts.dpi / 72
        w = max(1, min(MAX_IMAGE_SIDE, math.ceil(el.width * k)))
        h = max(1, min(MAX_IMAGE_SIDE, math.ceil(el.height * k)))
        return w, h

    def _photo(self, el: ImageElement) -> None:
        if not el.asset or not self.doc.has_asset(el.asset):
            return
        try:
            reader = photo_for_print(self.doc.asset(el.asset), el, self._pixels_for(el))
        except (OSError, ValueError, Image.DecompressionBombError):
            return  # an unreadable photo is left out rather than stopping the export
        with self._placed(el):
            self._image(reader, -el.width / 2, -el.height / 2, el.width, el.height)

    def _sticker(self, el: StickerElement) -> None:
        rasterize = self.opts.svg_rasterizer
        path = resources_dir() / el.collection / f"{el.name}.svg"
        if rasterize is None or not el.name or not path.is_file():
            return
        w, h = self._pixels_for(el)
        try:
            png = rasterize(path, w, h, el.tint)
            image = Image.open(io.BytesIO(png))
            image.load()
        except (OSError, ValueError):
            return
        with self._placed(el):
            self._image(image, -el.width / 2, -el.height / 2, el.width, el.height)

    def _fill(self, el: FillElement) -> None:
        if not el.mask or not self.doc.has_asset(el.mask) or el.width <= 0 or el.height <= 0:
            return
        try:
            mask = Image.open(io.BytesIO(self.doc.asset(el.mask))).convert("L")
        except (OSError, ValueError):
            return
        r, g, b = (round(v * 255) for v in hex_rgb(el.color))
        image = Image.new("RGBA", mask.size, (r, g, b, 0))
        image.putalpha(mask.point(lambda v: round(v * max(0.0, min(1.0, el.opacity)))))
        self._image(image, el.x, el.y, el.width, el.height)

    # -- text and shapes ---------------------------------------------------------------
    def _text(self, el: TextElement) -> None:
        """Lay the words out as the canvas does (ui/canvas/items/text_item.py): lines
        left-aligned after a small margin, the block centred vertically in the
        element's rectangle, whole-pixel font size, the font's own ascent and line
        height with each following line on the next whole unit."""
        c = self.c
        lines = el.text.split("\n")
        size = max(1, round(el.font_size))
        ascent, descent = font_extent(FONT)
        line_height = (ascent + descent) * size
        pitch = math.ceil(line_height)
        block = (len(lines) - 1) * pitch + line_height
        top = -block / 2
        left = -el.width / 2 + TEXT_MARGIN
        with self._placed(el):
            c.setFillColor(_color(el.color))
            c.setFont(FONT, size)
            for i, line in enumerate(lines):
                baseline = top + pitch * i + ascent * size
                c.saveState()
                c.translate(left, baseline)
                c.scale(1, -1)
                words = c.beginText(0, 0)
                words.setFont(FONT, size)
                for x, run in kerned_runs(FONT, line, size):
                    words.setTextOrigin(x, 0)
                    words.textOut(run)
                c.drawText(words)
                c.restoreState()

    def _shape(self, el: ShapeElement) -> None:
        c = self.c
        pts = el.points
        if len(pts) < 2:
            return
        c.saveState()
        c.setStrokeColor(_color(el.color))
        c.setStrokeAlpha(el.opacity)
        c.setLineWidth(el.width)
        c.setLineCap(1)
        c.setLineJoin(1)
        fill = 0
        if el.fill:
            c.setFillColor(_color(el.fill))
            c.setFillAlpha(el.opacity)
            fill = 1
        stroke = 1 if el.width > 0 else 0
        (x0, y0), (x1, y1) = pts[0], pts[1]
        if el.shape == "line":
            c.line(x0, y0, x1, y1)
        elif el.shape == "rect":
            c.rect(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0), stroke=stroke, fill=fill)
        elif el.shape == "ellipse":
            c.ellipse(x0, y0, x1, y1, stroke=stroke, fill=fill)
        else:
            path = c.beginPath()
            path.moveTo(*pts[0])
            for px, py in pts[1:]:
                path.lineTo(px, py)
            path.close()
            c.drawPath(path, stroke=stroke, fill=fill)
        c.restoreState()


def _face(name: str) -> TTFontFace:
    """The TrueType face of an embedded font (the stubs type getFont as a plain Font)."""
    return cast(TTFont, pdfmetrics.getFont(name)).face


@functools.cache
def font_extent(name: str) -> tuple[float, float]:
    """(ascent, descent) per unit of font size from the font's horizontal header, the
    figures Qt lays lines out with (reportlab's own ascent is the typographic one)."""
    face = _face(name)
    try:
        ascender, descender = struct.unpack(">hh", face.get_table("hhea")[4:8])
        (units,) = struct.unpack(">H", face.get_table("head")[18:20])
        return ascender / units, -descender / units
    except (AttributeError, KeyError, struct.error, ZeroDivisionError):
        return face.ascent / 1000, -face.descent / 1000


@functools.cache
def kern_pairs(name: str) -> dict[tuple[int, int], float]:
    """Pair kerning from the font's 'kern' table (format 0), per unit of font size, by
    glyph pair: the same pairs Qt applies on the canvas."""
    face = _face(name)
    pairs: dict[tuple[int, int], float] = {}
    try:
        table = face.get_table("kern")
        (units,) = struct.unpack(">H", face.get_table("head")[18:20])
        _version, count = struct.unpack(">HH", table[:4])
        offset = 4
        for _ in range(count):
            _sub, length, coverage = struct.unpack(">HHH", table[offset : offset + 6])
            if coverage >> 8 == 0 and coverage & 1:  # format 0, horizontal
                (n,) = struct.unpack(">H", table[offset + 6 : offset + 8])
                base = offset + 14
                for i in range(n):
                    left, right, value = struct.unpack(
                        ">HHh", table[base + 6 * i : base + 6 * i + 6]
                    )
                    pairs[(left, right)] = value / units
            offset += length
    except (AttributeError, KeyError, struct.error, ZeroDivisionError):
        return {}
    return pairs


def kerned_runs(name: str, line: str, size: float) -> list[tuple[float, str]]:
    """The line split where a kerning pair moves the next letter: (x, text) runs."""
    pairs = kern_pairs(name)
    glyph = _face(name).charToGlyph
    runs: list[tuple[float, str]] = []
    start, x = 0, 0.0
    for i in range(1, len(line) + 1):
        shift = 0.0
        if i < len(line):
            shift = pairs.get((glyph.get(ord(line[i - 1]), 0), glyph.get(ord(line[i]), 0)), 0.0)
        if i == len(line) or shift:
            run = line[start:i]
            runs.append((x, run))
            x += pdfmetrics.stringWidth(run, name, size) + shift * size
            start = i
    return runs


def _segment_widths(stroke: Stroke) -> list[float]:
    pts = stroke.points
    if len(pts) < 2:
        return [brush.width_at(stroke.tool, stroke.width, pts[0][2] if pts else 0.5)]
    return [
        brush.width_at(stroke.tool, stroke.width, (a[2] + b[2]) / 2)
        for a, b in itertools.pairwise(pts)
    ]


def photo_for_print(data: bytes, el: ImageElement, size: tuple[int, int]) -> ImageReader:
    """The photo cropped, cut out and scaled down to at most `size` pixels.

    Opaque photos are re-encoded as JPEG (embedded as is), so a page of large
    photos stays small; cut-outs keep their transparency as PNG.
    """
    image: Image.Image = Image.open(io.BytesIO(data))
    cx0, cy0, cx1, cy1 = el.crop
    fw, fh = max(1e-3, cx1 - cx0), max(1e-3, cy1 - cy0)
    # Let the JPEG decoder skip detail the print cannot show.
    image.draft("RGB", (math.ceil(size[0] / fw), math.ceil(size[1] / fh)))
    image.load()
    iw, ih = image.size
    box = (
        round(cx0 * iw),
        round(cy0 * ih),
        max(round(cx0 * iw) + 1, round(cx1 * iw)),
        max(round(cy0 * ih) + 1, round(cy1 * ih)),
    )
    image = image.crop(box)
    if image.width > size[0] or image.height > size[1]:
        image = image.resize(
            (min(image.width, size[0]), min(image.height, size[1])), Image.Resampling.LANCZOS
        )
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    if el.cutout:
        image = image.convert("RGBA")
        mask = Image.new("L", image.size, 0)
        ImageDraw.Draw(mask).polygon(
            [(u * image.width, v * image.height) for u, v in el.cutout], fill=255
        )
        alpha = Image.composite(image.getchannel("A"), mask, mask)
        image.putalpha(alpha)
        has_alpha = True
    if has_alpha:
        return ImageReader(image.convert("RGBA"))
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=88, optimize=True)
    buffer.seek(0)
    return ImageReader(buffer)
