"""Halved copies of a run's image, for drawing it zoomed out without gaps.

Drawn straight at 25 %, the run's image is sampled (bilinear: four source pixels of
every sixteen), so a thin pencil line falls between the samples and looks dashed or
vanishes. Each level here halves the one above by averaging every 2 x 2 block of
premultiplied pixels (Qt's smooth scaling by exactly one half), so every line keeps its
share of ink; a zoomed-out view draws from the level just larger than the screen (never
scaled down by more than half).

A change to the run marks its rectangle; the levels are brought up to date there the
next time a zoomed-out paint asks for one, so drawing at 100 % costs nothing extra.
"""

from __future__ import annotations

import math
import mmap

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

FORMAT = QImage.Format.Format_ARGB32_Premultiplied
MAX_LEVEL = 6
"""1/64: below that the view's own smooth scaling of the last level is close enough."""


def level_for(scale: float) -> int:
    """The level to draw from at `scale` (1.0 = 100 %): 0 (the image itself) from half
    size up, else the level whose size lies between the screen's and twice it."""
    if scale <= 0 or scale > 0.5:
        return 0
    return min(MAX_LEVEL, math.floor(math.log2(1 / scale) + 1e-9))


def _halved(image: QImage, rect: QRect) -> QImage:
    """`rect` of `image` (even position and size; pixels beyond the image count as
    transparent) at half size: Qt's smooth scaling by exactly one half averages each
    2 x 2 block, the same whether done whole or in parts."""
    part = image.copy(rect)
    return part.scaled(
        rect.width() // 2,
        rect.height() // 2,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def _even(rect: QRect) -> QRect:
    """`rect` grown to whole 2 x 2 blocks."""
    left, top = rect.left() // 2 * 2, rect.top() // 2 * 2
    right, bottom = rect.right() + 1, rect.bottom() + 1
    return QRect(QPoint(left, top), QSize(right + right % 2 - left, bottom + bottom % 2 - top))


class MipLevels:
    """The halved levels of one image (level k is 1 / 2**k of its size, sides rounded up)."""

    def __init__(self) -> None:
        self._levels: list[QImage] = []  # level 1, 2, ...
        self._key: int | None = None  # the source image they were made from
        self._dirty: QRect | None = None  # the source's changed pixels since then
        self._blank = False  # the source is known transparent but for _dirty
        self._memory: list[mmap.mmap] = []  # the pixels of levels made blank

    def reset(self) -> None:
        """The source image was replaced: every level is made again when next asked."""
        self._levels.clear()
        self._memory.clear()
        self._key = None
        self._dirty = None
        self._blank = False

    def start_blank(self) -> None:
        """The source was just made fully transparent (pixels marked from here on are the
        only ones painted): its levels start blank in zeroed memory the system hands over
        page by page, not halved from it (which read and wrote every pixel of a
        canvas-sized image at the first zoomed-out pen press, 10-20 ms)."""
        self.reset()
        self._blank = True

    def mark(self, rect: QRect) -> None:
        """Pixels of the source (in its own coordinates) changed."""
        if rect.isEmpty():
            return
        self._dirty = rect if self._dirty is None else self._dirty.united(rect)

    def level(self, source: QImage, k: int) -> QImage:
        """Level `k` (1..MAX_LEVEL) of `source`, up to date."""
        if source.format() != FORMAT:
            source = source.convertToFormat(FORMAT)
        if self._blank and not self._levels:
            self._make_blank(source, k)  # then brought up to date over what was painted
        self._blank = False
        if self._key not in (None, source.cacheKey()) and self._dirty is None:
            self.reset()  # changed without a word: everything again
        if self._dirty is not None and self._levels:
            self._update(source, self._dirty.intersected(source.rect()))
        self._dirty = None
        above = source if not self._levels else self._levels[-1]
        while len(self._levels) < k:
            whole = _even(above.rect())
            below = _halved(above, whole)
            self._levels.append(below)
            above = below
        self._key = source.cacheKey()
        return self._levels[k - 1]

    def _make_blank(self, source: QImage, k: int) -> None:
        """Levels 1..`k` of a transparent `source`, in zeroed memory."""
        w, h = source.width(), source.height()
        for _ in range(k):
            w, h = (w + 1) // 2, (h + 1) // 2
            memory = mmap.mmap(-1, max(1, w * h * 4))
            self._memory.append(memory)
            self._levels.append(QImage(memoryview(memory), w, h, w * 4, FORMAT))
        self._key = source.cacheKey()

    def _update(self, source: QImage, rect: QRect) -> None:
        """Bring every made level up to date over `rect` of the source."""
        above = source
        for i, below in enumerate(self._levels):
            if rect.isEmpty():
                return
            rect = _even(rect)
            half = _halved(above, rect)
            p = QPainter(below)
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            p.drawImage(QPoint(rect.x() // 2, rect.y() // 2), half)
            p.end()
            self._levels[i] = below
            rect = QRect(rect.x() // 2, rect.y() // 2, rect.width() // 2, rect.height() // 2)
            above = below


def draw_levelled(
    painter: QPainter, mips: MipLevels, image: QImage, origin: QPoint, exposed: QRect
) -> None:
    """Draw `exposed` (canvas units) of `image`, placed at `origin`, at the painter's
    zoom: straight from the image from half size up, else from the halved level between
    the screen's size and twice it, scaled back up here to canvas units (the view's
    transform then shrinks it by less than half, so no line falls between samples)."""
    k = level_for(QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()))
    if k == 0:
        painter.drawImage(exposed.topLeft(), image, exposed.translated(-origin))
        return
    level = mips.level(image, k)
    local = exposed.translated(-origin)
    first = QPoint(local.left() >> k, local.top() >> k)
    last = QPoint(local.right() >> k, local.bottom() >> k)
    part = QRect(first, last).intersected(level.rect())
    if part.isEmpty():
        return
    size = 1 << k
    target = QRectF(
        QPoint(origin.x() + part.x() * size, origin.y() + part.y() * size),
        QSize(part.width() * size, part.height() * size),
    )
    painter.drawImage(target, level, QRectF(part))
