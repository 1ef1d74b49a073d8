"""The export subcommands of the command line (export, print-group, paper-box,
worksheet, png). Kept apart from cli.py so that file stays small; Qt is imported
only when a sticker or a PNG needs it."""

from __future__ import annotations

import argparse
from pathlib import Path

from containerstudio.cli.export_commands import EXPORT_COMMANDS, add_export_commands
from containerstudio.exchange.departures import record_departure, session_pdf_parts
from containerstudio.export.artwork import ArtworkOptions, SvgRasterizer
from containerstudio.export.common import ExportKind, ExportProblem, PdfOptions
from containerstudio.export.group_print import GroupItem, export_group_pdf
from containerstudio.export.paper_box import export_paper_container
from containerstudio.export.session_pdf import (
    DEFAULT_SECTIONS,
    SECTIONS,
    SessionChoices,
    SessionLabels,
    export_session_pdf,
)
from containerstudio.export.worksheet import WorksheetLabels, export_worksheets
from containerstudio.flow import (
    PackSetAside,
    PromptPack,
    find_pack,
    load_pack,
    load_packs,
    shipped_prompts_dir,
)
from containerstudio.model.document import ContainerDocument
from containerstudio.model.parts import view_parts
from containerstudio.services.session_export import gather_session_content, known_packs
from containerstudio.storage.library import Library
from containerstudio.storage.lid import lid_closed

__all__ = ["EXPORT_COMMANDS", "add_export_commands", "load_pack_for_print", "run_export_command"]

INCLUDE_NAMES = {**{name: name for name in SECTIONS}, "kept": "kept_where"}  # and a short name


def run_export_command(args: argparse.Namespace, library: Library | None) -> int:
    """Run one export subcommand; ExportProblem and KeyError reach the caller."""
    if args.command == "worksheet":
        pack = load_pack_for_print(args.pack, args.language)
        export_worksheets(args.out, pack, PdfOptions(page=args.page), _worksheet_words(pack))
    elif args.command == "export":
        assert library is not None
        doc, _title = _load(library, args.id)
        sections, view = _sections(args.include), args.view
        if lid_closed(library, args.id) and ("slips" in sections or view != "outside"):
            # A closed container shows its outside and lid; its slips stay inside.
            print(
                "The lid of this container is closed, so its slips and its inside stay in "
                "it; you may open the lid in Container Studio (Session → Open the lid…)."
            )
            sections, view = sections - {"slips"}, "outside"
        content = gather_session_content(
            library, args.id, known_packs(library), include_slips="slips" in sections
        )
        choices = SessionChoices(sections, view, PdfOptions(page=args.page))
        labels = _session_words(args.language)
        export_session_pdf(args.out, doc, content, choices, labels, options=_art(view))
        record_departure(library, "pdf", session_pdf_parts(sections, view))
    elif args.command == "print-group":
        assert library is not None
        items = []
        for cid in args.ids:
            doc, title = _load(library, cid)
            items.append(GroupItem(doc, title if args.captions else None))
        export_group_pdf(args.out, items, args.per_sheet, PdfOptions(page=args.page), _art())
        record_departure(library, "group-print", view_parts("outside"), containers=len(items))
    elif args.command == "paper-box":
        assert library is not None
        doc, _ = _load(library, args.id)
        export_paper_container(args.out, doc, PdfOptions(page=args.page), art=_art())
        record_departure(library, "paper-container", view_parts("outside"))
    elif args.command == "png":
        assert library is not None
        doc, _ = _load(library, args.id)
        from containerstudio.ui.export.png_export import export_png

        export_png(args.out, doc, args.size)
        record_departure(library, "png", view_parts("outside"))
    print(f"Written: {args.out}")
    return 0


def _load(library: Library, container_id: int) -> tuple[ContainerDocument, str]:
    try:
        info = library.container(container_id)
    except KeyError:
        raise ExportProblem(ExportKind.NO_SUCH_CONTAINER, container=container_id) from None
    return library.load_working(container_id), info.title


def _sections(include: str | None) -> frozenset[str]:
    """The sections named on the command line; without --include, the dialog's defaults."""
    if include is None:
        return DEFAULT_SECTIONS
    chosen = set()
    for name in filter(None, (part.strip().lower() for part in include.split(","))):
        if name not in INCLUDE_NAMES:
            raise ExportProblem(ExportKind.NO_SUCH_SECTION, name=name, known=", ".join(SECTIONS))
        chosen.add(INCLUDE_NAMES[name])
    return frozenset(chosen)


def _art(view: str = "outside") -> ArtworkOptions:
    return ArtworkOptions(view=view, svg_rasterizer=_svg_rasterizer())


def _svg_rasterizer() -> SvgRasterizer | None:
    """Stickers need Qt's SVG renderer; without it they are left out of the artwork."""
    try:
        from containerstudio.ui.canvas.svg_raster import headless_svg_rasterizer
    except ImportError:
        return None
    return headless_svg_rasterizer()


# -- prompt packs ----------------------------------------------------------------------
def _session_words(language: str) -> SessionLabels | None:
    """The session PDF's headings and date in `language`; None: the export's English
    (asked for, or without Qt, whose catalogues hold the other languages)."""
    if language == "en":
        return None
    try:
        from containerstudio.ui.export.pdf_words import CONTEXT, session_labels
        from containerstudio.ui.kit.translations import translator_for
    except ImportError:
        return None
    return session_labels(translator_for(language, CONTEXT), language)


def _worksheet_words(pack: PromptPack) -> WorksheetLabels | None:
    """The worksheet's own words in the pack's language; None: the export's English."""
    if pack.language == "en":
        return None
    try:
        from containerstudio.ui.export.pdf_words import CONTEXT, worksheet_labels
        from containerstudio.ui.kit.translations import translator_for
    except ImportError:
        return None
    return worksheet_labels(translator_for(pack.language, CONTEXT))


def load_pack_for_print(name: str, language: str = "en") -> PromptPack:
    """A prompt pack by file path, or by id among the shipped packs (in `language`, or
    the closest one: English when it has none)."""
    path = Path(name)
    if path.suffix == ".toml" or path.exists():
        try:
            return load_pack(path)
        except PackSetAside as exc:
            reasons = "; ".join(p.describe() for p in exc.problems[:3])
            raise ExportProblem(ExportKind.PACK_SET_ASIDE, path=str(path), reasons=reasons) from exc
    packs = load_packs([shipped_prompts_dir()]).packs
    pack = find_pack(packs, name, language)
    if pack is None:
        known = ", ".join(sorted({p.id for p in packs}))
        raise ExportProblem(ExportKind.NO_SUCH_PACK, name=name, known=known)
    return pack
