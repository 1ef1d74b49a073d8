"""A foldable paper container: a lidded box (tray + lid) and an envelope, as nets.

The designed dimensions live in plain dataclasses (millimetres), so tests can
measure the PDF against them. Every net fits the printable area of A4 and Letter
with 10 mm margins. The artwork goes on the box's front wall, the lid's top and
the envelope's front, oriented so it stands upright once folded.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from containerstudio.export.artwork import ArtworkOptions, draw_artwork
from containerstudio.export.common import FONT, FONT_BOLD, PdfOptions, Progress, write_atomically
from containerstudio.export.group_print import new_canvas
from containerstudio.model.document import ContainerDocument
from containerstudio.model.paper import PRINT_INK

PRINT_MARGIN_MM = 10.0
HEADING_MM = 14.0
TEXT_LEFT_MM = PRINT_MARGIN_MM + 2  # glyphs may reach a little left of their origin
Point = tuple[float, float]


@dataclass(frozen=True)
class Piece:
    """One panel of a net. `role`: "face" (a side), "flap" (tucks in) or "glue" (a tab)."""

    name: str
    role: str
    points: tuple[Point, ...]  # mm, net coordinates, y up, counter-clockwise

    def size(self) -> tuple[float, float]:
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        return (max(xs) - min(xs), max(ys) - min(ys))


@dataclass(frozen=True)
class Net:
    """Pieces, fold lines and where the artwork goes (face name -> rotation in degrees)."""

    name: str
    pieces: tuple[Piece, ...]
    folds: tuple[tuple[Point, Point], ...]
    artwork: dict[str, float] = field(default_factory=dict)

    def size(self) -> tuple[float, float]:
        xs = [p[0] for piece in self.pieces for p in piece.points]
        ys = [p[1] for piece in self.pieces for p in piece.points]
        return (max(xs) - min(xs), max(ys) - min(ys))

    def piece(self, name: str) -> Piece:
        return next(p for p in self.pieces if p.name == name)


def _rect(name: str, x: float, y: float, w: float, h: float, role: str = "face") -> Piece:
    return Piece(name, role, ((x, y), (x + w, y), (x + w, y + h), (x, y + h)))


def _tray(name: str, w: float, d: float, h: float, tab: float, inset: float, art: str) -> Net:
    """An open tray: a w x d base, walls of height h, glue tabs on the front and back walls."""
    pieces = [
        _rect("base", h, h, w, d),
        _rect("front", h, 0, w, h),
        _rect("back", h, h + d, w, h),
        _rect("left", 0, h, h, d),
        _rect("right", h + w, h, h, d),
    ]
    folds: list[tuple[Point, Point]] = [
        ((h, h), (h + w, h)),
        ((h, h + d), (h + w, h + d)),
        ((h, h), (h, h + d)),
        ((h + w, h), (h + w, h + d)),
    ]
    for wall, y0 in (("front", 0.0), ("back", h + d)):
        y1 = y0 + h
        pieces.append(
            Piece(
                f"{wall}-tab-left",
                "glue",
                ((h, y0), (h, y1), (h - tab, y1 - inset), (h - tab, y0 + inset)),
            )
        )
        pieces.append(
            Piece(
                f"{wall}-tab-right",
                "glue",
                ((h + w, y0), (h + w + tab, y0 + inset), (h + w + tab, y1 - inset), (h + w, y1)),
            )
        )
        folds.append(((h, y0), (h, y1)))
        folds.append(((h + w, y0), (h + w, y1)))
    # The front wall folds up from below the base: upright once folded means upside
    # down on the sheet. The lid's top is seen from above, upright as printed.
    rotation = 180.0 if art == "front" else 0.0
    return Net(name, tuple(pieces), tuple(folds), {art: rotation})


@dataclass(frozen=True)
class BoxDesign:
    """A lidded box in millimetres: the tray's outside and the lid, a little larger."""

    width: float = 85.0
    depth: float = 65.0
    height: float = 50.0
    lid_height: float = 20.0
    clearance: float = 1.5
    tab: float = 12.0
    tab_inset: float = 4.0

    def base_net(self) -> Net:
        return _tray("box", self.width, self.depth, self.height, self.tab, self.tab_inset, "front")

    def lid_net(self) -> Net:
        return _tray(
            "lid",
            self.width + 2 * self.clearance,
            self.depth + 2 * self.clearance,
            self.lid_height,
            min(self.tab, self.lid_height - 2),
            min(self.tab_inset, self.lid_height / 4),
            "base",
        )


@dataclass(frozen=True)
class EnvelopeDesign:
    """An envelope: a front panel, two side flaps, a glued bottom flap and a tuck-in top."""

    width: float = 125.0
    height: float = 90.0
    side_flap: float = 25.0
    bottom_flap: float = 55.0
    top_flap: float = 45.0
    taper: float = 12.0

    def net(self) -> Net:
        w, h, s, b, t, k = (
            self.width,
            self.height,
            self.side_flap,
            self.bottom_flap,
            self.top_flap,
            self.taper,
        )
        x0, y0 = s, b  # the front panel's lower-left corner
        pieces = (
            _rect("front", x0, y0, w, h),
            Piece("left-flap", "flap", ((x0, y0), (x0, y0 + h), (0, y0 + h - k), (0, y0 + k))),
            Piece(
                "right-flap",
                "flap",
                ((x0 + w, y0), (x0 + w + s, y0 + k), (x0 + w + s, y0 + h - k), (x0 + w, y0 + h)),
            ),
            Piece("bottom-flap", "glue", ((x0, y0), (x0 + k, 0), (x0 + w - k, 0), (x0 + w, y0))),
            Piece(
                "top-flap",
                "flap",
                (
                    (x0, y0 + h),
                    (x0 + w, y0 + h),
                    (x0 + w - 2 * k, y0 + h + t),
                    (x0 + 2 * k, y0 + h + t),
                ),
            ),
        )
        folds = (
            ((x0, y0), (x0, y0 + h)),
            ((x0 + w, y0), (x0 + w, y0 + h)),
            ((x0, y0), (x0 + w, y0)),
            ((x0, y0 + h), (x0 + w, y0 + h)),
        )
        return Net("envelope", pieces, folds, {"front": 0.0})


@dataclass(frozen=True)
class PaperContainerTexts:
    """Headings and the folding guide; the UI passes translated ones."""

    box: str = "Your paper container: the box"
    lid: str = "Your paper container: the lid"
    envelope: str = "Your paper container: an envelope"
    glue: str = "glue"
    box_guide: tuple[str, ...] = (
        "1. Cut along the solid lines.",
        "2. Fold along the dashed lines, picture side out.",
        "3. Put a little glue on the grey tabs and tuck them inside the side walls.",
    )
    lid_guide: tuple[str, ...] = (
        "1. Cut along the solid lines and fold along the dashed lines.",
        "2. Glue the grey tabs inside, as for the box.",
        "3. The lid is a little larger than the box, so it slides over it.",
    )
    envelope_guide: tuple[str, ...] = (
        "1. Cut along the solid lines; fold the side flaps in.",
        "2. Glue the grey bottom flap over them.",
        "3. Tuck the top flap in to close it, and open it whenever you choose.",
    )


def net_origin(net: Net, page: tuple[float, float]) -> tuple[float, float]:
    """Where the net's lower-left corner goes on the page (points): centred across,
    below the heading."""
    w, h = net.size()
    x = (page[0] - w * mm) / 2
    y = page[1] - (PRINT_MARGIN_MM + HEADING_MM) * mm - h * mm
    return x, y


