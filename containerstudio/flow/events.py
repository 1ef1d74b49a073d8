"""What a guided session tells its views, as events of the core's one mechanism.

`GuidedSession.events` is a `model.events.EventEmitter`; each callback gets one of the
frozen events below, after the state has changed. Views connect when they open and
disconnect when they close (STYLE.md rule 4).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class StepChanged:
    """The step at `index` (id `step_id`) is shown now. `previous_index` is None on
    start; `how` is "start", "next", "skip", "back" or "go_to"."""

    index: int
    step_id: str
    previous_index: int | None
    how: str


@dataclass(frozen=True)
class SessionPaused:
    """The clock stopped at `elapsed_seconds` of active time."""

    elapsed_seconds: float


@dataclass(frozen=True)
class SessionResumed:
    """The clock runs again from `elapsed_seconds`."""

    elapsed_seconds: float


@dataclass(frozen=True)
class SessionFinished:
    """The session ended after `elapsed_seconds` of active time."""

    elapsed_seconds: float


@dataclass(frozen=True)
class AnswerChanged:
    """What was entered for `key` on step `step_id` is now `value` (None when cleared;
    a copy, as JSON holds it)."""

    step_id: str
    key: str
    value: Any


SessionEvent = StepChanged | SessionPaused | SessionResumed | SessionFinished | AnswerChanged
