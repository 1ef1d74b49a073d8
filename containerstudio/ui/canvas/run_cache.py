"""Bridges stroke runs and the render cache.

On opening, a run whose pixels are cached waits for them. The canvas paints first (the
paper, photos, everything else), then the pixels are read and decompressed in the
background (zlib lets go of the interpreter) and appear a moment later, so a big
container shows its canvas at once; any use of the pixels before they arrive (a render,
a pen press, a change to the drawing) takes them synchronously instead. On closing,
the finished runs' pixels are handed to storage when they changed.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage

from containerstudio.model.elements import Stroke
from containerstudio.storage.library import Library
from containerstudio.storage.render_cache import (
    RenderCacheStore,
    RunPixels,
    prefix_hash,
)
from containerstudio.ui.canvas.raster_run import StrokeRunItem
from containerstudio.ui.kit.background import BackgroundWork

MIN_CACHED_ELEMENTS = 12  # smaller runs draw faster than they load


class RunCache:
    """Cached run pixels of one container, looked up once when it opens."""

    def __init__(
        self,
        library: Library,
        container_id: int,
        work: BackgroundWork | None = None,
        entries: dict[str, RunPixels] | None = None,
    ) -> None:
        """`entries`: the container's cached runs when already read (on the storage
        lane, `RenderCacheStore.entries`); otherwise they are read here."""
        self.library = library
        self.container_id = container_id
        self.work = work
        self.store = RenderCacheStore(library.db, library.codec)
        self._entries = self.store.entries(container_id) if entries is None else entries
        self._waiting: dict[int, tuple[StrokeRunItem, RunPixels]] = {}
        self._fetching: set[int] = set()
        self.hits = 0  # runs restored from the cache (for tests and benchmarks)

    def _match(self, ordered: list[Stroke]) -> RunPixels | None:
        if len(ordered) < MIN_CACHED_ELEMENTS or not self._entries:
            return None
        keys = self.library.element_keys(ordered, self.container_id)
        entry = self._entries.get(keys[0])
        if entry is None or entry.count > len(keys):
            return None
        if prefix_hash(keys[: entry.count]) != entry.prefix_hash:
            return None
        return entry

    def _image(self, entry: RunPixels) -> tuple[QImage, QPoint]:
        """Decode one entry (safe on a worker thread: QImage is reentrant)."""
        raw = self.store.pixels_of(self.container_id, entry)
        image = QImage(
            raw, entry.width, entry.height, QImage.Format.Format_ARGB32_Premultiplied
        ).copy()  # own the pixels; the bytes object goes away
        return image, QPoint(entry.x, entry.y)

    def begin_restore(self, run: StrokeRunItem, ordered: list[Stroke]) -> bool:
        """Start restoring `run` from the cache; False when nothing cached matches."""
        entry = self._match(ordered)
        if entry is None:
            return False
        self.hits += 1
        run.set_pending(ordered, entry.count)
        self._waiting[id(run)] = (run, entry)
        return True

    def fetch_waiting(self) -> None:
        """Read the waiting runs' pixels in the background (called once the canvas has
        painted, so reading them never holds up its first appearance)."""
        if self.work is None:
            return
        for key, (run, entry) in list(self._waiting.items()):
            if key in self._fetching:
                continue
            self._fetching.add(key)
            self.work.run(
                functools.partial(self._image, entry),
                functools.partial(self._deliver, run),
                functools.partial(self._deliver_nothing, run),
            )

    def _deliver_nothing(self, run: StrokeRunItem, _exc: BaseException) -> None:
        self._deliver(run, None)

    def _deliver(self, run: StrokeRunItem, result: tuple[QImage, QPoint] | None) -> None:
        if self._waiting.pop(id(run), None) is not None and run.pending:
            run.finish_pending(result)

    def settle(self) -> None:
        """Finish every waiting run now, on this thread (pixels are needed right away)."""
        waiting, self._waiting = self._waiting, {}
        for run, entry in waiting.values():
            if run.pending:
                try:
                    run.finish_pending(self._image(entry))
                except (ValueError, OSError):  # unreadable cache: paint from data
                    run.finish_pending(None)

    def drop_waiting(self) -> None:
        """The container closes: pixels still on their way are not wanted any more."""
        self._waiting.clear()

    @property
    def waiting(self) -> bool:
        return bool(self._waiting)

    def _signature(self, ordered: list[Stroke]) -> tuple[str, int, str]:
        keys = self.library.element_keys(ordered, self.container_id)
        return keys[0], len(keys), prefix_hash(keys)

    def up_to_date(self, members: list[tuple[list[Stroke], StrokeRunItem]]) -> bool:
        """True when storage already holds exactly these runs' pixels (nothing drawn,
        undone or erased since opening), so closing need not store them again."""
        return self._stored_exactly([ordered for ordered, _run in members])

    def _stored_exactly(self, orders: list[list[Stroke]]) -> bool:
        wanted = {self._signature(o) for o in orders if len(o) >= MIN_CACHED_ELEMENTS}
        stored = {(e.first_key, e.count, e.prefix_hash) for e in self._entries.values()}
        return wanted == stored

    def keep_if_changed(self, runs: list[tuple[list[Stroke], QImage, QPoint]]) -> None:
        """Store these runs' pixels unless storage holds exactly them already (safe on
        the storage lane: each image is a shared copy the canvas no longer paints on)."""
        if not self._stored_exactly([ordered for ordered, _image, _origin in runs]):
            self.save(self.snapshot(runs))

    def snapshot(self, runs: list[tuple[list[Stroke], QImage, QPoint]]) -> list[RunPixels]:
        """Pixels of the given runs, ready to store (on the UI thread, or on the storage
        lane from shared copies of the images)."""
        out = []
        for ordered, image, origin in runs:
            if len(ordered) < MIN_CACHED_ELEMENTS or image.isNull():
                continue
            first_key, count, digest = self._signature(ordered)
            img = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
            out.append(
                RunPixels(
                    first_key,
                    count,
                    digest,
                    origin.x(),
                    origin.y(),
                    img.width(),
                    img.height(),
                    bytes(img.constBits()),
                )
            )
        return out

    def save(self, pixels: list[RunPixels]) -> None:
        """Store these pixels as the container's cache (safe on the storage lane)."""
        self.store.replace(self.container_id, pixels)
