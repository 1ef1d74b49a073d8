"""Random walks through a session keep its invariants, and any moment can be saved and resumed.

A plain reference model (a few integers and dicts) runs beside the real session; after each
action both must agree, and a persist/restore at any point must change nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from containerstudio.flow import RATING_KEY, GuidedSession, PromptPack, load_packs
from containerstudio.flow import shipped_prompts_dir as prompts

PACKS = sorted(load_packs(prompts()).packs, key=lambda pack: pack.id)


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@dataclass
class Model:
    """What the session should be, written as simply as possible."""

    n: int
    index: int = 0
    started: bool = False
    finished: bool = False
    paused: bool = False
    elapsed: float = 0.0
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def running(self) -> bool:
        return self.started and not self.paused and not self.finished

    def forward(self) -> None:
        if self.index == self.n - 1:
            self.finished, self.paused = True, False
        else:
            self.index += 1


ACTIONS = st.one_of(
    st.tuples(st.sampled_from(["next", "back", "skip", "pause", "resume", "restore", "finish"])),
    st.tuples(st.just("go_to"), st.integers(0, 20)),
    st.tuples(st.just("tick"), st.integers(0, 600)),
    st.tuples(
        st.just("answer"),
        st.integers(0, 20),
        st.sampled_from([RATING_KEY, "text"]),
        st.one_of(st.none(), st.integers(0, 10), st.text(max_size=20)),
    ),
)


def _apply(session: GuidedSession, model: Model, clock: FakeClock, action: tuple) -> GuidedSession:
    name, *args = action
    pack = session.pack
    can_move = model.started and not model.finished
    if name == "tick":
        clock.now += args[0]
        model.elapsed += args[0] if model.running else 0
    elif name == "next":
        assert session.next() is can_move
        if can_move:
            model.forward()
    elif name == "skip":
        assert session.skip() is can_move
        if can_move:
            model.forward()
    elif name == "back":
        moved = can_move and model.index > 0
        assert session.back() is moved
        model.index -= moved
    elif name == "go_to":
        target = args[0] % model.n
        moved = can_move and target != model.index
        assert session.go_to(target) is moved
        model.index = target if moved else model.index
    elif name == "pause":
        assert session.pause() is model.running
        model.paused = model.paused or model.running
    elif name == "resume":
        assert session.resume() is model.paused
        model.paused = False
    elif name == "finish":
        assert session.finish() is not model.finished
        model.finished, model.paused = True, False
    elif name == "answer":
        step_id = pack.steps[args[0] % model.n].id
        key, value = args[1], args[2]
        if key == RATING_KEY and isinstance(value, str):
            value = None  # ratings are numbers; text is tested elsewhere
        session.set_answer(step_id, key, value)
        slot = model.answers.setdefault(step_id, {})
        if value is None:
            slot.pop(key, None)
        else:
            slot[key] = value
        if not slot:
            del model.answers[step_id]
    elif name == "restore":
        saved = json.loads(json.dumps(session.to_dict()))
        clock.now += 1_000_000  # a new process: the old clock reading means nothing now
        restored = GuidedSession.from_dict(saved, pack, clock=clock)
        assert restored.to_dict() == saved
        return restored
    return session


def _check(session: GuidedSession, model: Model) -> None:
    k, n = session.progress()
    assert 0 <= session.index < n and k == session.index + 1 and n == model.n
    assert session.index == model.index
    assert (session.started, session.finished, session.paused) == (
        model.started,
        model.finished,
        model.paused,
    )
    assert session.elapsed_seconds() == model.elapsed
    assert session.answers == model.answers
    ids = {step.id for step in session.pack.steps}
    assert session.visited <= ids and session.skipped <= session.visited
    if session.started:
        assert session.current_step.id in session.visited
    assert session.upcoming_step == (
        session.pack.steps[session.index + 1] if session.index + 1 < n else None
    )
    json.dumps(session.to_dict())


@settings(max_examples=300, deadline=None)
@given(
    pack=st.sampled_from(PACKS),
    start=st.integers(0, 10**9),  # whole seconds keep the arithmetic exact
    actions=st.lists(ACTIONS, max_size=60),
)
def test_random_sessions_keep_their_invariants(
    pack: PromptPack, start: int, actions: list[tuple]
) -> None:
    clock = FakeClock(float(start))
    session = GuidedSession(pack, clock=clock, session_minutes=30)
    model = Model(n=len(pack.steps))
    session.start()
    model.started = True
    for action in actions:
        session = _apply(session, model, clock, action)
        _check(session, model)
        assert session.closing_time_reached() == (
            not model.finished and model.elapsed >= 30 * 60 - 270
        )
