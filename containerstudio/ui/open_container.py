"""One open container: its document, undo stack, scene, tools and autosave."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from containerstudio.model.document import ContainerDocument
from containerstudio.model.undo import UndoStack
from containerstudio.storage.library import Library
from containerstudio.ui.autosave import Autosaver
from containerstudio.ui.background import BackgroundWork
from containerstudio.ui.canvas import items as _items  # noqa: F401  (registers item builders)
from containerstudio.ui.canvas.render import thumbnail_png
from containerstudio.ui.canvas.run_cache import RunCache
from containerstudio.ui.canvas.scene import CanvasScene
from containerstudio.ui.canvas.tool_settings import ToolSettings
from containerstudio.ui.canvas.toolbox import CanvasToolbox
from containerstudio.ui.canvas.tools import CanvasTool

log = logging.getLogger(__name__)


class OpenContainer(QObject):
    """Everything that lives exactly as long as a container is open in the window."""

    def __init__(
        self,
        library: Library,
        container_id: int,
        doc: ContainerDocument,
        settings: ToolSettings,
        work: BackgroundWork,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.container_id = container_id
        self.doc = doc
        self.stack = UndoStack(doc)
        self.run_cache = RunCache(library, container_id)
        self.scene = CanvasScene(doc, self, self.run_cache)
        self.settings = settings
        self.tools = CanvasToolbox(self.scene, self.stack, settings)
        self.freehand = self.tools.freehand
        self.autosaver = Autosaver(
            library, container_id, self.stack, work, lambda: thumbnail_png(self.scene), self
        )

    def tool_for(self, name: str) -> CanvasTool:
        """The tool object that handles the user's current tool choice."""
        return self.tools.tool_for(name)

    def close(self) -> None:
        """Save what is left and stop following the document."""
        self.autosaver.flush()
        self.autosaver.detach()
        self._keep_run_pixels()
        self.scene.detach()

    def _keep_run_pixels(self) -> None:
        """Store the finished runs' pixels so the next opening need not redraw them."""
        try:
            self.run_cache.save(self.run_cache.snapshot(self.scene.run_snapshot()))
        except Exception:
            log.warning("the render cache could not be kept", exc_info=True)
