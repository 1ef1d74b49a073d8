"""What left the app: a log the person can read of every export, print and handover.

Each entry says when, what kind, and which parts went with it (from a fixed list of
part names, so nothing the person made or wrote can ever be written here: no titles,
no words, no file names). The log is a private setting, so it passes through the codec
like everything else and is sealed in a library with a passcode.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from containerstudio.model import clock
from containerstudio.model.parts import PARTS as CONTAINER_PARTS

if TYPE_CHECKING:
    from containerstudio.storage.library import Library

LOG_SETTING = "exchange.departures"  # a private setting (through the codec)
MAX_ENTRIES = 5000  # the oldest are let go beyond this

# What kind of thing left, and which parts it may name: the log holds only these words.
KINDS = (
    "pdf",  # the session PDF
    "print",  # printed from the export dialog
    "png",
    "paper-container",
    "group-print",  # several containers on one sheet
    "portable",  # a portable container file
    "handover",  # a portable file sealed for the therapist
)
PARTS = (
    *CONTAINER_PARTS,  # outside, inside, lid (model/parts.py)
    "reflections",
    "checkins",
    "kept_where",
    "slips",
    "versions",
    "working copy",
    "photos",
)


@dataclass(frozen=True)
class Departure:
    """One thing that left: when, what kind, which parts, how many containers and
    versions (counts only)."""

    at: dt.datetime
    kind: str
    parts: tuple[str, ...]
    containers: int = 1
    versions: int = 0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}")
        unknown = set(self.parts) - set(PARTS)
        if unknown:
            raise ValueError(f"unknown parts {sorted(unknown)!r}")

    def to_dict(self) -> dict[str, object]:
        return {
            "at": self.at.isoformat(timespec="seconds"),
            "kind": self.kind,
            "parts": list(self.parts),
            "containers": self.containers,
            "versions": self.versions,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Departure:
        return cls(
            at=dt.datetime.fromisoformat(str(data["at"])),
            kind=str(data["kind"]),
            parts=tuple(str(p) for p in data["parts"]),  # type: ignore[attr-defined]
            containers=int(data.get("containers", 1)),  # type: ignore[call-overload]
            versions=int(data.get("versions", 0)),  # type: ignore[call-overload]
        )


def record_departure(
    library: Library,
    kind: str,
    parts: tuple[str, ...] | list[str] | frozenset[str],
    *,
    containers: int = 1,
    versions: int = 0,
) -> Departure:
    """Add one entry (parts in the order of PARTS); returns it."""
    ordered = tuple(part for part in PARTS if part in set(parts))
    unknown = set(parts) - set(PARTS)
    if unknown:
        raise ValueError(f"unknown parts {sorted(unknown)!r}")
    entry = Departure(clock.now(), kind, ordered, containers, versions)
    entries = [e.to_dict() for e in departures(library)] + [entry.to_dict()]
    library.set_private_setting(LOG_SETTING, json.dumps(entries[-MAX_ENTRIES:]))
    return entry


def departures(library: Library) -> list[Departure]:
    """Every entry, oldest first (an unreadable log reads as empty, never as a fault)."""
    stored = library.private_setting(LOG_SETTING)
    if not stored:
        return []
    try:
        return [Departure.from_dict(row) for row in json.loads(stored)]
    except (ValueError, KeyError, TypeError):
        return []


def session_pdf_parts(sections: frozenset[str] | set[str], view: str) -> tuple[str, ...]:
    """What a session PDF holds: the parts its view shows and the sections chosen."""
    from containerstudio.model.parts import view_parts

    return (*view_parts(view), *(name for name in sections if name in PARTS))
