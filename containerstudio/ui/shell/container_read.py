"""What opening a container needs from storage, read in one go on the storage lane.

The drawing, what the guide shows of it and the render cache's index of its pixels are
read together (at start-up with the library, and when a screen opens another
container), so that the UI thread only builds what it shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from containerstudio.model.document import ContainerDocument
    from containerstudio.storage.guided import GuidedStore
    from containerstudio.storage.library import Library
    from containerstudio.storage.render_cache import RunPixels
    from containerstudio.ui.guide.controller import GuideState


@dataclass(frozen=True)
class ContainerRead:
    """One container as read for opening it."""

    container_id: int
    doc: ContainerDocument
    guide: GuideState | None = None
    """What the guide shows of it; None to read it as it opens."""
    cached_runs: dict[str, RunPixels] | None = None
    """The render cache's index of its drawing; None to read it as it opens."""


def read_container(
    library: Library, container_id: int, store: GuidedStore | None = None
) -> ContainerRead:
    """Read everything opening `container_id` needs (on the storage lane); `store` is
    the guide's, when it is open already."""
    from containerstudio.storage.guided import GuidedStore
    from containerstudio.storage.render_cache import RenderCacheStore
    from containerstudio.ui.guide.controller import read_guide_state

    library.hold(container_id, only=True)  # on a shared server: not open elsewhere
    return ContainerRead(
        container_id,
        library.load_working(container_id),
        read_guide_state(library, store or GuidedStore(library.db, library.codec), container_id),
        RenderCacheStore(library.db, library.codec).entries(container_id),
    )
