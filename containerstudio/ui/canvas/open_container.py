"""One open container: its document, undo stack, scene, tools and autosave."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from containerstudio.model.commands import AddElement, Command, CompoundCommand, RemoveElement
from containerstudio.model.document import ContainerDocument
from containerstudio.model.undo import UndoStack
from containerstudio.storage.library import Library
from containerstudio.storage.problem import StorageProblem
from containerstudio.storage.render_cache import RunPixels
from containerstudio.ui.canvas import items as _items  # noqa: F401  (registers item builders)
from containerstudio.ui.canvas.autosave import Autosaver, snapshot
from containerstudio.ui.canvas.render import png_bytes, thumbnail_image
from containerstudio.ui.canvas.run_cache import RunCache
from containerstudio.ui.canvas.scene import CanvasScene
from containerstudio.ui.canvas.tool_settings import ToolSettings
from containerstudio.ui.canvas.toolbox import CanvasToolbox
from containerstudio.ui.canvas.tools import CanvasTool
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.kit.problem_texts import problem_text

log = logging.getLogger(__name__)


STEP_VERSION_MS = 1
"""A completed step's version is kept on a turn of its own, just after the one that
shows the next step (its snapshot and its picture are taken together there)."""


class OpenContainer(QObject):
    """Everything that lives exactly as long as a container is open in the window."""

    version_saved = Signal(int)
    """Emitted with the id of a version that was just kept."""

    def __init__(
        self,
        library: Library,
        container_id: int,
        doc: ContainerDocument,
        settings: ToolSettings,
        work: BackgroundWork,
        parent: QObject | None = None,
        cached_runs: dict[str, RunPixels] | None = None,
    ) -> None:
        """`cached_runs`: the render cache's index of the container when it was read
        with the drawing (on the storage lane)."""
        super().__init__(parent)
        self.library = library
        self.container_id = container_id
        self.doc = doc
        self.stack = UndoStack(doc)
        self.run_cache = RunCache(library, container_id, work, cached_runs)
        self.scene = CanvasScene(doc, self, self.run_cache)
        self.settings = settings
        self.tools = CanvasToolbox(self.scene, self.stack, settings)
        self.freehand = self.tools.freehand
        self.work = work
        self.autosaver = Autosaver(
            library, container_id, self.stack, work, lambda: thumbnail_image(self.scene), self
        )
        self._step_versions: list[str] = []  # completed steps whose version is to be kept

    def tool_for(self, name: str) -> CanvasTool:
        """The tool object that handles the user's current tool choice."""
        return self.tools.tool_for(name)

    def close(self) -> None:
        """Save what is left and stop following the document."""
        self._keep_step_versions()  # a step completed a moment ago keeps its version
        self.autosaver.flush()
        self.autosaver.detach()
        self._keep_run_pixels()
        self.run_cache.drop_waiting()
        self.scene.detach()

    def _keep_run_pixels(self) -> None:
        """Store the finished runs' pixels so the next opening need not redraw them.
        Nothing is stored when they are already kept. Only the runs' images are taken
        here (shared, not copied); comparing with what is kept, copying, compressing and
        writing run on the storage lane, after the autosave (the comparison waits for
        the library's lock, which a large save holds for a while)."""
        cache = self.run_cache
        try:
            if cache.waiting:  # cached pixels not even arrived: settled here, as before
                if cache.up_to_date(self.scene.run_members()):
                    return
                pixels = cache.snapshot(self.scene.run_snapshot())
                keep = functools.partial(cache.save, pixels)
            else:
                keep = functools.partial(cache.keep_if_changed, self.scene.run_snapshot())
        except Exception as exc:  # derived data: drawing again next time is fine
            log.warning("the render cache could not be kept (%s)", type(exc).__qualname__)
            return

        def failed(_exc: BaseException) -> None:
            log.warning("the render cache could not be kept")

        self.work.run(keep, None, failed, storage=True)

    # -- versions (issue 5) ------------------------------------------------------------
    def save_version(
        self,
        name: str | None = None,
        note: str | None = None,
        kind: str = "named",
        on_done: Callable[[int], None] | None = None,
    ) -> None:
        """Keep the current state as a new version, on the storage lane."""
        snap = snapshot(self.doc)
        image = thumbnail_image(self.scene)  # drawn here; compressed on the storage lane
        library, cid = self.library, self.container_id

        def work() -> int:
            thumb = png_bytes(image)
            return library.save_version(cid, snap, name=name, kind=kind, note=note, thumbnail=thumb)

        def done(version_id: int) -> None:
            self.version_saved.emit(version_id)
            if on_done is not None:
                on_done(version_id)

        self.work.run(work, done, self._on_version_failed, storage=True)

    def save_step_version(self, step_title: str) -> None:
        """An automatic version at a completed step of the guided flow, kept on the next
        turn of the event loop: drawing its picture (a few milliseconds) is then not
        added to the Next that shows the following step."""
        self._step_versions.append(step_title)
        QTimer.singleShot(STEP_VERSION_MS, self, self._keep_step_versions)

    def _keep_step_versions(self) -> None:
        names, self._step_versions = self._step_versions, []
        for name in names:
            self.save_version(name=name, kind="step")

    def restore_version(self, version_id: int, name: str) -> None:
        """Bring back an old version as one undoable step, then keep it as a new version."""
        old = self.library.load_version(version_id)
        for data in old.used_assets().values():
            self.doc.add_asset(data)
        commands: list[Command] = [RemoveElement(e.id) for e in reversed(self.doc.elements())]
        commands += [AddElement(e) for e in old]
        self.stack.push(CompoundCommand(commands, name))
        self.save_version(name=name, kind="restore")

    def _on_version_failed(self, exc: BaseException) -> None:
        if isinstance(exc, StorageProblem):
            message = problem_text(exc)
        else:
            message = self.tr(
                "This version could not be kept just yet; your work itself is still kept."
            )
        self.autosaver.save_failed.emit(message)
