"""The saved form of a guided session, checked before it is trusted.

A session snapshot comes back from storage after a crash or a restart; it may be from an
older edit of the pack or may be damaged. ``parse_saved_session`` checks its shape and maps
it onto the pack as it is now, so the session resumes at the same step with the same
answers, or raises ``ValueError`` for the caller to handle calmly.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from containerstudio.flow.schema import PromptPack
from containerstudio.model.answers import AnswerKey

SESSION_FORMAT = 1
RATING_KEY = AnswerKey.RATING
"""Answer key of the optional 0–10 check-in (or check-out) on a step that offers a rating."""


@dataclass(frozen=True)
class SavedSession:
    """A checked snapshot, already mapped onto the current pack."""

    index: int
    visited: frozenset[str]
    skipped: frozenset[str]
    answers: dict[str, dict[str, Any]]
    started: bool
    finished: bool
    paused: bool
    elapsed_seconds: float
    session_minutes: float | None


def parse_saved_session(data: Any, pack: PromptPack) -> SavedSession:
    """Check ``data`` (from ``GuidedSession.to_dict``) against ``pack``.

    Raises ``ValueError`` when it is not a usable session of this pack.
    """
    if not isinstance(data, dict):
        raise ValueError("a saved session is a dict")
    if data.get("format") != SESSION_FORMAT:
        raise ValueError(f"saved session format {data.get('format')!r} is not {SESSION_FORMAT}")
    if (data.get("pack_id"), data.get("language")) != pack.key:
        raise ValueError(
            f"the saved session belongs to pack {data.get('pack_id')!r} "
            f"({data.get('language')!r}), not {pack.id!r} ({pack.language!r})"
        )
    started, finished, paused = (_flag(data, name) for name in ("started", "finished", "paused"))
    elapsed = data.get("elapsed_seconds")
    if isinstance(elapsed, bool) or not isinstance(elapsed, int | float):
        raise ValueError("elapsed_seconds is a number")
    if not math.isfinite(elapsed) or elapsed < 0:
        raise ValueError("elapsed_seconds is a finite number of at least 0")
    return SavedSession(
        index=_index(data, pack),
        visited=_ids(data, "visited"),
        skipped=_ids(data, "skipped"),
        answers=_answers(data.get("answers", {})),
        started=started,
        finished=finished,
        paused=paused and started and not finished,
        elapsed_seconds=float(elapsed),
        session_minutes=checked_minutes(data.get("session_minutes")),
    )


def kept_where_in(states: Iterable[Any]) -> str | None:
    """Where the person said the container is kept: the first place named in the saved
    sessions `states` (`GuidedSession.to_dict` forms, newest first); None when none does.
    Damaged shapes are passed over, never raised."""
    for state in states:
        answers = state.get("answers") if isinstance(state, dict) else None
        for step_answers in answers.values() if isinstance(answers, dict) else ():
            if not isinstance(step_answers, dict):
                continue
            where = step_answers.get(AnswerKey.KEPT_WHERE)
            if isinstance(where, str) and where.strip():
                return where.strip()
    return None


def _flag(data: dict[str, Any], name: str) -> bool:
    value = data.get(name)
    if not isinstance(value, bool):
        raise ValueError("started, finished and paused are true or false")
    return value


def checked_minutes(minutes: Any) -> float | None:
    """A session length in minutes (above 0) or ``None``; ``ValueError`` otherwise."""
    if minutes is None:
        return None
    if isinstance(minutes, bool) or not isinstance(minutes, int | float):
        raise ValueError("session_minutes is a number of minutes or None")
    if not math.isfinite(minutes) or minutes <= 0:
        raise ValueError("session_minutes is above 0")
    return float(minutes)


def check_rating(value: Any) -> None:
    """A check-in rating is a whole number 0..10 or ``None``; ``ValueError`` otherwise."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise ValueError(f"a check-in rating is a whole number from 0 to 10 or None, not {value!r}")


def as_json(value: Any) -> Any:
    """A JSON-shaped copy of ``value`` (tuples become lists); ``ValueError`` if JSON can't."""
    try:
        return json.loads(json.dumps(value, allow_nan=False))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"answers are stored as JSON; {value!r} cannot be") from exc


def _index(data: dict[str, Any], pack: PromptPack) -> int:
    """The saved step, found by id if the pack changed; else the saved position, kept in range."""
    step_id = data.get("step_id")
    if isinstance(step_id, str):
        try:
            return pack.step_index(step_id)
        except KeyError:
            pass
    index = data.get("step_index", 0)
    if isinstance(index, bool) or not isinstance(index, int):
        raise ValueError("step_index is a whole number")
    return min(max(index, 0), len(pack.steps) - 1)


def _ids(data: dict[str, Any], name: str) -> frozenset[str]:
    ids = data.get(name, [])
    if not isinstance(ids, list) or not all(isinstance(item, str) for item in ids):
        raise ValueError(f"{name} is a list of step ids")
    return frozenset(ids)


def _answers(raw: Any) -> dict[str, dict[str, Any]]:
    """Answers by step id; kept even for steps an edited pack no longer has, so nothing is lost."""
    if not isinstance(raw, dict):
        raise ValueError("answers is a table of step ids")
    answers: dict[str, dict[str, Any]] = {}
    for step_id, values in raw.items():
        if not isinstance(step_id, str) or not isinstance(values, dict):
            raise ValueError("answers map step ids to tables of values")
        if not all(isinstance(key, str) and key for key in values):
            raise ValueError("answer keys are non-empty strings")
        check_rating(values.get(RATING_KEY))
        kept = {key: value for key, value in as_json(values).items() if value is not None}
        if kept:
            answers[step_id] = kept
    return answers
