"""Bridges stroke runs and the render cache: restore a run's pixels on open, and hand
the finished runs' pixels to storage when the container closes."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage

from containerstudio.model.elements import Stroke
from containerstudio.storage.library import Library
from containerstudio.storage.render_cache import RenderCacheStore, RunPixels, prefix_hash

MIN_CACHED_ELEMENTS = 12  # smaller runs draw faster than they load


class RunCache:
    """Cached run pixels of one container, read once when it opens."""

    def __init__(self, library: Library, container_id: int) -> None:
        self.library = library
        self.container_id = container_id
        self.store = RenderCacheStore(library.db, library.codec)
        self._entries = self.store.entries(container_id)
        self.hits = 0  # runs restored from the cache (for tests and benchmarks)

    def restore(self, ordered: list[Stroke]) -> tuple[QImage, QPoint, int] | None:
        """Cached pixels for the longest cached prefix of `ordered`: (image, origin, count)."""
        if len(ordered) < MIN_CACHED_ELEMENTS or not self._entries:
            return None
        keys = [self.library.element_key(e) for e in ordered]
        entry = self._entries.get(keys[0])
        if entry is None or entry.count > len(keys):
            return None
        if prefix_hash(keys[: entry.count]) != entry.prefix_hash:
            return None
        image = QImage(
            entry.pixels, entry.width, entry.height, QImage.Format.Format_ARGB32_Premultiplied
        ).copy()  # own the pixels; the bytes object goes away
        self.hits += 1
        return image, QPoint(entry.x, entry.y), entry.count

    def snapshot(self, runs: list[tuple[list[Stroke], QImage, QPoint]]) -> list[RunPixels]:
        """Pixels of the given runs, ready to store (taken on the UI thread)."""
        out = []
        for ordered, image, origin in runs:
            if len(ordered) < MIN_CACHED_ELEMENTS or image.isNull():
                continue
            keys = [self.library.element_key(e) for e in ordered]
            img = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
            out.append(
                RunPixels(
                    keys[0],
                    len(keys),
                    prefix_hash(keys),
                    origin.x(),
                    origin.y(),
                    img.width(),
                    img.height(),
                    bytes(img.constBits()),
                )
            )
        return out

    def save(self, pixels: list[RunPixels]) -> None:
        self.store.replace(self.container_id, pixels)
