"""A run of consecutive strokes cached as one raster image.

Finished strokes are painted once into the run's image; repainting the view only
blits the exposed part of it. So a pointer event costs the same with 10 strokes or
10,000 (see benchmarks/stroke_event.py). Zoomed out, the image is drawn from halved
copies of it (mip_levels.py), so a thin line stays whole instead of looking dashed.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from containerstudio.model.elements import Stroke
from containerstudio.ui.canvas.mip_levels import MipLevels, draw_levelled
from containerstudio.ui.canvas.stroke_painter import clipped, paint_stroke, stroke_rect

MAX_PATCHES = 64


class StrokeRunItem(QGraphicsItem):
    """Consecutive strokes of one part, rendered into an image that grows as needed."""

    def __init__(self, canvas: QRect) -> None:
        super().__init__()
        self._canvas = canvas
        self.stroke_ids: list[str] = []
        # Pixels under the most recent strokes before they were painted, so undoing
        # the last stroke restores a small patch instead of re-rendering the run.
        self._patches: dict[str, tuple[QRect, QImage]] = {}
        self._image = QImage()
        self._origin = QPoint(0, 0)
        self._mips = MipLevels()  # follows every change of _image (mark / reset)
        # Set while the run's cached pixels are being read in the background:
        # (the run's strokes in order, how many of them the cached pixels cover).
        self._pending: tuple[list[Stroke], int] | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    # -- QGraphicsItem -------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        if self._image.isNull():
            return QRectF()
        return QRectF(QRect(self._origin, self._image.size()))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self._image.isNull():
            return
        exposed = option.exposedRect.toAlignedRect().intersected(
            QRect(self._origin, self._image.size())
        )
        if exposed.isEmpty():
            return
        draw_levelled(painter, self._mips, self._image, self._origin, exposed)

    # -- content ------------------------------------------------------------------
    def _ensure_covers(self, rect: QRect) -> None:
        """Grow the image so it covers `rect` (clipped to the canvas)."""
        rect = rect.intersected(self._canvas)
        if rect.isEmpty():
            return
        current = QRect(self._origin, self._image.size()) if not self._image.isNull() else QRect()
        if current.contains(rect):
            return
        wanted = rect if current.isEmpty() else current.united(rect)
        # Grow generously to avoid reallocating on every stroke near the edge.
        wanted = wanted.adjusted(-64, -64, 64, 64).intersected(self._canvas)
        image = QImage(wanted.size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        if not self._image.isNull():
            p = QPainter(image)
            p.drawImage(self._origin - wanted.topLeft(), self._image)
            p.end()
        self.prepareGeometryChange()
        self._image = image
        self._origin = wanted.topLeft()
        self._mips.reset()

    def painter(self) -> QPainter:
        """A painter in canvas coordinates on the run's image (caller ends it)."""
        p = QPainter(self._image)
        p.translate(-self._origin.x(), -self._origin.y())
        return p

    def add_stroke(self, stroke: Stroke, keep_patch: bool = False) -> QRect:
        """Paint a finished stroke on top; return the canvas rect that changed."""
        self.stroke_ids.append(stroke.id)
        area = stroke_rect(stroke).toAlignedRect().adjusted(-3, -3, 3, 3)
        self._ensure_covers(area)
        if self._image.isNull():
            return QRect()
        if keep_patch:
            local = area.intersected(QRect(self._origin, self._image.size()))
            self._patches[stroke.id] = (local, self._image.copy(local.translated(-self._origin)))
            while len(self._patches) > MAX_PATCHES:
                self._patches.pop(next(iter(self._patches)))
        p = self.painter()
        dirty = paint_stroke(p, stroke)
        p.end()
        rect = clipped(dirty, self._canvas)
        self._mips.mark(rect.translated(-self._origin))
        self.update(QRectF(rect))
        return rect

    def remove_last_stroke(self, stroke_id: str) -> bool:
        """Undo the newest stroke by restoring its patch; False if that is not possible."""
        if not self.stroke_ids or self.stroke_ids[-1] != stroke_id:
            return False
        patch = self._patches.pop(stroke_id, None)
        if patch is None:
            return False
        rect, pixels = patch
        p = QPainter(self._image)
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        p.drawImage(rect.topLeft() - self._origin, pixels)
        p.end()
        self._mips.mark(rect.translated(-self._origin))
        self.stroke_ids.pop()
        self.update(QRectF(rect))
        return True

    def apply_eraser(self, eraser: Stroke) -> None:
        """Clear pixels under an eraser stroke (idempotent, so a live erase can repeat)."""
        self._patches.clear()  # patches taken before the erase would bring pixels back
        if self._image.isNull():
            return
        p = self.painter()
        dirty = paint_stroke(p, eraser)
        p.end()
        rect = clipped(dirty, self._canvas)
        self._mips.mark(rect.translated(-self._origin))
        self.update(QRectF(rect))

    def rebuild(
        self, ordered: list[Stroke], cached: tuple[QImage, QPoint, int] | None = None
    ) -> None:
        """Re-render from data: the run's strokes and, interleaved in document order,
        the erasers that come after the run's first stroke (an eraser clears only
        what was painted before it). `cached` gives the pixels of the first `count`
        of them (from the render cache), so only the rest is painted."""
        self.prepareGeometryChange()
        self._image = QImage()
        self._origin = QPoint(0, 0)
        self._mips.reset()
        self.stroke_ids = []
        self._patches.clear()
        done = 0
        if cached is not None:
            image, origin, done = cached
            self._image = image
            self._origin = origin
            self.stroke_ids = [s.id for s in ordered[:done] if not s.is_eraser]
        for stroke in ordered[done:]:
            if stroke.is_eraser:
                self.apply_eraser(stroke)
            else:
                self.add_stroke(stroke)
        self.update()

    # -- pixels arriving from the render cache -------------------------------------
    @property
    def pending(self) -> bool:
        return self._pending is not None

    def set_pending(self, ordered: list[Stroke], count: int) -> None:
        """Wait for cached pixels of the first `count` of `ordered` (see RunCache)."""
        self.prepareGeometryChange()
        self._image = QImage()
        self._origin = QPoint(0, 0)
        self._mips.reset()
        self._patches.clear()
        self.stroke_ids = [s.id for s in ordered if not s.is_eraser]
        self._pending = (ordered, count)

    def finish_pending(self, cached: tuple[QImage, QPoint] | None) -> None:
        """Take the cached pixels (or, with None, paint everything from data)."""
        if self._pending is None:
            return
        ordered, count = self._pending
        self._pending = None
        if cached is None:
            self.rebuild(ordered)
        else:
            self.rebuild(ordered, (cached[0], cached[1], count))

    def origin(self) -> QPoint:
        return self._origin

    def image(self) -> QImage:
        return self._image
