"""Spotting judging or alarming words in text meant for a person who may be distressed.

The app's wording invites and never judges (DESIGN.md §1, rule 5). This check backs the
wording tests for prompt packs (the grounding pack too), loader messages and UI strings;
`lint_pack` also catches the slips a reader trips over: a word said twice ("Or: Or"), a
"(s)" plural, and a step or minute count that disagrees with the pack. It matches whole
words and their forms ("failed", "wrongly", "shouldn't", "mustn’t") but not unrelated
words that merely start the same way ("shoulder", "badge", "mustard").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from containerstudio.flow.schema import PromptPack

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


# -- slips a reader trips over: doubled words, "(s)", counts that disagree ---------------
_DOUBLED = re.compile(r"\b(\w+(?:\s+\w+){0,2})\b[\s:;,—–-]+\1\b", re.IGNORECASE)
_PLURAL_HEDGE = re.compile(r"\w\((?:s|es)\)", re.IGNORECASE)

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "fifty": 50,
    "sixty": 60,
}
_NUMBER = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_STEPS = re.compile(rf"\b({_NUMBER})\s+(?:short\s+|more\s+)?steps?\b", re.IGNORECASE)
_MINUTES = re.compile(
    rf"\ba\s+minute\s+or\s+({_NUMBER})\b"
    rf"|\b({_NUMBER})(?:\s+(?:to|or)\s+({_NUMBER}))?\s+minutes?\b",
    re.IGNORECASE,
)


def _number(word: str) -> float:
    word = word.lower()
    return float(word) if word[0].isdigit() else float(_NUMBER_WORDS[word])


def find_doubled_words(text: str) -> list[str]:
    """A word (or a few) said twice in a row ("Or: Or five things", "the the").

    An option and its placeholder ("--data-dir DIR") is not a doubled word: a repeat
    in capitals after a lower-case word names a value, it is not said twice.
    """
    found = []
    for match in _DOUBLED.finditer(text):
        first, whole = match.group(1), match.group(0)
        again = whole[len(whole) - len(first) :]
        if again.isupper() and not first.isupper():
            continue
        found.append(whole)
    return found


def find_plural_hedges(text: str) -> list[str]:
    """A literal "(s)" plural ("1 slip(s)"): a count deserves its real plural form."""
    return [match.group(0) for match in _PLURAL_HEDGE.finditer(text)]


def step_counts(text: str) -> list[tuple[str, int]]:
    """Every "N steps" claim in `text`: (as written, N)."""
    return [(m.group(0), int(_number(m.group(1)))) for m in _STEPS.finditer(text)]


def minute_figures(text: str) -> list[tuple[str, float, float]]:
    """Every "about N minutes" figure in `text`: (as written, low, high); a range such as
    "one to three minutes" or "a minute or two" gives its two ends."""
    found = []
    for m in _MINUTES.finditer(text):
        if m.group(1) is not None:
            low, high = 1.0, _number(m.group(1))
        else:
            low = _number(m.group(2))
            high = _number(m.group(3)) if m.group(3) else low
        found.append((m.group(0), min(low, high), max(low, high)))
    return found


def find_wording_slips(text: str) -> list[str]:
    """Judging words, doubled words and "(s)" plurals in one text meant for a person."""
    return [*find_judging_words(text), *find_doubled_words(text), *find_plural_hedges(text)]


def pack_texts(pack: PromptPack) -> list[tuple[str | None, str]]:
    """Every text of `pack` a person reads, with the id of the step it belongs to (None
    for the pack's own title and summary)."""
    texts: list[tuple[str | None, str]] = [(None, pack.title), (None, pack.summary)]
    for step in pack.steps:
        lines = [step.title, step.text, *step.prompts, *step.choices]
        lines += [step.scale_low or "", step.scale_high or ""]
        for sense in step.senses:
            lines += [sense.invitation, sense.alternative or ""]
        texts += [(step.id, line) for line in lines if line]
    return texts


def lint_pack(pack: PromptPack) -> list[str]:
    """Wording slips in a pack, one line each; empty when the pack reads well.

    Besides judging words, doubled words and "(s)" plurals, a count written into a text
    must agree with the pack: "N steps" with its number of steps, a minute figure in a
    step with that step's minutes (or the pack's total), and one in the summary with the
    total. The app shows the steps and minutes itself, computed from the pack, so a
    figure in the text can only repeat them or contradict them.
    """
    notes = []
    total = round(pack.total_minutes)
    for step_id, text in pack_texts(pack):
        where = f"{pack.id}/{step_id}" if step_id else f"{pack.id}"
        for slip in find_wording_slips(text):
            notes.append(f"{where}: “{slip}” in “{text.strip()}”")
        for written, count in step_counts(text):
            if count != len(pack.steps):
                notes.append(f"{where}: “{written}”, but the pack has {len(pack.steps)} steps")
        step = pack.step(step_id) if step_id else None
        for written, low, high in minute_figures(text):
            allowed = [total] if step is None else [step.minutes, total]
            if not any(low <= figure <= high for figure in allowed):
                figures = " or ".join(f"{figure:g}" for figure in allowed)
                notes.append(f"{where}: “{written}”, but the pack says about {figures} minutes")
    return notes
