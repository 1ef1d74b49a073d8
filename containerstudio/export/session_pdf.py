"""The session PDF: the artwork, its title and date, and only the sections chosen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from containerstudio.export.artwork import ArtworkFlowable, ArtworkOptions
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
from containerstudio.model.document import ContainerDocument
from containerstudio.model.paper import PRINT_INK

SECTIONS: tuple[str, ...] = ("reflections", "checkins", "kept_where", "slips")
DEFAULT_SECTIONS: frozenset[str] = frozenset({"reflections", "checkins", "kept_where"})
INK = HexColor(PRINT_INK)


@dataclass(frozen=True)
class SessionExportContent:
    """What a session PDF may show, as plain data (gathered by the UI or the CLI)."""

    title: str = ""
    date: dt.date | None = None
    reflections: list[str | tuple[str, str]] = field(default_factory=list)
    """Notes, each plain text or (the step's title, the text)."""
    checkins: list[tuple[str, int | None, int | None]] = field(default_factory=list)
    kept_where: str | None = None
    slips: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SessionLabels:
    """Headings printed in the PDF; the UI passes translated ones."""

    reflections: str = "Reflections"
    checkins: str = "Check-in"
    checkin_columns: tuple[str, str, str] = ("", "Before", "After")
    kept_where: str = "Where the container is kept"
    slips: str = "Slips"
    not_given: str = "–"
    write_date: Callable[[dt.date], str] = dt.date.isoformat
    """How the date is written (the UI passes its language's long form)."""


@dataclass(frozen=True)
class SessionChoices:
    """Which sections go in (slips are left out unless chosen) and how the page looks."""

    sections: frozenset[str] = DEFAULT_SECTIONS
    view: str = "outside"
    pdf: PdfOptions = field(default_factory=PdfOptions)


def _styles() -> dict[str, ParagraphStyle]:
    # bulletFontName too: reportlab's default bullet font is a standard (not embedded) one.
    base = ParagraphStyle(
        "body", fontName=FONT, bulletFontName=FONT, fontSize=11, leading=16, textColor=INK
    )
    return {
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=20, leading=26),
        "date": ParagraphStyle("date", base, fontSize=10, leading=14, spaceAfter=8),
        "heading": ParagraphStyle(
            "heading", base, fontName=FONT_BOLD, fontSize=13, leading=18, spaceBefore=12
        ),
        "body": ParagraphStyle("body2", base, spaceAfter=4),
    }


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def _reflection(reflection: str | tuple[str, str], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """One note as paragraphs: the step's title in bold when it is known, then the words."""
    title, text = reflection if isinstance(reflection, tuple) else ("", reflection)
    if not text.strip():
        return []
    if title:
        return [Paragraph(f"<b>{_text(title)}</b><br/>{_text(text)}", st["body"])]
    return [Paragraph(_text(text), st["body"])]


def session_story(
    doc: ContainerDocument,
    content: SessionExportContent,
    choices: SessionChoices,
    labels: SessionLabels,
    options: ArtworkOptions,
    page_height: float,
) -> list[Flowable]:
    """The flowables of the session PDF, in reading order."""
    st = _styles()
    story: list[Flowable] = []
    if content.title:
        story.append(Paragraph(_text(content.title), st["title"]))
    if content.date is not None:
        story.append(Paragraph(_text(labels.write_date(content.date)), st["date"]))
    story.append(Spacer(1, 4 * mm))
    story.append(ArtworkFlowable(doc, page_height * 0.55, options))
    chosen = choices.sections
    if "reflections" in chosen and content.reflections:
        story.append(Paragraph(_text(labels.reflections), st["heading"]))
        for reflection in content.reflections:
            story.extend(_reflection(reflection, st))
    if "checkins" in chosen and content.checkins:
        story.append(Paragraph(_text(labels.checkins), st["heading"]))
        rows = [list(labels.checkin_columns)]
        for label, before, after in content.checkins:
            rows.append(
                [
                    label,
                    labels.not_given if before is None else str(before),
                    labels.not_given if after is None else str(after),
                ]
            )
        table = Table(rows, hAlign="LEFT", colWidths=[70 * mm, 25 * mm, 25 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 11),
                    ("FONT", (0, 0), (-1, 0), FONT_BOLD, 11),
                    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.5, INK),
                    ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ]
            )
        )
        story.append(table)
    if "kept_where" in chosen and content.kept_where:
        story.append(Paragraph(_text(labels.kept_where), st["heading"]))
        story.append(Paragraph(_text(content.kept_where), st["body"]))
    if "slips" in chosen and content.slips:
        story.append(Paragraph(_text(labels.slips), st["heading"]))
        story.extend(Paragraph(_text(s), st["body"]) for s in content.slips if s.strip())
    return story


def build_session_pdf(
    handle: BinaryIO,
    doc: ContainerDocument,
    content: SessionExportContent,
    choices: SessionChoices | None = None,
    labels: SessionLabels | None = None,
    options: ArtworkOptions | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the session PDF into an open binary file."""
    choices = choices or SessionChoices()
    register_fonts()
    page = choices.pdf.page_size()
    art = options or ArtworkOptions(view=choices.view)
    template = SimpleDocTemplate(
        handle,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        encrypt=choices.pdf.encryption(),
        initialFontName=FONT,
        initialFontSize=11,
        **METADATA,
    )
    story = session_story(doc, content, choices, labels or SessionLabels(), art, page[1])
    if progress is not None:
        progress(0.1)
    template.build(story)
    if progress is not None:
        progress(1.0)


def export_session_pdf(
    target: Path,
    doc: ContainerDocument,
    content: SessionExportContent,
    choices: SessionChoices | None = None,
    labels: SessionLabels | None = None,
    options: ArtworkOptions | None = None,
    progress: Progress | None = None,
) -> Path:
    """Export the session PDF to `target` atomically; raises ExportProblem calmly."""
    return write_atomically(
        target,
        lambda fh: build_session_pdf(fh, doc, content, choices, labels, options, progress),
    )
