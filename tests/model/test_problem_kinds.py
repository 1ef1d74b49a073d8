"""Core problems carry a kind and data; every kind has its calm English sentence
(for the command line and logs) built from that data in the core's one table."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from problem_samples import KNOWN_KINDS, every_kind, make_problem, sample_data

from containerstudio.flow import find_judging_words
from containerstudio.flow.wording import find_doubled_words
from containerstudio.model.problems import problem_kinds


def test_every_area_names_its_problems_in_a_kind_enum():
    assert set(problem_kinds()) >= KNOWN_KINDS
    assert len(every_kind()) > 40


@pytest.mark.parametrize("kind", every_kind(), ids=lambda kind: f"{type(kind).__name__}.{kind}")
def test_every_kind_has_a_calm_english_sentence_with_its_data(kind):
    data = sample_data(kind)
    problem = make_problem(kind, data)
    assert problem.kind is kind and dict(problem.data).items() >= data.items()
    assert kind.data_fields <= kind.fields
    message = problem.message
    assert message.strip() and "{" not in message, message
    for value in data.values():
        assert str(value) in message
    assert message in str(problem)  # a pack problem names its place first
    assert not find_judging_words(message) and not find_doubled_words(message), message


def test_kinds_are_stable_names_that_compare_as_text():
    from containerstudio.storage.problem import StorageKind

    assert StorageKind.DISK_FULL == "disk-full"
    assert StorageKind("disk-full") is StorageKind.DISK_FULL
    assert len({kind.value for kind in every_kind()}) == len(every_kind()) - _shared_codes()


def _shared_codes() -> int:
    """Two areas may use the same code ("unreadable"); within one Enum each is unique."""
    seen: dict[str, int] = {}
    for kind in every_kind():
        seen[kind.value] = seen.get(kind.value, 0) + 1
    return sum(count - 1 for count in seen.values())


def test_each_area_exception_words_itself_through_the_one_core_problem():
    """Storage, images, exports and the exchange raise a `CoreProblem`: one place keeps
    a kind, its data and the English sentence (a pack problem is a record, not raised)."""
    from containerstudio.exchange.problem import ExchangeProblem
    from containerstudio.export.problem import ExportProblem
    from containerstudio.imaging.importer import ImageProblem
    from containerstudio.model.problems import CoreProblem
    from containerstudio.storage.problem import StorageProblem

    areas = (StorageProblem, ImageProblem, ExportProblem, ExchangeProblem)
    assert all(issubclass(area, CoreProblem) for area in areas)
    assert all("message" not in vars(area) and "__init__" in vars(area) for area in areas)
    assert issubclass(ImageProblem, ValueError), "a picture that cannot come in"
