"""Words on the canvas, laid out in the element's natural rectangle."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from containerstudio.model.placed import TextElement
from containerstudio.ui.canvas.items.placed_item import PlacedItem

TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
TEXT_MARGIN = 4.0


def text_font(family: str, size: float) -> QFont:
    font = QFont(family)
    font.setPixelSize(max(1, round(size)))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def text_size(text: str, family: str, size: float) -> tuple[float, float]:
    """Natural width and height of `text` (lines kept) with a small margin."""
    metrics = QFontMetricsF(text_font(family, size))
    rect = metrics.boundingRect(QRectF(0, 0, 1e6, 1e6), TEXT_FLAGS, text or " ")
    return (rect.width() + 2 * TEXT_MARGIN, max(rect.height(), metrics.height()) + 2 * TEXT_MARGIN)


class TextItem(PlacedItem):
    """Paints the text in its colour; editing happens through the text tool."""

    element: TextElement  # always an element of this kind (see items/__init__.py)

    def __init__(self, element: TextElement) -> None:
        super().__init__(element)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        el = self.element
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setFont(text_font(el.font_family, el.font_size))
        painter.setPen(QColor(el.color))
        painter.drawText(self.rect.adjusted(TEXT_MARGIN, 0, -TEXT_MARGIN, 0), TEXT_FLAGS, el.text)
