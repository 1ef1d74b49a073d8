"""Noting that something left the app (an export, a print, a handover) in the log the
person can read (containerstudio/exchange/departures.py), on the storage lane. Only
the kind and the part names are written, never content; a note that cannot be written
is let go quietly, since the export itself already happened."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from containerstudio.storage.library import Library
    from containerstudio.ui.kit.background import BackgroundWork


def note_departure(
    work: BackgroundWork,
    library: Library,
    kind: str,
    parts: Iterable[str],
    *,
    containers: int = 1,
) -> None:
    """Add one entry to the log of what left the app, through the storage lane."""
    from containerstudio.exchange.departures import record_departure

    chosen = tuple(parts)
    work.run(
        lambda: record_departure(library, kind, chosen, containers=containers),
        None,
        lambda _exc: None,
        storage=True,
    )
