"""The guided session: where a person is in a prompt pack, what they entered, and for how long.

Qt-free on purpose, so the whole flow can be tested and persisted without a window. The
rules it keeps come from the trauma-informed brief: nothing is ever required (``next()``
works with no answers), every step can be skipped or revisited, pausing stops the clock,
and an optional session length only ever *invites* closing, it never ends anything.
"""

from __future__ import annotations

import copy
import time
from typing import Any

from containerstudio.flow.events import (
    AnswerChanged,
    SessionEvent,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    StepChanged,
)
from containerstudio.flow.saved import (
    RATING_KEY,
    SESSION_FORMAT,
    as_json,
    check_rating,
    parse_saved_session,
)
from containerstudio.flow.schema import PromptPack, Step
from containerstudio.flow.timing import Clock, SessionTimer
from containerstudio.model.events import EventEmitter


class GuidedSession:
    """One walk through a prompt pack.

    ``events`` calls each connected callback with one event (``flow.events``) after the
    state has changed: ``StepChanged``, ``SessionPaused``, ``SessionResumed``,
    ``SessionFinished`` or ``AnswerChanged``.
    """

    def __init__(
        self, pack: PromptPack, clock: Clock = time.monotonic, session_minutes: float | None = None
    ) -> None:
        self.events: EventEmitter[SessionEvent] = EventEmitter()
        if not pack.steps:
            raise ValueError("a guided session needs a pack with at least one step")
        self._pack = pack
        self._timer = SessionTimer(clock, session_minutes)
        self._index = 0
        self._visited: set[str] = set()
        self._skipped: set[str] = set()
        self._answers: dict[str, dict[str, Any]] = {}
        self._started = False
        self._finished = False
        self._paused = False

    # --- state -------------------------------------------------------------------------
    @property
    def pack(self) -> PromptPack:
        """The exercise being walked through."""
        return self._pack

    @property
    def index(self) -> int:
        """0-based position of the current step."""
        return self._index

    @property
    def current_step(self) -> Step:
        """The step shown now (the first one before ``start()``)."""
        return self._pack.steps[self._index]

    @property
    def upcoming_step(self) -> Step | None:
        """The step after this one (shown as "what comes next"), or ``None`` on the last."""
        following = self._index + 1
        return self._pack.steps[following] if following < len(self._pack.steps) else None

    @property
    def started(self) -> bool:
        """False while the overview is shown, before ``start()``."""
        return self._started

    @property
    def finished(self) -> bool:
        """True once the session has ended; nothing moves after that."""
        return self._finished

    @property
    def paused(self) -> bool:
        """True while paused: the clock is stopped (the UI covers the canvas)."""
        return self._paused

    @property
    def visited(self) -> frozenset[str]:
        """Ids of steps that have been shown."""
        return frozenset(self._visited)

    @property
    def skipped(self) -> frozenset[str]:
        """Ids of steps last left with Skip (leaving a step with Next later clears it)."""
        return frozenset(self._skipped)

    @property
    def answers(self) -> dict[str, dict[str, Any]]:
        """A copy of everything entered, by step id then key."""
        return copy.deepcopy(self._answers)

    @property
    def session_minutes(self) -> float | None:
        """The optional session length; ``None`` when there is none."""
        return self._timer.session_minutes

    def progress(self) -> tuple[int, int]:
        """``(k, n)`` for "Step k of n"."""
        return self._index + 1, len(self._pack.steps)

    def status(self, step_id: str) -> str:
        """``"current"``, ``"skipped"``, ``"visited"`` or ``"ahead"``, for an overview list."""
        if step_id == self.current_step.id and self._started:
            return "current"
        if step_id in self._skipped:
            return "skipped"
        return "visited" if step_id in self._visited else "ahead"

    # --- navigation --------------------------------------------------------------------
    def start(self) -> bool:
        """Show the first step and start the clock; ``False`` if already started."""
        if self._started or self._finished:
            return False
        self._started = True
        self._timer.start()
        self._visited.add(self.current_step.id)
        self.events.emit(StepChanged(0, self.current_step.id, None, "start"))
        return True

    def next(self) -> bool:
        """Move on; on the last step this finishes the session. No answer is ever needed."""
        if not self._can_move():
            return False
        self._skipped.discard(self.current_step.id)
        if self._index == len(self._pack.steps) - 1:
            return self.finish()
        return self._move_to(self._index + 1, "next")

    def skip(self) -> bool:
        """Note that this step was skipped and move on (finishing on the last step)."""
        if not self._can_move():
            return False
        self._skipped.add(self.current_step.id)
        if self._index == len(self._pack.steps) - 1:
            return self.finish()
        return self._move_to(self._index + 1, "skip")

    def back(self) -> bool:
        """Return to the previous step; ``False`` on the first."""
        if not self._can_move() or self._index == 0:
            return False
        return self._move_to(self._index - 1, "back")

    def go_to(self, index: int) -> bool:
        """Jump to any step (e.g. from the overview, or to the closing step near the end)."""
        if not 0 <= index < len(self._pack.steps):
            raise IndexError(f"step index {index} is outside 0..{len(self._pack.steps) - 1}")
        if not self._can_move() or index == self._index:
            return False
        return self._move_to(index, "go_to")

    def _can_move(self) -> bool:
        if not self._started and not self._finished:
            raise RuntimeError("call start() before moving between steps")
        return not self._finished

    def _move_to(self, index: int, how: str) -> bool:
        previous, self._index = self._index, index
        self._visited.add(self.current_step.id)
        step_id = self.current_step.id
        self.events.emit(StepChanged(index, step_id, previous, how))
        return True

    # --- time ------------------------------------------------------------------------------
    def pause(self) -> bool:
        """Stop the clock (the UI covers the canvas); ``False`` if there is nothing to pause."""
        if not self._started or self._finished or self._paused:
            return False
        self._timer.stop()
        self._paused = True
        self.events.emit(SessionPaused(self._timer.elapsed()))
        return True

    def resume(self) -> bool:
        """Start the clock again exactly where it stopped."""
        if not self._paused:
            return False
        self._paused = False
        self._timer.start()
        self.events.emit(SessionResumed(self._timer.elapsed()))
        return True

    def finish(self) -> bool:
        """End the session (also what Next does on the last step); ``False`` if already ended."""
        if self._finished:
            return False
        self._timer.stop()
        self._finished = True
        self._paused = False
        self.events.emit(SessionFinished(self._timer.elapsed()))
        return True

    def elapsed_seconds(self) -> float:
        """Active time in the session: time spent paused, or before start, does not count."""
        return self._timer.elapsed()

    def set_session_minutes(self, minutes: float | None) -> None:
        """Set or clear the optional session length (it never ends anything by itself)."""
        self._timer.session_minutes = minutes

    def remaining_seconds(self) -> float | None:
        """Seconds left of the session length, never below 0; ``None`` without a length."""
        return self._timer.remaining()

    def closing_window_seconds(self) -> float | None:
        """How long before the end the closing invitation appears: 5 minutes or 15%."""
        return self._timer.closing_window()

    def closing_time_reached(self) -> bool:
        """Whether to invite a closing step now. Purely informative: nothing is ended."""
        return self._started and not self._finished and self._timer.in_closing_window()

    def suggested_closing_index(self) -> int | None:
        """The next "close" step from here (else a "return" step), to offer near the end."""
        for kind in ("close", "return"):
            for index in range(self._index, len(self._pack.steps)):
                if self._pack.steps[index].kind == kind:
                    return index
        return None

    # --- answers -----------------------------------------------------------------------
    def set_answer(self, step_id: str, key: str, value: Any) -> None:
        """Store what was entered on a step; ``None`` clears it.

        Values are kept as JSON (tuples become lists). Raises ``ValueError`` for programming
        mistakes only: an unknown step, a value JSON cannot hold, or a rating that is not a
        whole number from 0 to 10.
        """
        try:
            self._pack.step_index(step_id)
        except KeyError:
            raise ValueError(f"the pack {self._pack.id!r} has no step {step_id!r}") from None
        if not isinstance(key, str) or not key:
            raise ValueError("an answer key is a non-empty string")
        stored = as_json(value)
        if key == RATING_KEY:
            check_rating(stored)
        step_answers = self._answers.get(step_id, {})
        if step_answers.get(key) == stored:
            return
        if stored is None:
            step_answers.pop(key, None)
        else:
            step_answers[key] = stored
        if step_answers:
            self._answers[step_id] = step_answers
        else:
            self._answers.pop(step_id, None)
        self.events.emit(AnswerChanged(step_id, key, copy.deepcopy(stored)))

    def answer(self, step_id: str, key: str, default: Any = None) -> Any:
        """What was entered for ``key`` on the step, or ``default``."""
        return copy.deepcopy(self._answers.get(step_id, {}).get(key, default))

    # --- persistence -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """A JSON-able snapshot; elapsed time is stored as a duration, not a clock reading."""
        return {
            "format": SESSION_FORMAT,
            "pack_id": self._pack.id,
            "language": self._pack.language,
            "step_ids": [step.id for step in self._pack.steps],
            "step_index": self._index,
            "step_id": self.current_step.id,
            "visited": self._in_pack_order(self._visited),
            "skipped": self._in_pack_order(self._skipped),
            "answers": copy.deepcopy(self._answers),
            "started": self._started,
            "finished": self._finished,
            "paused": self._paused,
            "elapsed_seconds": self.elapsed_seconds(),
            "session_minutes": self._timer.session_minutes,
        }

    @classmethod
    def from_dict(
        cls, data: dict[str, Any], pack: PromptPack, clock: Clock = time.monotonic
    ) -> GuidedSession:
        """Resume a session saved with ``to_dict``: same step, same answers, same elapsed time.

        If the pack was edited since, the step is found again by its id. Raises
        ``ValueError`` when ``data`` is not a session of this pack.
        """
        saved = parse_saved_session(data, pack)
        session = cls(pack, clock, saved.session_minutes)
        session._index = saved.index
        session._visited = set(saved.visited)
        session._skipped = set(saved.skipped)
        session._answers = saved.answers
        session._started = saved.started
        session._finished = saved.finished
        session._paused = saved.paused
        running = saved.started and not saved.finished and not saved.paused
        session._timer = SessionTimer(clock, saved.session_minutes, saved.elapsed_seconds, running)
        return session

    def _in_pack_order(self, ids: set[str]) -> list[str]:
        order = {step.id: index for index, step in enumerate(self._pack.steps)}
        return sorted(ids, key=lambda step_id: (order.get(step_id, len(order)), step_id))
