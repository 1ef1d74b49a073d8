"""The printable therapist card: one page with the card as a QR code, its fingerprint
words large enough to read aloud, and the key in letters (reportlab; Qt-free).

The QR code holds exactly the card file's text, so either can be given to the client.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping
from pathlib import Path

from containerstudio.exchange.therapist import TherapistCard

LABELS = {
    "title": "Therapist card",
    "intro": "Your client may import this card into Container Studio (Therapist card… → "
    "Import a card), from the card file or from this code.",
    "words": "Fingerprint words: you may compare them together, aloud.",
    "key": "Key",
}
QR_SIDE = 70  # millimetres


def card_page_bytes(
    card: TherapistCard, page: str = "a4", labels: Mapping[str, str] | None = None
) -> bytes:
    """The page as PDF bytes; `labels` replaces the English words (translations)."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import mm

    from containerstudio.export.common import FONT, FONT_BOLD, PdfOptions
    from containerstudio.export.group_print import new_canvas

    words = {**LABELS, **(labels or {})}
    out = io.BytesIO()
    options = PdfOptions(page=page)
    c = new_canvas(out, options)
    _width, height = options.page_size()
    left, top = 20 * mm, height - 25 * mm
    c.setFont(FONT_BOLD, 20)
    c.drawString(left, top, words["title"])
    c.setFont(FONT, 10)
    text = c.beginText(left, top - 12 * mm)
    for line in _wrap(words["intro"], 90):
        text.textLine(line)
    c.drawText(text)
    widget = QrCodeWidget(card.to_json(), barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    qr_x, qr_y, side = qr_box(options.page_size())
    # The drawing's renderer would start by naming reportlab's standard Helvetica, which
    # is not embedded; starting from the embedded font keeps every font on the page embedded.
    drawing = Drawing(
        side,
        side,
        transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0],
        initialFontName=FONT,
    )
    drawing.add(widget)
    renderPDF.draw(drawing, c, qr_x, qr_y)
    c.setFont(FONT, 10)
    c.drawString(left, qr_y - 12 * mm, words["words"])
    c.setFont(FONT_BOLD, 18)
    c.drawString(left, qr_y - 22 * mm, card.words)
    c.setFont(FONT, 8)
    key = base64.b64encode(card.public_key).decode("ascii")
    c.drawString(left, qr_y - 32 * mm, f"{words['key']}: {key}")
    c.showPage()
    c.save()
    return out.getvalue()


def qr_box(page_size: tuple[float, float]) -> tuple[float, float, float]:
    """Where the QR code sits on the page: its left, bottom and side, in points."""
    from reportlab.lib.units import mm

    width, height = page_size
    side = QR_SIDE * mm
    return (width - side) / 2, height - 55 * mm - side, side


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def write_card_page(target: Path, card: TherapistCard, page: str = "a4") -> Path:
    """Write the page to `target` (whole or not at all)."""
    from containerstudio.exchange.portable import write_file

    return write_file(target, card_page_bytes(card, page))
