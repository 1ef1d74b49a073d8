"""Group print: many people's containers in one PDF, 1, 2, 4 or 6 to a sheet.

Only the artwork (outside view) and an optional caption go on paper; nothing
private (reflections, check-ins, slips, the inside) is even passed in.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from containerstudio.export.artwork import ArtworkOptions, draw_artwork
from containerstudio.export.common import (
    FONT,
    METADATA,
    ExportKind,
    ExportProblem,
    PdfOptions,
    Progress,
    register_fonts,
    write_atomically,
)
from containerstudio.model.document import ContainerDocument
from containerstudio.model.paper import PRINT_INK

# per sheet -> (columns, rows), reading order left to right, top to bottom.
LAYOUTS: dict[int, tuple[int, int]] = {1: (1, 1), 2: (1, 2), 4: (2, 2), 6: (2, 3)}
GROUP_MARGIN = 12 * mm
GAP = 8 * mm
CAPTION_SIZE = 10
CAPTION_SPACE = 7 * mm


@dataclass(frozen=True)
class GroupItem:
    """One person's container: its document and an optional caption (a first name, a
    number: whatever the group agreed on)."""

    doc: ContainerDocument
    caption: str | None = None
    view: str | None = None
    """This person's own view ("outside" while their lid is closed); None: the sheet's."""


def new_canvas(handle: BinaryIO, pdf: PdfOptions) -> Canvas:
    """A reportlab canvas with the embedded font, neutral metadata and optional password."""
    register_fonts()
    c = Canvas(
        handle,
        pagesize=pdf.page_size(),
        encrypt=pdf.encryption(),
        # The stubs type initialFontName as a number; reportlab takes a font name.
        initialFontName=FONT,  # type: ignore[arg-type]
        initialFontSize=10,
    )
    c.setTitle(METADATA["title"])
    c.setAuthor(METADATA["author"])
    c.setCreator(METADATA["creator"])
    c.setSubject(METADATA["subject"])
    return c


def cell_rects(
    page: tuple[float, float], per_sheet: int
) -> list[tuple[float, float, float, float]]:
    """(x, y, w, h) of each cell on a sheet in reading order (PDF points, y up)."""
    if per_sheet not in LAYOUTS:
        raise ExportProblem(ExportKind.PER_SHEET)
    cols, rows = LAYOUTS[per_sheet]
    pw, ph = page
    w = (pw - 2 * GROUP_MARGIN - (cols - 1) * GAP) / cols
    h = (ph - 2 * GROUP_MARGIN - (rows - 1) * GAP) / rows
    rects = []
    for row in range(rows):
        for col in range(cols):
            x = GROUP_MARGIN + col * (w + GAP)
            y = ph - GROUP_MARGIN - (row + 1) * h - row * GAP
            rects.append((x, y, w, h))
    return rects


def build_group_pdf(
    handle: BinaryIO,
    items: Sequence[GroupItem],
    per_sheet: int = 4,
    pdf: PdfOptions | None = None,
    art: ArtworkOptions | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the group sheets into an open file; return the number of pages."""
    pdf = pdf or PdfOptions()
    art = art or ArtworkOptions(view="outside")
    c = new_canvas(handle, pdf)
    rects = cell_rects(pdf.page_size(), per_sheet)
    pages = max(1, math.ceil(len(items) / per_sheet))
    for i, item in enumerate(items):
        if i and i % per_sheet == 0:
            c.showPage()
        x, y, w, h = rects[i % per_sheet]
        captioned = bool(item.caption)
        art_y = y + CAPTION_SPACE if captioned else y
        art_h = h - CAPTION_SPACE if captioned else h
        own = art if item.view is None else replace(art, view=item.view)
        drawn = draw_artwork(c, item.doc, x, art_y, w, art_h, own)
        if captioned:
            line = simpleSplit(item.caption or "", FONT, CAPTION_SIZE, w)[:1]
            c.setFont(FONT, CAPTION_SIZE)
            c.setFillColor(HexColor(PRINT_INK))
            c.drawCentredString(x + w / 2, drawn[1] - CAPTION_SIZE - 2, line[0] if line else "")
        if progress is not None:
            progress((i + 1) / len(items))
    c.showPage()
    c.save()
    return pages


def export_group_pdf(
    target: Path,
    items: Sequence[GroupItem],
    per_sheet: int = 4,
    pdf: PdfOptions | None = None,
    art: ArtworkOptions | None = None,
    progress: Progress | None = None,
) -> Path:
    """Export group sheets to `target` atomically."""
    if per_sheet not in LAYOUTS:
        raise ExportProblem(ExportKind.PER_SHEET)
    if not items:
        raise ExportProblem(ExportKind.NONE_CHOSEN)
    return write_atomically(
        target, lambda fh: build_group_pdf(fh, items, per_sheet, pdf, art, progress)
    )
