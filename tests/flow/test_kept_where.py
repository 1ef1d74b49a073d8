"""Where the container is kept, read from saved sessions (the guide and the session PDF
both ask `kept_where_in`)."""

from __future__ import annotations

from containerstudio.flow import kept_where_in
from containerstudio.model.answers import AnswerKey


def _state(*places: object) -> dict:
    return {"answers": {f"step-{i}": {AnswerKey.KEPT_WHERE: p} for i, p in enumerate(places)}}


def test_the_newest_session_naming_a_place_wins():
    newest_first = [_state(None), _state("  the blue box "), _state("under the bed")]
    assert kept_where_in(newest_first) == "the blue box"


def test_blank_places_and_damaged_shapes_are_passed_over():
    damaged = [None, {"answers": []}, {"answers": {"s": "not a table"}}, _state("   ")]
    assert kept_where_in(damaged) is None
    assert kept_where_in([*damaged, _state("a drawer")]) == "a drawer"


def test_no_sessions_name_no_place():
    assert kept_where_in([]) is None
