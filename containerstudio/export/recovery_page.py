"""The recovery key as a printed page: its twelve words, numbered and large enough to
type back without doubt, and a few lines on what they open (reportlab; Qt-free).

The page is made in memory for the print preview and never written to a file by the
app: the words are as strong as the passcode, so only paper holds them.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

LABELS = {
    "title": "Recovery key",
    "intro": "These twelve words open your Container Studio library if its passcode is ever "
    "forgotten: on the lock screen (Use the recovery key), or in place of the current "
    "passcode to set a new one. Whoever holds this page can open the library, so you may "
    "keep it somewhere safe, apart from the computer.",
}
WORDS_PER_COLUMN = 6


def recovery_page_bytes(
    words: str, page: str = "a4", labels: Mapping[str, str] | None = None
) -> bytes:
    """One page as PDF bytes; `labels` replaces the English words (translations)."""
    from reportlab.lib.units import mm

    from containerstudio.export.common import FONT, FONT_BOLD, PdfOptions
    from containerstudio.export.group_print import new_canvas

    texts = {**LABELS, **(labels or {})}
    out = io.BytesIO()
    options = PdfOptions(page=page)
    c = new_canvas(out, options)
    _width, height = options.page_size()
    left, top = 20 * mm, height - 25 * mm
    c.setFont(FONT_BOLD, 20)
    c.drawString(left, top, texts["title"])
    c.setFont(FONT, 11)
    text = c.beginText(left, top - 12 * mm)
    text.setLeading(15)
    for line in _wrap(texts["intro"], 85):
        text.textLine(line)
    c.drawText(text)
    first = top - 50 * mm
    for index, word in enumerate(words.split()):
        column, row = divmod(index, WORDS_PER_COLUMN)
        x, y = left + column * 80 * mm, first - row * 14 * mm
        c.setFont(FONT, 12)
        c.drawRightString(x + 10 * mm, y, f"{index + 1}.")
        c.setFont(FONT_BOLD, 18)
        c.drawString(x + 14 * mm, y, word)
    c.showPage()
    c.save()
    return out.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines
