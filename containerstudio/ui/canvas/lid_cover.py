"""The calm cover a closed container shows when the person drew no lid of their own.

Drawn by the scene over the inside area (where the inside's elements are; with nothing
inside, a band resting on top of the outside; else across the middle of the paper), in
soft paper colours, so a closed container always looks closed. It is a rendition, not
part of the artwork: it is never stored and never exported.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from containerstudio.model.elements import Element, Stroke

COVER_FILL = QColor("#e9e1d0")
COVER_RIM = QColor("#cfc3aa")
COVER_EDGE = QColor("#a89b80")
PADDING = 24.0
MIN_SIDE = 120.0
BAND_HEIGHT = 56.0  # the band that rests on an outside with nothing inside


def cover_rect(elements: Iterable[Element], canvas: QRectF) -> QRectF:
    """Where the cover goes: over the inside's elements; with nothing inside, as a band
    resting on top of the outside (never over it); else across the middle of the paper.
    Never smaller than a hand's width, always on the paper."""
    inside: QRectF | None = None
    outside: QRectF | None = None
    for element in elements:
        if isinstance(element, Stroke) and element.is_eraser:
            continue
        x0, y0, x1, y1 = element.bounds()
        box = QRectF(x0, y0, max(0.0, x1 - x0), max(0.0, y1 - y0))
        if element.part == "inside":
            inside = box if inside is None else inside.united(box)
        elif element.part == "outside":
            outside = box if outside is None else outside.united(box)
    if inside is not None:
        area = inside.adjusted(-PADDING, -PADDING, PADDING, PADDING)
    elif outside is not None:
        top = max(canvas.top(), outside.top() - PADDING - BAND_HEIGHT)
        area = QRectF(outside.left(), top, outside.width(), BAND_HEIGHT)
    else:
        w, h = canvas.width() * 0.5, canvas.height() * 0.4
        area = QRectF(canvas.center().x() - w / 2, canvas.center().y() - h / 2, w, h)
    if area.width() < MIN_SIDE:
        area.adjust(-(MIN_SIDE - area.width()) / 2, 0, (MIN_SIDE - area.width()) / 2, 0)
    if inside is not None and area.height() < MIN_SIDE:
        area.adjust(0, -(MIN_SIDE - area.height()) / 2, 0, (MIN_SIDE - area.height()) / 2)
    return area.intersected(canvas)


class ClosedCoverItem(QGraphicsItem):
    """A soft lid over a rectangle: a body, a rim along its top and a small handle."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        r = self._rect
        if r.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        radius = min(18.0, r.height() / 6)
        painter.setPen(QPen(COVER_EDGE, 2))
        painter.setBrush(QBrush(COVER_FILL))
        painter.drawRoundedRect(r, radius, radius)
        rim = QRectF(r.left(), r.top(), r.width(), min(r.height() / 4, 48.0))
        painter.setBrush(QBrush(COVER_RIM))
        painter.drawRoundedRect(rim, radius, radius)
        handle_w = min(90.0, r.width() / 4)
        handle = QRectF(r.center().x() - handle_w / 2, rim.center().y() - 5, handle_w, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(COVER_EDGE))
        painter.drawRoundedRect(handle, 5, 5)
