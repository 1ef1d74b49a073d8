"""The guided session: navigation, skip, pause and its clock, closing time, answers, persistence."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from containerstudio.flow import (
    RATING_KEY,
    AnswerChanged,
    GuidedSession,
    SessionEvent,
    SessionPaused,
    StepChanged,
    load_pack,
    shipped_prompts_dir,
)

PACK = load_pack(shipped_prompts_dir() / "container.en.toml")
N = len(PACK.steps)


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, now: float = 5000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Recorder:
    def __init__(self) -> None:
        self.events: list[SessionEvent] = []

    def __call__(self, event: SessionEvent) -> None:
        self.events.append(event)

    def names(self) -> list[str]:
        return [type(event).__name__ for event in self.events]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session(clock: FakeClock) -> GuidedSession:
    return GuidedSession(PACK, clock=clock)


def test_before_start_it_is_an_overview(session: GuidedSession, clock: FakeClock) -> None:
    assert not session.started and not session.finished
    assert session.progress() == (1, N)
    clock.advance(100)
    assert session.elapsed_seconds() == 0
    assert session.pause() is False
    with pytest.raises(RuntimeError):
        session.next()


def test_walk_through_with_no_answers_finishes(session: GuidedSession) -> None:
    recorder = Recorder()
    session.events.connect(recorder)
    assert session.start()
    assert not session.start()
    for k in range(1, N + 1):
        assert session.progress() == (k, N)
        assert session.next()
    assert session.finished
    assert session.visited == {step.id for step in PACK.steps}
    assert session.skipped == frozenset()
    assert session.answers == {}
    assert recorder.names() == ["StepChanged"] * N + ["SessionFinished"]
    assert recorder.events[0] == StepChanged(
        index=0, step_id="what-to-expect", previous_index=None, how="start"
    )
    assert not session.next() and not session.back() and not session.skip()


def test_upcoming_step(session: GuidedSession) -> None:
    session.start()
    assert session.upcoming_step == PACK.steps[1]
    session.go_to(N - 1)
    assert session.upcoming_step is None


def test_skip_records_and_moves_on(session: GuidedSession) -> None:
    recorder = Recorder()
    session.events.connect(recorder)
    session.start()
    session.skip()
    assert session.index == 1 and session.skipped == {"what-to-expect"}
    assert recorder.events[-1] == StepChanged(1, "check-in", 0, "skip")
    assert session.status("what-to-expect") == "skipped"
    assert session.status("check-in") == "current"
    assert session.status("intention") == "ahead"
    session.back()
    session.next()  # leaving it with Next this time
    assert session.skipped == frozenset()
    assert session.status("what-to-expect") == "visited"


def test_skip_on_the_last_step_finishes(session: GuidedSession) -> None:
    session.start()
    session.go_to(N - 1)
    assert session.skip()
    assert session.finished and PACK.steps[-1].id in session.skipped


def test_back_and_go_to(session: GuidedSession) -> None:
    session.start()
    assert not session.back()
    session.next()
    session.next()
    assert session.back() and session.index == 1
    assert session.go_to(5) and session.current_step.id == "lid-lock-key"
    assert not session.go_to(5)
    with pytest.raises(IndexError):
        session.go_to(N)
    with pytest.raises(IndexError):
        session.go_to(-1)


def test_pause_stops_the_clock(session: GuidedSession, clock: FakeClock) -> None:
    recorder = Recorder()
    session.events.connect(recorder)
    session.start()
    clock.advance(60)
    assert session.pause() and session.paused
    assert not session.pause()
    clock.advance(600)
    assert session.elapsed_seconds() == 60
    session.next()  # moving while paused keeps the clock stopped
    clock.advance(30)
    assert session.elapsed_seconds() == 60
    assert session.resume() and not session.resume()
    clock.advance(15)
    assert session.elapsed_seconds() == 75
    assert recorder.names()[-3:] == ["SessionPaused", "StepChanged", "SessionResumed"]
    assert recorder.events[-3] == SessionPaused(elapsed_seconds=60)
    session.finish()
    clock.advance(100)
    assert session.elapsed_seconds() == 75 and not session.paused


def test_finishing_while_paused(session: GuidedSession, clock: FakeClock) -> None:
    session.start()
    clock.advance(10)
    session.pause()
    assert session.finish()
    assert not session.paused and not session.resume()
    assert not session.finish()


def test_closing_time_is_a_notice_only(session: GuidedSession, clock: FakeClock) -> None:
    session.set_session_minutes(45)
    assert session.closing_window_seconds() == 300  # 15% would be 405 s
    assert not session.closing_time_reached()  # not started
    session.start()
    clock.advance(40 * 60 - 1)
    assert not session.closing_time_reached()
    clock.advance(1)
    assert session.closing_time_reached()
    assert session.remaining_seconds() == 300
    clock.advance(3600)
    assert session.closing_time_reached() and session.remaining_seconds() == 0
    assert not session.finished and session.next()  # nothing was ended
    assert session.suggested_closing_index() == PACK.step_index("close-and-keep")
    session.go_to(PACK.step_index("return-to-now"))
    assert session.suggested_closing_index() == PACK.step_index("return-to-now")
    session.finish()
    assert not session.closing_time_reached()


def test_short_sessions_use_fifteen_percent(clock: FakeClock) -> None:
    session = GuidedSession(PACK, clock=clock, session_minutes=10)
    assert session.closing_window_seconds() == pytest.approx(90)
    session.start()
    clock.advance(8.5 * 60)
    assert session.closing_time_reached()


def test_pause_does_not_bring_closing_time_nearer(session: GuidedSession, clock: FakeClock) -> None:
    session.set_session_minutes(20)
    session.start()
    session.pause()
    clock.advance(3600)
    assert not session.closing_time_reached()
    assert session.remaining_seconds() == 1200


def test_without_a_session_length(session: GuidedSession, clock: FakeClock) -> None:
    session.start()
    clock.advance(10_000)
    assert session.remaining_seconds() is None
    assert session.closing_window_seconds() is None
    assert not session.closing_time_reached()


@pytest.mark.parametrize("minutes", [0, -5, float("nan"), float("inf"), "45", True])
def test_session_length_must_make_sense(minutes: Any, clock: FakeClock) -> None:
    with pytest.raises(ValueError):
        GuidedSession(PACK, clock=clock, session_minutes=minutes)


def test_answers(session: GuidedSession) -> None:
    recorder = Recorder()
    session.events.connect(recorder)
    session.set_answer("check-in", RATING_KEY, 7)
    session.set_answer("check-in", RATING_KEY, 7)  # unchanged: no event
    session.set_answer("intention", "text", "hold the noise")
    session.set_answer("close-and-keep", "choices", ("vault", "far away"))
    assert session.answer("check-in", RATING_KEY) == 7
    assert session.answer("close-and-keep", "choices") == ["vault", "far away"]
    assert session.answer("keep-print-bring", "text", "none") == "none"
    assert recorder.names() == ["AnswerChanged"] * 3
    assert recorder.events[0] == AnswerChanged(step_id="check-in", key=RATING_KEY, value=7)
    session.set_answer("check-in", RATING_KEY, None)
    assert "check-in" not in session.answers
    assert recorder.events[-1] == AnswerChanged("check-in", RATING_KEY, None)
    copy = session.answers
    copy["intention"]["text"] = "changed"
    assert session.answer("intention", "text") == "hold the noise"


@pytest.mark.parametrize("value", [-1, 11, 3.5, True, "5", [5]])
def test_ratings_are_whole_numbers_from_0_to_10(session: GuidedSession, value: Any) -> None:
    with pytest.raises(ValueError):
        session.set_answer("check-in", RATING_KEY, value)
    assert session.answers == {}


def test_ratings_accept_the_full_range(session: GuidedSession) -> None:
    for value in (0, 10):
        session.set_answer("return-to-now", RATING_KEY, value)
        assert session.answer("return-to-now", RATING_KEY) == value


@pytest.mark.parametrize(
    ("step_id", "key", "value"),
    [("no-such-step", "text", "x"), ("intention", "", "x"), ("intention", "t", object())],
)
def test_answer_mistakes_raise(session: GuidedSession, step_id: str, key: str, value: Any) -> None:
    with pytest.raises(ValueError):
        session.set_answer(step_id, key, value)


def test_disconnect(session: GuidedSession) -> None:
    recorder = Recorder()
    session.events.connect(recorder)
    session.events.connect(recorder)  # once only
    session.start()
    session.events.disconnect(recorder)
    session.events.disconnect(recorder)  # forgiving
    session.next()
    assert recorder.names() == ["StepChanged"]


def test_a_callback_may_disconnect_itself(session: GuidedSession) -> None:
    calls = []

    def once(event: SessionEvent) -> None:
        calls.append(type(event).__name__)
        session.events.disconnect(once)

    session.events.connect(once)
    session.start()
    session.next()
    assert calls == ["StepChanged"]


def _mid_session(session: GuidedSession, clock: FakeClock) -> None:
    session.set_session_minutes(45)
    session.start()
    session.set_answer("check-in", RATING_KEY, 6)
    session.skip()
    session.set_answer("intention", "text", "a place for the noise")
    session.next()
    session.next()
    clock.advance(125.5)


@pytest.mark.parametrize("paused", [False, True])
def test_round_trip_mid_session(session: GuidedSession, clock: FakeClock, paused: bool) -> None:
    _mid_session(session, clock)
    if paused:
        session.pause()
    saved = json.loads(json.dumps(session.to_dict()))
    later = FakeClock(now=17.0)  # a new process: the clock reading means nothing now
    restored = GuidedSession.from_dict(saved, PACK, clock=later)
    assert restored.to_dict() == session.to_dict()
    assert restored.current_step.id == "choose-container"
    assert restored.answers == session.answers
    assert restored.elapsed_seconds() == 125.5
    assert restored.paused is paused
    later.advance(10)
    assert restored.elapsed_seconds() == (125.5 if paused else 135.5)


def test_round_trip_before_start_and_after_finish(clock: FakeClock) -> None:
    for prepare in (lambda s: None, lambda s: (s.start(), s.finish())):
        session = GuidedSession(PACK, clock=clock)
        prepare(session)
        restored = GuidedSession.from_dict(session.to_dict(), PACK, clock=clock)
        assert restored.to_dict() == session.to_dict()


def test_restore_finds_the_step_in_an_edited_pack(session: GuidedSession, clock: FakeClock) -> None:
    _mid_session(session, clock)
    saved = session.to_dict()
    extra = dataclasses.replace(PACK.steps[0], id="a-new-first-step")
    inserted = dataclasses.replace(PACK, steps=(extra, *PACK.steps))
    assert GuidedSession.from_dict(saved, inserted, clock).current_step.id == "choose-container"
    shortened = dataclasses.replace(PACK, steps=PACK.steps[:2])
    restored = GuidedSession.from_dict(saved, shortened, clock)
    assert restored.index == 1  # "choose-container" is gone: the nearest position is kept
    assert restored.answer("intention", "text") == "a place for the noise"  # nothing lost


@pytest.mark.parametrize(
    "damage",
    [
        {"format": 2},
        {"pack_id": "grounding"},
        {"language": "de"},
        {"elapsed_seconds": -1},
        {"elapsed_seconds": "12"},
        {"started": "yes"},
        {"visited": "outside"},
        {"answers": {"check-in": {RATING_KEY: 12}}},
        {"answers": ["x"]},
        {"step_index": "3", "step_id": None},
        {"session_minutes": 0},
    ],
)
def test_restore_refuses_damaged_data(
    session: GuidedSession, clock: FakeClock, damage: dict[str, Any]
) -> None:
    _mid_session(session, clock)
    with pytest.raises(ValueError):
        GuidedSession.from_dict({**session.to_dict(), **damage}, PACK, clock)
    with pytest.raises(ValueError):
        GuidedSession.from_dict(["not", "a", "dict"], PACK, clock)  # type: ignore[arg-type]


def test_a_pack_without_steps_cannot_run(clock: FakeClock) -> None:
    with pytest.raises(ValueError):
        GuidedSession(dataclasses.replace(PACK, steps=()), clock=clock)
