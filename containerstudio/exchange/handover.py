"""The sealed handover: "Send to my therapist" on the client's side, opening it on the
therapist's side, into that library.

The client's library keeps the therapist's card (therapist.py); sending seals a
portable file of the container to the card's key (sealing.py) and notes in the log of
what left the app that it left (departures.py). Opening needs the therapist library's
own private key; any other library, the client's own included, refuses the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from containerstudio.exchange.departures import record_departure
from containerstudio.exchange.portable import import_portable, portable_bytes, portable_parts
from containerstudio.exchange.portable import write_file as _write_file
from containerstudio.exchange.problem import ExchangeKind, ExchangeProblem
from containerstudio.exchange.sealing import open_sealed, seal
from containerstudio.exchange.therapist import my_therapist_card, therapist_private_key
from containerstudio.storage.library import Library


def sealed_bytes(
    library: Library,
    container_id: int,
    version_numbers: Iterable[int] | None = None,
    *,
    include_slips: bool = True,
) -> tuple[bytes, tuple[str, ...], int]:
    """(the sealed file, the parts it holds, its number of versions); NO_CARD when the
    library keeps no therapist card yet."""
    card = my_therapist_card(library)
    if card is None:
        raise ExchangeProblem(ExchangeKind.NO_CARD)
    data, container = portable_bytes(
        library, container_id, version_numbers, include_slips=include_slips
    )
    return seal(data, card), portable_parts(container), len(container.versions)


def send_to_therapist(
    library: Library,
    container_id: int,
    target: Path,
    version_numbers: Iterable[int] | None = None,
    *,
    include_slips: bool = True,
) -> Path:
    """Write the container sealed to the therapist's card at `target`, and note it."""
    sealed, parts, versions = sealed_bytes(
        library, container_id, version_numbers, include_slips=include_slips
    )
    written = _write_file(target, sealed)
    record_departure(library, "handover", parts, versions=versions)
    return written


def open_handover(library: Library, sealed: bytes, name: str = "sealed file") -> int:
    """Open a sealed file with this library's therapist key and add what it holds as a
    new container; its id. Refused calmly (nothing changes) anywhere else."""
    portable = open_sealed(sealed, therapist_private_key(library), name)
    return import_portable(library, portable, name)
