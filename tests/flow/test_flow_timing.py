"""The session timer counts active time only and never runs backwards."""

from __future__ import annotations

import pytest

from containerstudio.flow.timing import SessionTimer


class FakeClock:
    def __init__(self, now: float = 100.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_counts_only_while_running() -> None:
    clock = FakeClock()
    timer = SessionTimer(clock)
    clock.now += 50
    assert timer.elapsed() == 0 and not timer.running
    timer.start()
    timer.start()  # no effect
    clock.now += 20
    timer.stop()
    timer.stop()  # no effect
    clock.now += 1000
    assert timer.elapsed() == 20


def test_a_clock_that_steps_back_never_shrinks_the_time() -> None:
    clock = FakeClock()
    timer = SessionTimer(clock, elapsed=30, running=True)
    clock.now -= 10
    assert timer.elapsed() == 30


@pytest.mark.parametrize(
    ("minutes", "window"), [(60, 300), (45, 300), (20, 180), (10, 90), (1, 9), (None, None)]
)
def test_closing_window_is_five_minutes_or_fifteen_percent(
    minutes: float | None, window: float | None
) -> None:
    timer = SessionTimer(FakeClock(), minutes)
    if window is None:
        assert timer.closing_window() is None
    else:
        assert timer.closing_window() == pytest.approx(window)
    assert not timer.in_closing_window()  # nothing has been counted yet


def test_session_length_can_change_and_be_cleared() -> None:
    clock = FakeClock()
    timer = SessionTimer(clock, 30, elapsed=26 * 60)
    assert timer.in_closing_window()
    timer.session_minutes = 60
    assert not timer.in_closing_window() and timer.remaining() == 34 * 60
    timer.session_minutes = None
    assert timer.remaining() is None and not timer.in_closing_window()
    with pytest.raises(ValueError):
        timer.session_minutes = -1
