"""Reading single fields out of a hand-written pack, with calm notes on anything unusable.

Packs are written by hand, often by therapists rather than programmers, so every check
names the step and field it is about and says what would help, in plain, unhurried words.
Notes are collected (not just the first) so one round of edits can settle them all.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from containerstudio.flow import schema as s
from containerstudio.flow.schema import PackProblem

ASIDE = "so this pack was set aside."


def described(value: Any) -> str:
    """How a TOML value looks to the person who wrote it, e.g. ``text (“five”)``."""
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        short = value if len(value) <= 30 else value[:27] + "…"
        return f"text (“{short}”)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date or time"


def tidy(text: str) -> str:
    """Join wrapped lines into flowing text, keeping blank lines as paragraph breaks.

    Authors wrap long invitations across lines in ``\"\"\"`` strings; the UI reflows text to
    its own width, so only paragraph breaks carry meaning.
    """
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(part.split()) for part in paragraphs if part.strip())


def subject(where: str | None, *, capital: bool = True) -> str:
    """How a message names its place: "This pack", "The step “intro”" or "Step 3"."""
    if where is None:
        text = "this pack"
    elif where.startswith("step "):
        text = where
    else:
        text = f"the step “{where}”"
    return text[0].upper() + text[1:] if capital else text


class FieldReader:
    """Reads fields out of TOML tables, noting anything that keeps the pack from loading.

    Each reading method takes the table, the ``key`` to read and ``where`` (step reference or
    ``None`` for the top level). ``field`` is the name reported in the problem (defaults to
    the key) and ``label`` the words used in the message (defaults to the field).
    """

    def __init__(self, file: Path) -> None:
        self.file = file
        self.problems: list[PackProblem] = []

    def note(self, where: str | None, field: str | None, code: str, message: str) -> None:
        """Record one problem."""
        self.problems.append(PackProblem(self.file, where, field, message, code))

    def unknown_fields(
        self, table: dict[str, Any], known: frozenset[str], where: str | None, prefix: str = ""
    ) -> None:
        """Note every key the schema does not describe (usually a typo)."""
        for key in table:
            if key not in known:
                self.note(
                    where,
                    prefix + key,
                    "unknown-field",
                    f"{subject(where)} has a field “{prefix + key}” that Container Studio does "
                    f"not know (perhaps a typo?), {ASIDE}",
                )

    def missing(self, where: str | None, field: str, label: str) -> None:
        """Note a required field that is absent or blank."""
        self.note(where, field, "missing-field", f"{subject(where)} has no {label} yet, {ASIDE}")

    def _wrong_type(self, where: str | None, field: str, value: Any, wanted: str) -> None:
        self.note(
            where,
            field,
            "wrong-type",
            f"{subject(where)} has “{field}” written as {described(value)}; Container Studio "
            f"reads it as {wanted}, {ASIDE}",
        )

    def text(
        self,
        table: dict[str, Any],
        key: str,
        where: str | None,
        *,
        limit: int,
        required: bool = True,
        field: str | None = None,
        label: str | None = None,
    ) -> str | None:
        """A tidied string, or None when it is absent (noted if required) or unusable."""
        field = field or key
        label = label or field
        value = table.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.missing(where, field, label)
            return None
        if not isinstance(value, str):
            self._wrong_type(where, field, value, 'text in quotes, like "A few words"')
            return None
        result = tidy(value)
        if len(result) > limit:
            self.note(
                where,
                field,
                "too-long",
                f"The {label} of {subject(where, capital=False)} is {len(result):,} characters "
                f"long, more than the {limit:,} it can hold, {ASIDE} A shorter text will fit.",
            )
            return None
        return result

    def number(
        self,
        table: dict[str, Any],
        key: str,
        where: str | None,
        *,
        low: float,
        high: float,
        required: bool = True,
        above_low: bool = False,
        whole: bool = False,
        field: str | None = None,
        label: str | None = None,
    ) -> float | None:
        """A finite number within range (``low`` itself excluded when ``above_low``), or None."""
        field = field or key
        label = label or field
        value = table.get(key)
        if value is None:
            if required:
                self.missing(where, field, label)
            return None
        kind_ok = isinstance(value, int) if whole else isinstance(value, int | float)
        if isinstance(value, bool) or not kind_ok:
            sort = "a whole number" if whole else "a number"
            self._wrong_type(where, field, value, f"{sort} without quotes, like {key} = 3")
            return None
        fits = math.isfinite(value) and (value > low if above_low else value >= low)
        if not fits or value > high:
            lower = f"above {low:g}" if above_low else f"from {low:g}"
            self.note(
                where,
                field,
                "out-of-range",
                f"{subject(where)} has {field} = {value}; Container Studio reads values "
                f"{lower} up to {high:g} here, {ASIDE}",
            )
            return None
        number: float = value  # checked above: an int or a float, not a bool
        return number

    def choice(
        self,
        table: dict[str, Any],
        key: str,
        where: str | None,
        allowed: tuple[str, ...],
        *,
        required: bool = False,
    ) -> str | None:
        """One of ``allowed``, or None when absent (noted if required) or not among them."""
        value = table.get(key)
        if value is None:
            if required:
                self.missing(where, key, key)
            return None
        if not isinstance(value, str):
            self._wrong_type(where, key, value, f"one of: {', '.join(allowed)}")
            return None
        if value not in allowed:
            self.note(
                where,
                key,
                "unknown-" + key,
                f"{subject(where)} has the {key} “{value}”, which Container Studio does not "
                f"know, {ASIDE} The {key}s it knows are: {', '.join(allowed)}.",
            )
            return None
        return value

    def text_list(
        self,
        table: dict[str, Any],
        key: str,
        where: str | None,
        *,
        allowed: tuple[str, ...] | None = None,
    ) -> tuple[str, ...]:
        """A list of short texts (or of names from ``allowed``); empty when absent."""
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self._wrong_type(where, key, value, f'a list of texts, like {key} = ["one", "two"]')
            return ()
        if len(value) > s.MAX_LIST_ITEMS:
            self.note(
                where,
                key,
                "too-long",
                f"{subject(where)} has {len(value)} entries in “{key}”, more than the "
                f"{s.MAX_LIST_ITEMS} it can hold, {ASIDE}",
            )
            return ()
        if allowed is not None:
            for item in value:
                if item not in allowed:
                    self.note(
                        where,
                        key,
                        "unknown-" + key.removesuffix("s"),
                        f"{subject(where)} offers “{item}” in {key}, which Container Studio "
                        f"does not know, {ASIDE} The {key} it knows are: {', '.join(allowed)}.",
                    )
            return tuple(dict.fromkeys(value))
        items = []
        for number, item in enumerate(value, start=1):
            result = tidy(item)
            if len(result) > s.MAX_LINE_CHARS:
                self.note(
                    where,
                    key,
                    "too-long",
                    f"Entry {number} of “{key}” in {subject(where, capital=False)} is longer "
                    f"than {s.MAX_LINE_CHARS} characters, {ASIDE}",
                )
            elif result:
                items.append(result)
        return tuple(items)
