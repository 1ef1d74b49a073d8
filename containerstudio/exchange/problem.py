"""The one exception the exchange raises for the person to read, and its kinds.

A portable or sealed file that cannot come in is refused with one of these before
anything is written, so the library is exactly as it was.
"""

from __future__ import annotations

from containerstudio.model.problems import CoreProblem, ProblemKind

_SAME = "Nothing was added, and your library is as it was."


class ExchangeKind(ProblemKind):
    """Why a portable file, a sealed file or a therapist card was not taken in (or
    not written); each sentence says the library was left as it was."""

    NOT_PORTABLE = (
        "not-portable",
        f"“{{name}}” is not a Container Studio portable file, or it is incomplete. {_SAME}",
    )
    NEWER_FORMAT = (
        "newer-format",
        f"“{{name}}” was made by a newer Container Studio; you may open it there. {_SAME}",
    )
    TOO_LARGE = (
        "too-large",
        f"“{{name}}” holds more than a portable file here can take in ({{limit}}). {_SAME}",
    )
    DAMAGED = (
        "damaged",
        f"“{{name}}” seems damaged or changed since it was made ({{detail}}). {_SAME}",
    )
    NOT_SEALED_FILE = (
        "not-sealed-file",
        f"“{{name}}” is not a sealed file from Container Studio, or it is incomplete. {_SAME}",
    )
    SEALED_FOR_ANOTHER = (
        "sealed-for-another",
        f"“{{name}}” was sealed for another therapist's library, so it stays closed here. {_SAME}",
    )
    SEAL_CHANGED = (
        "seal-changed",
        "“{name}” does not open: its bytes were changed or cut short after it was sealed. "
        f"You may ask for it to be sent again. {_SAME}",
    )
    NO_THERAPIST_KEY = (
        "no-therapist-key",
        f"This library has no therapist key yet, so a sealed file cannot open here. {_SAME}",
    )
    NOT_A_CARD = (
        "not-a-card",
        "“{name}” is not a therapist card from Container Studio; your therapist may give "
        "you the card again.",
    )
    NO_CARD = (
        "no-card",
        "No therapist card is here yet; you may import the card your therapist gave you first.",
    )
    NO_SUCH_CONTAINER = (
        "no-such-container",
        "There is no container with id {container}; `containerstudio list` shows them.",
    )
    NO_SUCH_VERSION = (
        "no-such-version",
        "This container has no version {number}; `containerstudio versions` lists them.",
    )
    NOT_WRITTEN = (
        "not-written",
        "The file {path} could not be written ({reason}). Nothing was left half-written; "
        "you might try another folder.",
    )


class ExchangeProblem(CoreProblem):
    """A file that was not taken in (or written): a `kind` and the `data` it names;
    `message` is the English sentence for the command line and logs."""

    kind: ExchangeKind

    def __init__(self, kind: ExchangeKind, **data: str | int) -> None:
        super().__init__(kind, **data)
