"""Portable container files between libraries: gathering a container from one library
into a portable file, and adding a checked portable file to another as a new container.

Writing a portable file is noted in the log of what left the app (departures.py);
taking one in checks the whole file first (portable_format.py) and then writes it in
one transaction (storage/portable_write.py), so a refused file changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from containerstudio.exchange.departures import record_departure
from containerstudio.exchange.portable_format import read_portable, write_portable
from containerstudio.exchange.problem import ExchangeKind, ExchangeProblem
from containerstudio.storage.guided import GuidedStore
from containerstudio.storage.library import Library
from containerstudio.storage.lid import lid_closed
from containerstudio.storage.portable_write import (
    PortableContainer,
    PortableVersion,
    add_container,
)


def gather_container(
    library: Library,
    container_id: int,
    version_numbers: Iterable[int] | None = None,
    *,
    include_slips: bool = True,
) -> PortableContainer:
    """A container as it travels: every version (or those numbered), the working copy,
    the slips (unless left out) and whether the lid is closed."""
    try:
        info = library.container(container_id)
    except KeyError:
        raise ExchangeProblem(ExchangeKind.NO_SUCH_CONTAINER, container=container_id) from None
    rows = library.list_versions(container_id)
    if version_numbers is not None:
        wanted = set(version_numbers)
        missing = wanted - {row.number for row in rows}
        if missing:
            raise ExchangeProblem(ExchangeKind.NO_SUCH_VERSION, number=min(missing))
        rows = [row for row in rows if row.number in wanted]
    versions = tuple(
        PortableVersion(
            number=row.number,
            name=row.name,
            kind=row.kind,
            note=library.version_note(row.id),
            created_at=row.created_at,
            doc=library.load_version(row.id),
        )
        for row in rows
    )
    slips = GuidedStore(library.db, library.codec).slips_of(container_id) if include_slips else []
    return PortableContainer(
        title=info.title,
        created_at=info.created_at,
        lid_closed=lid_closed(library, container_id),
        versions=versions,
        working=library.load_working(container_id),
        slips=tuple(slips),
    )


def portable_parts(container: PortableContainer) -> tuple[str, ...]:
    """The parts a portable file holds, for the log (names only, never content)."""
    parts: set[str] = {"working copy"} if container.working is not None else set()
    if container.versions:
        parts.add("versions")
    if container.photo_count:
        parts.add("photos")
    if container.slips:
        parts.add("slips")
    drawn = {element.part for doc in container.documents() for element in doc}
    return tuple(sorted(parts | drawn))


def portable_bytes(
    library: Library,
    container_id: int,
    version_numbers: Iterable[int] | None = None,
    *,
    include_slips: bool = True,
) -> tuple[bytes, PortableContainer]:
    """The portable file of a container (not yet noted as having left)."""
    container = gather_container(
        library, container_id, version_numbers, include_slips=include_slips
    )
    return write_portable(container), container


def export_portable(
    library: Library,
    container_id: int,
    target: Path,
    version_numbers: Iterable[int] | None = None,
    *,
    include_slips: bool = True,
) -> Path:
    """Write a container's portable file to `target` (whole or not at all) and note
    in the log that it left."""
    data, container = portable_bytes(
        library, container_id, version_numbers, include_slips=include_slips
    )
    written = write_file(target, data)
    record_departure(
        library, "portable", portable_parts(container), versions=len(container.versions)
    )
    return written


def import_portable(library: Library, data: bytes, name: str = "portable file") -> int:
    """Check a portable file completely, then add it as a new container; its id."""
    return add_container(library, read_portable(data, name))


def read_file(path: Path, limit: int) -> bytes:
    """A file's bytes, refused calmly when it is larger than `limit` or unreadable."""
    name = Path(path).name
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError:
        raise ExchangeProblem(ExchangeKind.NOT_PORTABLE, name=name) from None
    if len(data) > limit:
        raise ExchangeProblem(ExchangeKind.TOO_LARGE, name=name, limit=f"{limit >> 20} MB")
    return data


def write_file(target: Path, data: bytes) -> Path:
    """Write through a temporary sibling (export's atomic writer): whole or nothing."""
    from containerstudio.export.common import write_atomically
    from containerstudio.export.problem import ExportProblem

    try:
        return write_atomically(Path(target), lambda fh: fh.write(data))
    except ExportProblem as exc:
        reason = str(exc.data.get("reason", "the folder does not take new files"))
        raise ExchangeProblem(ExchangeKind.NOT_WRITTEN, path=str(target), reason=reason) from exc
