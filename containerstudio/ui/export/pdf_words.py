"""The words printed in the PDFs around a person's own, in the UI's language.

The exports are Qt-free and print English words by default; the UI (and the command
line) hands them these translated ones instead: the one seam for every PDF label. Each
function takes `_tr`, how to translate one text (context "PdfWords"): the app's language
by default, or `translations.translator_for(code)` for another (a pack's own language
when the command line prints its worksheets).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from containerstudio.export.paper_box import PaperContainerTexts
from containerstudio.export.session_pdf import SessionLabels
from containerstudio.export.worksheet import WorksheetLabels
from containerstudio.ui.kit.translations import format_date

CONTEXT = "PdfWords"
Translate = Callable[[str], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfWords", text)


def session_labels(_tr: Translate = _tr, language: str | None = None) -> SessionLabels:
    """The session PDF's headings, and its date as the language writes it (the app's,
    or `language`'s)."""
    locale = QLocale(language) if language else None
    return SessionLabels(
        reflections=_tr("Reflections"),
        checkins=_tr("Check-in"),
        checkin_columns=("", _tr("Before"), _tr("After")),
        kept_where=_tr("Where the container is kept"),
        slips=_tr("Slips"),
        write_date=lambda day: format_date(day, long=True, locale=locale),
    )


def worksheet_labels(_tr: Translate = _tr) -> WorksheetLabels:
    """The words a worksheet page prints around the pack's text."""
    return WorksheetLabels(step_of=_tr("Step {n} of {m}"))


def paper_texts(_tr: Translate = _tr) -> PaperContainerTexts:
    """The paper container's headings and folding guide."""
    return PaperContainerTexts(
        box=_tr("Your paper container: the box"),
        lid=_tr("Your paper container: the lid"),
        envelope=_tr("Your paper container: an envelope"),
        glue=_tr("glue"),
        box_guide=(
            _tr("1. Cut along the solid lines."),
            _tr("2. Fold along the dashed lines, picture side out."),
            _tr("3. Put a little glue on the grey tabs and tuck them inside the side walls."),
        ),
        lid_guide=(
            _tr("1. Cut along the solid lines and fold along the dashed lines."),
            _tr("2. Glue the grey tabs inside, as for the box."),
            _tr("3. The lid is a little larger than the box, so it slides over it."),
        ),
        envelope_guide=(
            _tr("1. Cut along the solid lines; fold the side flaps in."),
            _tr("2. Glue the grey bottom flap over them."),
            _tr("3. Tuck the top flap in to close it, and open it whenever you choose."),
        ),
    )