def _draw_net(
    c: Canvas,
    net: Net,
    doc: ContainerDocument,
    page: tuple[float, float],
    art: ArtworkOptions,
    glue: str,
) -> float:
    ox, oy = net_origin(net, page)

    def pt(p: Point) -> Point:
        return (ox + p[0] * mm, oy + p[1] * mm)

    # 1. Panels, filled (faces light, glue tabs grey): what the tests measure.
    for piece in net.pieces:
        c.setFillColor(HexColor("#d9d6cf" if piece.role == "glue" else "#ffffff"))
        path = c.beginPath()
        path.moveTo(*pt(piece.points[0]))
        for p in piece.points[1:]:
            path.lineTo(*pt(p))
        path.close()
        c.drawPath(path, stroke=0, fill=1)
    # 2. Artwork on its faces, a few millimetres inside the folds.
    for name, rotation in net.artwork.items():
        piece = net.piece(name)
        (x0, y0), (x1, y1) = pt(piece.points[0]), pt(piece.points[2])
        w, h = abs(x1 - x0) - 6 * mm, abs(y1 - y0) - 6 * mm
        c.saveState()
        c.translate((x0 + x1) / 2, (y0 + y1) / 2)
        c.rotate(rotation)
        draw_artwork(c, doc, -w / 2, -h / 2, w, h, art)
        c.restoreState()
    # 3. Glue labels.
    c.setFillColor(HexColor("#5b5b5b"))
    c.setFont(FONT, 7)
    for piece in net.pieces:
        if piece.role == "glue":
            xs = [pt(p)[0] for p in piece.points]
            ys = [pt(p)[1] for p in piece.points]
            c.saveState()
            c.translate(sum(xs) / len(xs), sum(ys) / len(ys))
            if max(ys) - min(ys) > max(xs) - min(xs):
                c.rotate(90)
            c.drawCentredString(0, -2.5, glue)
            c.restoreState()
    # 4. Cut lines solid, fold lines dashed.
    folds = {frozenset((a, b)) for a, b in net.folds}
    c.setStrokeColor(HexColor("#222222"))
    c.setLineWidth(0.7)
    c.setDash()
    for piece in net.pieces:
        pts = piece.points
        for a, b in zip(pts, pts[1:] + pts[:1], strict=True):
            if frozenset((a, b)) not in folds:
                c.line(*pt(a), *pt(b))
    c.setLineWidth(0.5)
    c.setDash(3, 2)
    for a, b in net.folds:
        c.line(*pt(a), *pt(b))
    c.setDash()
    return oy


def _page(
    c: Canvas,
    title: str,
    guide: Sequence[str],
    page: tuple[float, float],
    draw_net: Callable[[], float],
) -> None:
    c.setFillColor(HexColor(PRINT_INK))
    c.setFont(FONT_BOLD, 13)
    c.drawString(TEXT_LEFT_MM * mm, page[1] - PRINT_MARGIN_MM * mm - 13, title)
    bottom = draw_net()
    c.setFillColor(HexColor(PRINT_INK))
    c.setFont(FONT, 10)
    y = bottom - 9 * mm
    for line in guide:
        c.drawString(TEXT_LEFT_MM * mm, y, line)
        y -= 14
    c.showPage()


def build_paper_container(
    handle: BinaryIO,
    doc: ContainerDocument,
    pdf: PdfOptions | None = None,
    box: BoxDesign | None = None,
    envelope: EnvelopeDesign | None = None,
    texts: PaperContainerTexts | None = None,
    art: ArtworkOptions | None = None,
    progress: Progress | None = None,
) -> list[Net]:
    """Write three pages (box, lid, envelope) into an open file; return the nets drawn."""
    pdf = pdf or PdfOptions()
    box = box or BoxDesign()
    texts = texts or PaperContainerTexts()
    art = art or ArtworkOptions(view="outside")
    nets = [box.base_net(), box.lid_net(), (envelope or EnvelopeDesign()).net()]
    titles = [
        (texts.box, texts.box_guide),
        (texts.lid, texts.lid_guide),
        (texts.envelope, texts.envelope_guide),
    ]
    c = new_canvas(handle, pdf)
    page = pdf.page_size()
    for i, (net, (title, guide)) in enumerate(zip(nets, titles, strict=True)):
        draw = functools.partial(_draw_net, c, net, doc, page, art, texts.glue)
        _page(c, title, guide, page, draw)
        if progress is not None:
            progress((i + 1) / len(nets))
    c.save()
    return nets


def export_paper_container(
    target: Path,
    doc: ContainerDocument,
    pdf: PdfOptions | None = None,
    box: BoxDesign | None = None,
    envelope: EnvelopeDesign | None = None,
    texts: PaperContainerTexts | None = None,
    art: ArtworkOptions | None = None,
    progress: Progress | None = None,
) -> Path:
    """Export the paper container pages to `target` atomically."""
    return write_atomically(
        target,
        lambda fh: build_paper_container(fh, doc, pdf, box, envelope, texts, art, progress),
    )
