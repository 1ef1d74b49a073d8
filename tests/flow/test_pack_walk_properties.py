"""Acceptance (issue 13, point 10): every pack the validator accepts can be run to its end.

Packs are generated as TOML text (random step counts around the limit, every kind of step,
optional fields present or not, session lengths including 0 and odd values), read through
the real loader, and each pack that loads is walked with a GuidedSession to its end with
next, skip, back, pause, resume, answers and a save and restore on the way. A pack that
does not load must be one the rules refuse, with calm notes naming the file.
"""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from containerstudio.flow import GuidedSession, find_judging_words, read_pack_file
from containerstudio.flow import schema as s

WORDS = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("Cs", "Cc"), include_characters="<>&\"'\\\t"
    ),
    min_size=1,
    max_size=24,
).filter(lambda text: text.strip())
SESSION_MINUTES = st.one_of(
    st.none(),
    st.sampled_from(["0", "0.0", "-0.0", "-1", "1e-300", "0.001", "0.5", "1", "45", "480"]),
    st.sampled_from(["480.5", "481", "1e308", "inf", "nan", '"45"', "true"]),
    st.integers(min_value=-5, max_value=600).map(str),
)


def toml_string(text: str) -> str:
    """A TOML basic string holding exactly ``text``."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_list(items: list[str]) -> str:
    return "[" + ", ".join(toml_string(item) for item in items) + "]"


@st.composite
def steps(draw, number: int) -> str:
    kind = draw(st.sampled_from(s.STEP_KINDS))
    lines = [
        "[[step]]",
        f'id = "s{number}"',
        f'kind = "{kind}"',
        f"title = {toml_string(draw(WORDS))}",
        f"text = {toml_string(draw(WORDS))}",
        f"minutes = {draw(st.sampled_from(['0.1', '1', '2.5', '60']))}",
    ]
    if draw(st.booleans()):
        lines.append(f"prompts = {toml_list(draw(st.lists(WORDS, max_size=s.MAX_LIST_ITEMS)))}")
    if draw(st.booleans()):
        tools = draw(st.lists(st.sampled_from(s.TOOLS), max_size=s.MAX_LIST_ITEMS))
        lines.append(f"tools = {toml_list(tools)}")
    if draw(st.booleans()):
        lines.append(f"choices = {toml_list(draw(st.lists(WORDS, max_size=4)))}")
    rating = draw(st.sampled_from([None, "before", "after"]))
    if rating:
        lines.append(f'rating = "{rating}"')
    if (rating or kind == "checkin") and draw(st.booleans()):
        lines.append(f"scale_low = {toml_string(draw(WORDS))}")
        lines.append(f"scale_high = {toml_string(draw(WORDS))}")
    senses: list[str] = []
    if kind == "grounding":
        exercise = draw(st.sampled_from([None, *s.GROUNDING_EXERCISES]))
        if exercise:
            lines.append(f'exercise = "{exercise}"')
        if exercise == "breathing":
            for key, low in (("inhale_seconds", 1), ("hold_seconds", 0), ("exhale_seconds", 1)):
                if draw(st.booleans()):
                    value = draw(st.integers(min_value=low, max_value=s.MAX_BREATH_SECONDS))
                    lines.append(f"{key} = {value}")
        if exercise == "senses":
            for _ in range(draw(st.integers(min_value=1, max_value=5))):
                senses += [
                    "[[step.senses]]",
                    f"count = {draw(st.integers(min_value=1, max_value=10))}",
                    f"sense = {toml_string(draw(WORDS))}",
                    f"invitation = {toml_string(draw(WORDS))}",
                ]
                if draw(st.booleans()):
                    senses.append(f"alternative = {toml_string(draw(WORDS))}")
    return "\n".join(lines + senses) + "\n"


@st.composite
def packs(draw) -> tuple[str, bool]:
    """Pack text, and whether the pack's rules say it loads."""
    count = draw(  # small packs, and packs at the step limit and just past it
        st.one_of(
            st.integers(min_value=1, max_value=6),
            st.integers(min_value=s.MAX_STEPS - 1, max_value=s.MAX_STEPS + 2),
        )
    )
    minutes = draw(SESSION_MINUTES)
    head = [
        "schema_version = 1",
        'id = "generated"',
        'language = "en"',
        f"title = {toml_string(draw(WORDS))}",
        f"summary = {toml_string(draw(WORDS))}",
        f'audience = "{draw(st.sampled_from(s.AUDIENCES))}"',
    ]
    if minutes is not None:
        head.append(f"session_minutes = {minutes}")
    body = "".join("\n" + draw(steps(n)) for n in range(1, count + 1))
    loads = count <= s.MAX_STEPS and (minutes is None or _usable_minutes(minutes))
    return "\n".join(head) + "\n" + body, loads


def _usable_minutes(written: str) -> bool:
    try:
        value = float(written)
    except ValueError:
        return False
    return math.isfinite(value) and 0 < value <= s.MAX_SESSION_MINUTES


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


ACTIONS = st.lists(
    st.sampled_from(["next", "skip", "back", "pause", "resume", "answer", "restore", "wait"]),
    max_size=40,
)


def walk(session: GuidedSession, actions: list[str], clock: FakeClock) -> GuidedSession:
    """Do the actions, then Next until the end; return the (possibly restored) session."""
    pack = session.pack
    assert session.start()
    for action in actions:
        if session.finished:
            break
        step = session.current_step
        if action in ("next", "skip", "back"):
            getattr(session, action)()
        elif action == "pause":
            session.pause()
        elif action == "resume":
            session.resume()
        elif action == "answer":
            key = "rating" if step.offers_rating else "text"
            session.set_answer(step.id, key, 5 if key == "rating" else "a few words")
        elif action == "restore":
            session = GuidedSession.from_dict(session.to_dict(), pack, clock)
        else:
            clock.now += 90
            session.closing_time_reached()
            session.suggested_closing_index()
    for _ in range(len(pack.steps) + 1):
        if session.finished:
            break
        session.resume()
        session.next()
    return session


@settings(
    max_examples=50,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(generated=packs(), actions=ACTIONS)
def test_every_pack_that_loads_runs_to_its_end(generated: tuple[str, bool], actions: list[str]):
    text, should_load = generated
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.en.toml"
        path.write_text(text, encoding="utf-8")
        pack, problems = read_pack_file(path)
    if pack is None:
        assert not should_load, [p.describe() for p in problems]
        assert problems
        for problem in problems:
            assert problem.file.name == "generated.en.toml"
            assert not find_judging_words(problem.message)
        return
    assert should_load, "this pack breaks a rule and still loaded"
    assert 1 <= len(pack.steps) <= s.MAX_STEPS
    # As the pack asks, and as the overview offers it (whole minutes, 0 for none).
    offered = int(pack.session_minutes) if pack.session_minutes else 0
    for minutes in (pack.session_minutes, offered or None):
        clock = FakeClock()
        session = walk(GuidedSession(pack, clock, session_minutes=minutes), actions, clock)
        assert session.finished
        restored = GuidedSession.from_dict(session.to_dict(), pack, clock)
        assert restored.finished and restored.answers == session.answers
