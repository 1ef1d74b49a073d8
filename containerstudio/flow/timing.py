"""Session time: a stopwatch over an injectable clock, and the optional session length.

The timer counts active time only: pausing stops it, and a session restored after a crash
continues from the stored duration, never from a wall-clock anchor that would count the
time the app was closed. The session length only ever informs a gentle closing notice.
"""

from __future__ import annotations

from collections.abc import Callable

from containerstudio.flow.saved import checked_minutes

Clock = Callable[[], float]
CLOSING_WINDOW_MAX_SECONDS = 300.0
CLOSING_WINDOW_FRACTION = 0.15


class SessionTimer:
    """Active seconds from ``clock`` (monotonic), plus an optional length in minutes."""

    def __init__(
        self,
        clock: Clock,
        session_minutes: float | None = None,
        elapsed: float = 0.0,
        running: bool = False,
    ) -> None:
        self._clock = clock
        self._minutes = checked_minutes(session_minutes)
        self._banked = float(elapsed)
        self._since: float | None = clock() if running else None

    @property
    def running(self) -> bool:
        """Whether time is being counted now."""
        return self._since is not None

    @property
    def session_minutes(self) -> float | None:
        """The optional session length; ``None`` when there is none."""
        return self._minutes

    @session_minutes.setter
    def session_minutes(self, minutes: float | None) -> None:
        self._minutes = checked_minutes(minutes)

    def start(self) -> None:
        """Count from now; no effect if already counting."""
        if self._since is None:
            self._since = self._clock()

    def stop(self) -> None:
        """Stop counting and keep the time so far; no effect if already stopped."""
        self._banked = self.elapsed()
        self._since = None

    def elapsed(self) -> float:
        """Seconds counted so far (a clock that steps back never makes this shrink)."""
        if self._since is None:
            return self._banked
        return self._banked + max(0.0, self._clock() - self._since)

    def remaining(self) -> float | None:
        """Seconds left of the session length, never below 0; ``None`` without a length."""
        if self._minutes is None:
            return None
        return max(0.0, self._minutes * 60 - self.elapsed())

    def closing_window(self) -> float | None:
        """How long before the end the closing invitation appears: 5 minutes or 15%."""
        if self._minutes is None:
            return None
        return min(CLOSING_WINDOW_MAX_SECONDS, CLOSING_WINDOW_FRACTION * self._minutes * 60)

    def in_closing_window(self) -> bool:
        """Whether the remaining time has reached the closing window."""
        remaining, window = self.remaining(), self.closing_window()
        return remaining is not None and window is not None and remaining <= window
