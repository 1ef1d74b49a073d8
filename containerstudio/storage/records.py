"""What the library hands out about containers and versions: plain records.

They live apart from the database code so the window can show them, and name their
types, before SQLAlchemy is loaded (start-up shows the window first; see app.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ContainerInfo:
    id: int
    uid: str
    title: str
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None
    version_count: int
    thumbnail_key: str | None


@dataclass(frozen=True)
class VersionInfo:
    id: int
    container_id: int
    number: int
    name: str | None
    kind: str
    created_at: dt.datetime
    manifest_key: str
    thumbnail_key: str | None


def version_label(info: VersionInfo) -> str:
    """A short, plain label for a version: its number and name when it has one."""
    return f"{info.number} · {info.name}" if info.name else str(info.number)
