"""Spotting judging or alarming words in text meant for a person who may be distressed.

The app's wording invites and never judges (DESIGN.md §1, rule 5). This check backs the
wording tests for prompt packs, loader messages and, later, UI strings. It matches whole
words and their forms ("failed", "wrongly", "shouldn't", "mustn’t") but not unrelated
words that merely start the same way ("shoulder", "badge", "mustard").
"""

from __future__ import annotations

import re

JUDGING_STEMS = ("error", "failed", "invalid", "wrong", "must", "should", "failure", "bad")

_APOSTROPHE = "['’]"
_JUDGING = re.compile(
    r"\b(?:"
    r"error\w*|erroneous\w*"
    r"|fail\w*"
    r"|invalid\w*"
    r"|wrong\w*"
    rf"|must(?:n{_APOSTROPHE}?t)?(?:{_APOSTROPHE}ve)?"
    rf"|should(?:n{_APOSTROPHE}?t)?(?:{_APOSTROPHE}ve|st)?"
    r"|bad(?:ly|ness|der|dest)?"
    r")(?![\w])",
    re.IGNORECASE,
)


def find_judging_words(text: str) -> list[str]:
    """Every judging word in ``text``, as written, in order of appearance."""
    return [match.group(0) for match in _JUDGING.finditer(text)]
