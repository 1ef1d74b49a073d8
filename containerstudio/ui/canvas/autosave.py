"""Continuous autosave: the database is the save file.

Every undo-stack change (a pen release, an undo, a moved photo) schedules a save of
a snapshot shortly after; a timer catches anything else. Saves run on the storage
lane of BackgroundWork, so the canvas never waits for the disk.

The library's small picture of the container is not drawn at every save: drawing the
canvas costs the UI thread far more than the save itself, so it is drawn once the pen
has rested (THUMBNAIL_IDLE_MS after the last change) and when the container closes,
and it is compressed to PNG on the storage lane.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from containerstudio.model.document import ContainerDocument
from containerstudio.model.events import CleanChanged, UndoEvent
from containerstudio.model.undo import UndoStack
from containerstudio.storage.library import Library
from containerstudio.storage.problem import StorageProblem
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.kit.problem_texts import problem_text

SAVE_DELAY_MS = 150  # coalesces a burst of undo clicks into one save
SAFETY_INTERVAL_MS = 3000
THUMBNAIL_IDLE_MS = 2000  # the library's picture is redrawn once the pen rests this long


def snapshot(doc: ContainerDocument) -> ContainerDocument:
    """A cheap, independent copy to hand to another thread (see `ContainerDocument.copy`)."""
    return doc.copy()


class Autosaver(QObject):
    """Keeps one container's working copy saved."""

    saved = Signal(object)
    """Emitted with the datetime of the save that just kept changes (not after one that
    only brought the library's picture up to date)."""
    save_failed = Signal(str)
    """Emitted with a calm, user-facing message when a save could not complete."""

    def __init__(
        self,
        library: Library,
        container_id: int,
        stack: UndoStack,
        work: BackgroundWork,
        thumbnail: Callable[[], QImage | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.container_id = container_id
        self.stack = stack
        self.work = work
        self.thumbnail = thumbnail
        self._generation = 0
        self._saved_generation = 0
        self._in_flight = False
        self.last_saved: dt.datetime | None = None
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(SAVE_DELAY_MS)
        self._soon.timeout.connect(self.save_now)
        self._safety = QTimer(self)
        self._safety.setInterval(SAFETY_INTERVAL_MS)
        self._safety.timeout.connect(self.save_now)
        self._safety.start()
        self._thumbnail_stale = False
        self._thumbnail_due = QTimer(self)
        self._thumbnail_due.setSingleShot(True)
        self._thumbnail_due.setInterval(THUMBNAIL_IDLE_MS)
        self._thumbnail_due.timeout.connect(self._on_thumbnail_due)
        self._following = stack.events.connect(self._on_stack_changed)

    def detach(self) -> None:
        """Stop listening (the container is being closed)."""
        self._following.disconnect()
        self._soon.stop()
        self._safety.stop()
        self._thumbnail_due.stop()

    def _on_stack_changed(self, event: UndoEvent) -> None:
        if isinstance(event, CleanChanged):
            return  # the saved state was marked (by this saver), nothing new to keep
        if self.stack.is_clean() and self._generation == self._saved_generation:
            return
        self._generation += 1
        self._soon.start()
        self._thumbnail_stale = True
        self._thumbnail_due.start()

    @property
    def dirty(self) -> bool:
        return self._generation != self._saved_generation

    def save_now(self) -> None:
        """Start a background save of the current state if anything changed."""
        if not self.dirty or self._in_flight:
            return
        self._start_save(None)

    def _on_thumbnail_due(self) -> None:
        """The pen has rested: draw the library's picture and keep it with a save."""
        if not self._thumbnail_stale or self.thumbnail is None:
            return
        if self._in_flight:
            self._thumbnail_due.start()  # after the save under way
            return
        self._thumbnail_stale = False
        self._start_save(self.thumbnail())

    def _start_save(self, image: QImage | None) -> None:
        from containerstudio.ui.canvas.render import png_bytes

        generation, index = self._generation, self.stack.index
        kept_changes = self.dirty  # else only the picture is new: nothing to tell
        snap = snapshot(self.stack.doc)
        self._in_flight = True
        cid = self.container_id

        def work() -> dt.datetime:
            thumb = png_bytes(image) if image is not None else None
            self.library.save_working(cid, snap, thumbnail=thumb)
            return dt.datetime.now()

        self.work.run(
            work,
            lambda when: self._on_saved(generation, index, when, kept_changes),
            self._on_failed,
            storage=True,
        )

    def _on_saved(
        self, generation: int, index: int, when: dt.datetime, kept_changes: bool = True
    ) -> None:
        self._in_flight = False
        self._saved_generation = max(self._saved_generation, generation)
        if self._saved_generation == self._generation:
            self.stack.set_clean(index)
        if kept_changes:
            self.last_saved = when
            self.saved.emit(when)
        if self.dirty:
            self._soon.start()

    def _on_failed(self, exc: BaseException) -> None:
        self._in_flight = False
        if isinstance(exc, StorageProblem):
            message = problem_text(exc)
        else:
            message = self.tr(
                "Your latest change could not be kept just yet; it is still open here, "
                "and another try will follow in a moment."
            )
        self.save_failed.emit(message)

    def flush(self) -> None:
        """Save synchronously now (closing the window or switching containers).

        Only unsaved changes make it wait for the storage lane (so an earlier save on
        its way lands first): a container whose changes are kept already closes without
        waiting behind other storage work, such as a large version being written."""
        from containerstudio.ui.canvas.render import png_bytes

        self._soon.stop()
        self._thumbnail_due.stop()
        stale, self._thumbnail_stale = self._thumbnail_stale, False
        image = self.thumbnail() if self.thumbnail and (self.dirty or stale) else None
        if self.dirty:
            self.work.wait()
            self.library.save_working(
                self.container_id,
                snapshot(self.stack.doc),
                thumbnail=png_bytes(image) if image is not None else None,
            )
            self._saved_generation = self._generation
            self.stack.set_clean()
        elif image is not None:
            # The work is kept already; only the library's picture is behind, and it
            # follows on the storage lane (nothing here waits for it or hears back).
            library, cid, snap = self.library, self.container_id, snapshot(self.stack.doc)
            self.work.run(
                lambda: library.save_working(cid, snap, thumbnail=png_bytes(image)),
                None,
                lambda _exc: None,
                storage=True,
            )
