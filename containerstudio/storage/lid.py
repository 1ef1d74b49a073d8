"""Whether a container's lid is closed: the one place every screen and export asks.

While the lid is closed the container is sealed: no screen shows its slips or its
inside, and exports show what a closed container shows (the outside and the lid),
until the person chooses to open it again (Session → Open the lid…).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from containerstudio.storage.library import Library

LID_KEY = "container.{}.lid_closed"


def lid_closed(library: Library, container_id: int) -> bool:
    """True while the container is sealed (its lid closed)."""
    return library.setting(LID_KEY.format(container_id)) == "1"


def set_lid_closed(library: Library, container_id: int, closed: bool) -> None:
    """Keep the person's choice to close (True) or open (False) the lid."""
    library.set_setting(LID_KEY.format(container_id), "1" if closed else "0")
