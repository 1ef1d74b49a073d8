"""Crop and lasso cut-out of photos on the canvas.

Crop: drag a rectangle over a photo; the photo keeps only that part (and stays where
it was on the canvas). Cut out: draw around the part to keep; outside the line the
photo becomes clear. Both are one ReplaceElement, so one undo step.
"""

from __future__ import annotations

import dataclasses
import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF

from containerstudio.model.commands import ReplaceElement
from containerstudio.model.placed import ImageElement
from containerstudio.ui.canvas.hit import element_item_at, normalized, refresh_overlay
from containerstudio.ui.canvas.items.image_item import ImageItem
from containerstudio.ui.canvas.tools import CanvasTool
from containerstudio.ui.kit.theme import color

MIN_CROP = 4.0  # canvas units
LASSO_STEP = 3.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tools", text)


class _PhotoGestureTool(CanvasTool):
    """Press on a photo starts a gesture on it; elsewhere nothing happens."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self._item: ImageItem | None = None
        self._points: list[QPointF] = []

    @property
    def active(self) -> bool:
        return self._item is not None

    def press(self, pos: QPointF, pressure: float) -> None:
        item = element_item_at(self.scene, pos, (ImageElement,))
        self._item = item if isinstance(item, ImageItem) else None
        self._points = [pos] if self._item is not None else []

    def cancel(self) -> None:
        self._item = None
        self._points = []
        refresh_overlay(self.scene)

    def _fractions(self, scene_pos: QPointF) -> tuple[float, float]:
        assert self._item is not None
        local = self._item.mapFromScene(scene_pos)
        rect = self._item.rect
        fx = (local.x() - rect.left()) / rect.width()
        fy = (local.y() - rect.top()) / rect.height()
        return (min(1.0, max(0.0, fx)), min(1.0, max(0.0, fy)))


class CropTool(_PhotoGestureTool):
    """Drag a rectangle (in the photo's own frame) to keep."""

    def move(self, pos: QPointF, pressure: float) -> None:
        if self._item is not None:
            self._points[1:] = [pos]
            refresh_overlay(self.scene)

    def release(self, pos: QPointF, pressure: float) -> None:
        if self._item is None:
            return
        item = self._item
        (fa, ga), (fb, gb) = self._fractions(self._points[0]), self._fractions(pos)
        self.cancel()
        fx0, fx1, fy0, fy1 = min(fa, fb), max(fa, fb), min(ga, gb), max(ga, gb)
        el: ImageElement = item.element
        if (fx1 - fx0) * el.width < MIN_CROP or (fy1 - fy0) * el.height < MIN_CROP:
            return
        c0x, c0y, c1x, c1y = el.crop
        crop = (
            round(c0x + fx0 * (c1x - c0x), 5),
            round(c0y + fy0 * (c1y - c0y), 5),
            round(c0x + fx1 * (c1x - c0x), 5),
            round(c0y + fy1 * (c1y - c0y), 5),
        )
        rect = item.rect
        local = QRectF(
            rect.left() + fx0 * rect.width(),
            rect.top() + fy0 * rect.height(),
            (fx1 - fx0) * rect.width(),
            (fy1 - fy0) * rect.height(),
        )
        centre = item.mapToScene(local.center())
        cutout = tuple(
            (round((px - fx0) / (fx1 - fx0), 4), round((py - fy0) / (fy1 - fy0), 4))
            for px, py in el.cutout
        )
        new = dataclasses.replace(
            el,
            crop=crop,
            width=round(local.width(), 3),
            height=round(local.height(), 3),
            x=round(centre.x(), 3),
            y=round(centre.y(), 3),
            cutout=cutout,
        )
        self.stack.push(ReplaceElement(normalized(new), name=_tr("Crop photo")))

    def paint_overlay(self, painter: QPainter, zoom: float) -> None:
        if self._item is None or len(self._points) < 2:
            return
        a = self._item.mapFromScene(self._points[0])
        b = self._item.mapFromScene(self._points[1])
        poly = self._item.mapToScene(QRectF(a, b).normalized())
        mark = color("paper_mark")
        painter.setPen(QPen(mark, 2 / zoom, Qt.PenStyle.DashLine))
        mark.setAlpha(40)
        painter.setBrush(mark)
        painter.drawPolygon(poly)


class CutoutTool(_PhotoGestureTool):
    """Draw around what to keep; release closes the line."""

    def move(self, pos: QPointF, pressure: float) -> None:
        if self._item is None:
            return
        last = self._points[-1]
        if math.hypot(pos.x() - last.x(), pos.y() - last.y()) >= LASSO_STEP:
            self._points.append(pos)
            refresh_overlay(self.scene)

    def release(self, pos: QPointF, pressure: float) -> None:
        if self._item is None:
            return
        self.move(pos, pressure)
        points = [self._fractions(p) for p in self._points]
        el: ImageElement = self._item.element
        self.cancel()
        if len(points) < 3:
            return
        cutout = tuple((round(x, 4), round(y, 4)) for x, y in points)
        new = dataclasses.replace(el, cutout=cutout)
        self.stack.push(ReplaceElement(normalized(new), name=_tr("Cut out photo")))

    def paint_overlay(self, painter: QPainter, zoom: float) -> None:
        if self._item is None or len(self._points) < 2:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(color("paper_mark"), 2 / zoom, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF(self._points))
