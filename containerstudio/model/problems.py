"""Problem kinds: what kept something from working, as a stable name plus the values
its sentence needs, so that each reader can word it in their own language.

Each core area names its problems in one Enum derived from `ProblemKind`
(`StorageKind`, `ImageKind`, `ExportKind`, `PackKind`). A member is a stable machine
name (it compares equal to that string, e.g. ``"disk-full"``) and carries its English
template, the one table of English wording in the core: the command line and logs show
`render(data)`, which each area's exception (a `CoreProblem`) gives as its `message`.
The UI never shows that English: `ui/kit/problem_texts.py` maps every kind to a
translated text and fills in the same data.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from string import Formatter
from typing import Self

ProblemData = Mapping[str, str | int | float]
"""The values a problem's sentence needs: a file name, a size, a step id, a line."""


class ProblemKind(StrEnum):
    """Base of every area's Enum of problem kinds: ``NAME = ("name", "English {field}")``."""

    english: str
    code: str
    """The machine name callers compare with; several kinds may share one (a pack's
    "wrong-type" is worded one way per type it wants)."""

    def __new__(cls, value: str, english: str, code: str | None = None) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.english = english
        member.code = code or value
        return member

    @property
    def fields(self) -> frozenset[str]:
        """The names of the data the English sentence fills in."""
        return frozenset(name for _, name, _, _ in Formatter().parse(self.english) if name)

    @classmethod
    def derived_fields(cls) -> frozenset[str]:
        """Fields each reader words from the problem itself rather than from its data
        (a pack problem's "This pack" / "The step “intro”"); none by default."""
        return frozenset()

    @property
    def data_fields(self) -> frozenset[str]:
        """The fields a problem of this kind carries in its data."""
        return self.fields - self.derived_fields()

    def render(self, data: ProblemData) -> str:
        """The English sentence for this kind with `data` filled in."""
        return self.english.format_map(data)


class CoreProblem(Exception):
    """Base of each area's exception (`StorageProblem`, `ImageProblem`, `ExportProblem`,
    `ExchangeProblem`): a `kind` of that area and the `data` its sentence needs."""

    def __init__(self, kind: ProblemKind, **data: str | int) -> None:
        self.kind = kind
        self.data: ProblemData = data
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English sentence: for the command line and logs, never for the UI."""
        return self.kind.render(self.data)


def problem_kinds() -> list[type[ProblemKind]]:
    """Every Enum of problem kinds defined so far (import the areas first)."""
    found: list[type[ProblemKind]] = []
    waiting = list(ProblemKind.__subclasses__())
    while waiting:
        kind = waiting.pop(0)
        found.append(kind)
        waiting.extend(kind.__subclasses__())
    return found
