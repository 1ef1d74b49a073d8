"""Halved copies of a run's image, for drawing it zoomed out without gaps.

Drawn straight at 25 %, the run's image is sampled (bilinear: four source pixels of
every sixteen), so a thin pencil line falls between the samples and looks dashed or
vanishes. Each level here halves the one above by averaging every 2 x 2 block of
premultiplied pixels, so every line keeps its share of ink; a zoomed-out view draws
from the level just larger than the screen (never scaled down by more than half).

A change to the run marks its rectangle; the levels are brought up to date there the
next time a zoomed-out paint asks for one, so drawing at 100 % costs nothing extra.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

if TYPE_CHECKING:  # numpy loads on the first zoomed-out paint, not at start-up
    import numpy as np

FORMAT = QImage.Format.Format_ARGB32_Premultiplied
MAX_LEVEL = 6
"""1/64: below that the view's own smooth scaling of the last level is close enough."""


def level_for(scale: float) -> int:
    """The level to draw from at `scale` (1.0 = 100 %): 0 (the image itself) from half
    size up, else the level whose size lies between the screen's and twice it."""
    if scale <= 0 or scale > 0.5:
        return 0
    return min(MAX_LEVEL, math.floor(math.log2(1 / scale) + 1e-9))


def _pixels(image: QImage) -> np.ndarray:
    """A (h, w, 4) uint8 view of a premultiplied image's pixels (no copy)."""
    import numpy as np

    h, w = image.height(), image.width()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return rows.reshape(h, image.bytesPerLine())[:, : w * 4].reshape(h, w, 4)


def _halved(block: np.ndarray) -> np.ndarray:
    """Each 2 x 2 block of `block` (even sides) averaged, rounded to nearest."""
    import numpy as np

    wide = block.astype(np.uint16)
    total = wide[0::2, 0::2] + wide[1::2, 0::2] + wide[0::2, 1::2] + wide[1::2, 1::2]
    return ((total + 2) >> 2).astype(np.uint8)


class MipLevels:
    """The halved levels of one image (level k is 1 / 2**k of its size, sides rounded up)."""

    def __init__(self) -> None:
        self._arrays: list[np.ndarray] = []  # level 1, 2, ...: their pixels
        self._images: list[QImage] = []  # the same pixels, as images to draw
        self._key: int | None = None  # the source image they were made from
        self._dirty: QRect | None = None  # the source's changed pixels since then

    def reset(self) -> None:
        """The source image was replaced: every level is made again when next asked."""
        self._arrays.clear()
        self._images.clear()
        self._key = None
        self._dirty = None

    def mark(self, rect: QRect) -> None:
        """Pixels of the source (in its own coordinates) changed."""
        if rect.isEmpty():
            return
        self._dirty = rect if self._dirty is None else self._dirty.united(rect)

    def level(self, source: QImage, k: int) -> QImage:
        """Level `k` (1..MAX_LEVEL) of `source`, up to date."""
        if source.format() != FORMAT:
            source = source.convertToFormat(FORMAT)
        if self._key not in (None, source.cacheKey()) and self._dirty is None:
            self.reset()  # changed without a word: everything again
        self._build(source, k)
        return self._images[k - 1]

    # -- building ------------------------------------------------------------------
    def _build(self, source: QImage, k: int) -> None:
        import numpy as np

        dirty = self._dirty
        if dirty is not None and self._arrays:
            self._update(source, dirty.intersected(QRect(0, 0, source.width(), source.height())))
        self._dirty = None
        above = _pixels(source) if not self._arrays else self._arrays[-1]
        while len(self._arrays) < k:
            h, w = above.shape[:2]
            padded = np.zeros((h + h % 2, w + w % 2, 4), dtype=np.uint8)
            padded[:h, :w] = above
            below = np.ascontiguousarray(_halved(padded))
            self._arrays.append(below)
            self._images.append(self._image_of(below))
            above = below
        self._key = source.cacheKey()

    def _update(self, source: QImage, rect: QRect) -> None:
        """Bring every made level up to date over `rect` of the source."""
        if rect.isEmpty():
            return
        x0, y0, x1, y1 = rect.left(), rect.top(), rect.right() + 1, rect.bottom() + 1
        above = _pixels(source)
        for i, below in enumerate(self._arrays):
            x0, y0 = x0 // 2 * 2, y0 // 2 * 2  # whole 2 x 2 blocks
            x1, y1 = min(x1 + x1 % 2, above.shape[1]), min(y1 + y1 % 2, above.shape[0])
            block = above[y0:y1, x0:x1]
            if block.shape[0] % 2 or block.shape[1] % 2:  # the source's odd last row/column
                import numpy as np

                even = np.zeros(
                    (block.shape[0] + block.shape[0] % 2, block.shape[1] + block.shape[1] % 2, 4),
                    dtype=np.uint8,
                )
                even[: block.shape[0], : block.shape[1]] = block
                block = even
            x0, y0, x1, y1 = (
                x0 // 2,
                y0 // 2,
                (x0 + block.shape[1]) // 2,
                (y0 + block.shape[0]) // 2,
            )
            below[y0:y1, x0:x1] = _halved(block)
            self._images[i] = self._image_of(below)
            above = below

    @staticmethod
    def _image_of(pixels: np.ndarray) -> QImage:
        """An image over `pixels` (kept alive by the caller's list of arrays)."""
        h, w = pixels.shape[:2]
        return QImage(pixels.data, w, h, w * 4, FORMAT)
