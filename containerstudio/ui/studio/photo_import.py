"""Bringing photos in: file dialog, drag and drop, and paste, all through import_image.

The slow part (decoding, turning upright, scaling, re-encoding) runs on BackgroundWork
with progress shown in the status bar; the photo joins the document as one step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, Signal
from PySide6.QtWidgets import QApplication, QProgressBar, QWidget

from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.kit.problem_texts import problem_text

if TYPE_CHECKING:
    from containerstudio.imaging import CleanImage, ImageProblem
    from containerstudio.model.placed import ImageElement
    from containerstudio.ui.canvas.open_container import OpenContainer

# containerstudio.imaging loads with the first photo, so that starting the app does not
# pay for it (see benchmarks/startup.py).

FIT_SHARE = 0.6  # a new photo covers at most this share of the canvas width/height
IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff"


def photo_element(
    clean: CleanImage, asset: str, part: str, centre: QPointF, canvas: tuple[int, int]
) -> ImageElement:
    from containerstudio.model.elements import new_id
    from containerstudio.model.placed import ImageElement

    w, h = canvas
    scale = min(1.0, FIT_SHARE * w / clean.width, FIT_SHARE * h / clean.height)
    return ImageElement(
        id=new_id(),
        part=part,
        asset=asset,
        x=round(centre.x(), 2),
        y=round(centre.y(), 2),
        width=float(clean.width),
        height=float(clean.height),
        scale=round(scale, 4),
    )


class PhotoImporter(QObject):
    """Runs imports one after another and adds each photo to the open container."""

    imported = Signal(str)
    """Emitted with the id of the photo element just added."""
    problem_found = Signal(str)
    """Emitted with a calm message naming a file that could not come in."""
    progressed = Signal(float)
    """Emitted with the current import's progress, 0.0 to 1.0."""

    def __init__(
        self,
        work: BackgroundWork,
        current: Callable[[], OpenContainer | None],
        centre: Callable[[], QPointF],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.work = work
        self._current = current
        self._centre = centre
        self._queue: list[tuple[object, str]] = []
        self._busy = False
        self.progress_bar = QProgressBar(parent)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setMaximumWidth(180)
        self.progress_bar.setAccessibleName(self.tr("Bringing in a photo"))
        self.progress_bar.setFormat(self.tr("Photo %p %"))
        self.progress_bar.hide()

    @property
    def busy(self) -> bool:
        return self._busy or bool(self._queue)

    def choose_files(self, parent: QWidget) -> None:
        from containerstudio.ui.kit.file_dialogs import choose_files_to_open

        self.file_dialog = choose_files_to_open(
            parent,
            self.tr("Add photos"),
            Path.home(),
            self.tr("Pictures (%s)") % IMAGE_FILTER,
            self.import_sources,
        )

    def paste(self) -> bool:
        """Bring in a picture (or picture files) from the clipboard; False if none."""
        from containerstudio.ui.canvas.view import dropped_images

        found = dropped_images(QApplication.clipboard().mimeData())
        self.import_sources(found)
        return bool(found)

    def import_sources(self, sources: Sequence[str | bytes]) -> None:
        """Queue file paths (str) and picture bytes (named "pasted picture")."""
        for source in sources:
            if isinstance(source, bytes):
                self._queue.append((source, self.tr("pasted picture")))
            else:
                self._queue.append((str(source), Path(str(source)).name))
        self._next()

    def _next(self) -> None:
        if self._busy or not self._queue:
            return
        source, name = self._queue.pop(0)
        self._busy = True
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        from containerstudio.imaging import ImageProblem, import_image

        def work(progress: Callable[[float], None]) -> CleanImage | ImageProblem:
            # A refusal is an answer, not a failure: returned, so that nothing about the
            # file (its name least of all) is logged or printed on the way back.
            try:
                return import_image(source, name=name, progress=progress)  # type: ignore[arg-type]
            except ImageProblem as problem:
                return problem

        self.work.run(
            work,
            self._on_work_done,
            lambda exc: self._on_work_failed(exc, name),
            self._on_work_progress,
        )

    def _on_work_progress(self, value: float) -> None:
        self.progress_bar.setValue(round(value * 100))
        self.progressed.emit(value)

    def _finish(self) -> None:
        self._busy = False
        if not self._queue:
            self.progress_bar.hide()
        self._next()

    def _on_work_done(self, clean: CleanImage | ImageProblem) -> None:
        from containerstudio.imaging import ImageProblem
        from containerstudio.model.commands import AddElement

        if isinstance(clean, ImageProblem):
            self._on_work_failed(clean, clean.name)
            return
        current = self._current()
        if current is not None:
            asset = current.doc.add_asset(clean.data)
            element = photo_element(
                clean, asset, current.settings.state.part, self._centre(), current.doc.canvas_size
            )
            current.stack.push(AddElement(element, name=self.tr("Add photo")))
            self.imported.emit(element.id)
        self._finish()

    def _on_work_failed(self, exc: BaseException, name: str) -> None:
        from containerstudio.imaging import ImageKind, ImageProblem

        if not isinstance(exc, ImageProblem):
            exc = ImageProblem(ImageKind.UNREADABLE, name)
        self.problem_found.emit(problem_text(exc))
        self._finish()
