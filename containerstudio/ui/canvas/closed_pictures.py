"""Pictures of a closed container, for the places that show small pictures of it.

A thumbnail kept while the lid was open shows the inside. While the lid is closed, the
library and the version timeline show a picture drawn from the container as a closed
container shows it (the outside and the lid, or the calm cover) instead, made on the
fly and remembered for as long as the screen that asked for it lives.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtGui import QPixmap

from containerstudio.model.document import ContainerDocument, closed_copy
from containerstudio.ui.canvas import items as _items  # noqa: F401  (registers item builders)
from containerstudio.ui.canvas.render import thumbnail_png
from containerstudio.ui.canvas.scene import CanvasScene


def closed_thumbnail_png(doc: ContainerDocument) -> bytes:
    """A small PNG of `doc` closed: without its inside, with the lid or the cover."""
    scene = CanvasScene(closed_copy(doc))
    try:
        scene.set_sealed(True)
        return thumbnail_png(scene)
    finally:
        scene.detach()


class ClosedPictures:
    """Closed thumbnails by key (a version id, a container and its last change)."""

    def __init__(self) -> None:
        self._made: dict[Hashable, QPixmap] = {}

    def picture(self, key: Hashable, load: Callable[[], ContainerDocument]) -> QPixmap:
        """The closed picture for `key`, drawn from `load()` the first time it is asked."""
        found = self._made.get(key)
        if found is None:
            found = QPixmap()
            found.loadFromData(closed_thumbnail_png(load()))
            self._made[key] = found
        return found
