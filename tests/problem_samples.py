"""Sample problems of every kind, shared by the core test (English) and the UI test
(translated texts): each field of a kind's sentence gets its own recognisable value."""

from __future__ import annotations

from pathlib import Path
from string import Formatter

import containerstudio.exchange.problem
import containerstudio.export.problem
import containerstudio.flow.problems
import containerstudio.imaging.importer
import containerstudio.storage.problem  # noqa: F401  (each area defines its kinds)
from containerstudio.exchange.problem import ExchangeKind, ExchangeProblem
from containerstudio.export.problem import ExportKind, ExportProblem
from containerstudio.flow.problems import PackKind, PackProblem
from containerstudio.imaging.importer import ImageKind, ImageProblem
from containerstudio.model.problems import ProblemData, ProblemKind, problem_kinds
from containerstudio.storage.problem import StorageKind, StorageProblem

KNOWN_KINDS = {StorageKind, ImageKind, ExportKind, PackKind, ExchangeKind}


def sample_data(kind: ProblemKind) -> dict[str, str | int]:
    """A distinct value for every field the English sentence names: numbers where the
    sentence formats a number, otherwise a short text that shows up when filled in.
    Fields a reader words from the problem itself (a pack's "This pack") are left out."""
    data: dict[str, str | int] = {}
    for number, (_, name, spec, _) in enumerate(Formatter().parse(kind.english), start=1):
        if name and name in kind.data_fields:
            data[name] = 100 + number if spec else f"sample-{name}-{number}"
    return data


def make_problem(kind: ProblemKind, data: ProblemData):
    """A problem of `kind` carrying `data`, built the way the core builds it."""
    if isinstance(kind, StorageKind):
        return StorageProblem(kind, None, **data)
    if isinstance(kind, ImageKind):
        rest = {key: value for key, value in data.items() if key != "name"}
        return ImageProblem(kind, str(data.get("name", "photo.png")), **rest)
    if isinstance(kind, ExportKind):
        return ExportProblem(kind, **data)
    if isinstance(kind, ExchangeKind):
        return ExchangeProblem(kind, **data)
    if isinstance(kind, PackKind):
        return PackProblem(Path("sample.en.toml"), "sample-step", "sample_field", kind, data)
    raise AssertionError(f"no sample maker for {type(kind).__name__}: add it here")


def every_kind() -> list[ProblemKind]:
    """Every member of every kind Enum the core defines."""
    return [member for enum in problem_kinds() for member in enum]
