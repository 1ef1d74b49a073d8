"""The keys under which a guided session keeps what the person entered on a step.

One definition for the guide's panel and controller, the session's checks and the
session PDF's gathering: a typo in a key is a name error, not an answer lost.
"""

from __future__ import annotations

from enum import StrEnum


class AnswerKey(StrEnum):
    """An answer's key in `GuidedSession.answers[step_id]` (stored as its string)."""

    RATING = "rating"
    """The optional 0–10 check-in (or check-out) on a step that offers a rating."""
    TEXT = "text"
    """A note or written words (writing, canvas, return and keep steps)."""
    KEPT_WHERE = "kept_where"
    """Where the person keeps the container (the close step)."""
    LID_CLOSED = "lid_closed"
    """True once the person closed the lid on the close step."""
