"""Worksheets: a prompt pack as printable pages for groups working on paper.

Written against a small protocol (a pack with .title and .steps; a step with
.title, .text, .prompts and .kind), so any loaded pack prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from containerstudio.export.common import (
    FONT,
    FONT_BOLD,
    MARGIN,
    METADATA,
    PdfOptions,
    Progress,
    register_fonts,
    write_atomically,
)
from containerstudio.model.paper import PRINT_INK

DRAW_KINDS = frozenset({"canvas", "slips", "draw"})
SCALE_KINDS = frozenset({"checkin"})
NO_SPACE_KINDS = frozenset({"intro"})
INK = HexColor(PRINT_INK)
SOFT = HexColor("#9aa5ab")


class StepLike(Protocol):
    """What a worksheet reads of a step (read-only, so frozen steps fit)."""

    @property
    def title(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def prompts(self) -> Sequence[str]: ...
    @property
    def kind(self) -> str: ...


class PackLike(Protocol):
    """What a worksheet reads of a pack."""

    @property
    def title(self) -> str: ...
    @property
    def steps(self) -> Sequence[StepLike]: ...


@dataclass(frozen=True)
class WorksheetLabels:
    """Words printed around the pack's own text; the UI passes translated ones."""

    step_of: str = "Step {n} of {m}"


class WorkSpace(Flowable):
    """The rest of the page as room to work: a frame to draw in, lines to write on,
    or a 0–10 row for an optional check-in followed by lines."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, max(0.0, avail_height - 2)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(SOFT)
        c.setLineWidth(0.8)
        top = self.height
        if self.kind in SCALE_KINDS:
            box = min(12 * mm, self.width / 12)
            c.setFont(FONT, 10)
            c.setFillColor(INK)
            for i in range(11):
                x = i * (box + 1.5 * mm)
                c.roundRect(x, top - box, box, box, 2, stroke=1, fill=0)
                c.drawCentredString(x + box / 2, top - box / 2 - 3.5, str(i))
            top -= box + 10 * mm
        if self.kind in DRAW_KINDS:
            c.roundRect(0, 0, self.width, top, 6, stroke=1, fill=0)
            return
        y = top - 9 * mm
        while y > 0:
            c.line(0, y, self.width, y)
            y -= 9 * mm


def _para(text: str) -> str:
    return escape(" ".join(text.split()))


def worksheet_story(pack: PackLike, labels: WorksheetLabels) -> list[Flowable]:
    # bulletFontName too: reportlab's default bullet font is a standard (not embedded) one.
    base = ParagraphStyle(
        "ws", fontName=FONT, bulletFontName=FONT, fontSize=12, leading=17, textColor=INK
    )
    small = ParagraphStyle("wss", base, fontSize=9.5, leading=13, textColor=SOFT)
    title = ParagraphStyle("wst", base, fontName=FONT_BOLD, fontSize=17, leading=23)
    bullet = ParagraphStyle("wsb", base, leftIndent=12, bulletIndent=2, spaceBefore=2)
    steps = list(pack.steps)
    story: list[Flowable] = []
    for n, step in enumerate(steps, start=1):
        if n > 1:
            story.append(PageBreak())
        header = f"{_para(pack.title)}  ·  {_para(labels.step_of.format(n=n, m=len(steps)))}"
        story.append(Paragraph(header, small))
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph(_para(step.title), title))
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(_para(step.text), base))
        for prompt in step.prompts:
            story.append(Paragraph(_para(prompt), bullet, bulletText="•"))
        story.append(Spacer(1, 6 * mm))
        if step.kind not in NO_SPACE_KINDS:
            story.append(WorkSpace(step.kind))
    return story


def build_worksheets(
    handle: BinaryIO,
    pack: PackLike,
    pdf: PdfOptions | None = None,
    labels: WorksheetLabels | None = None,
    progress: Progress | None = None,
) -> None:
    """Write one page per step of `pack` into an open file."""
    pdf = pdf or PdfOptions()
    register_fonts()
    template = SimpleDocTemplate(
        handle,
        pagesize=pdf.page_size(),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        encrypt=pdf.encryption(),
        initialFontName=FONT,
        initialFontSize=11,
        **METADATA,
    )
    template.build(worksheet_story(pack, labels or WorksheetLabels()))
    if progress is not None:
        progress(1.0)


def export_worksheets(
    target: Path,
    pack: PackLike,
    pdf: PdfOptions | None = None,
    labels: WorksheetLabels | None = None,
    progress: Progress | None = None,
) -> Path:
    """Export the worksheets to `target` atomically."""
    return write_atomically(target, lambda fh: build_worksheets(fh, pack, pdf, labels, progress))
