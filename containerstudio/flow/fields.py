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
from containerstudio.flow.problems import PackKind, PackProblem, written


def tidy(text: str) -> str:
    """Join wrapped lines into flowing text, keeping blank lines as paragraph breaks.

    Authors wrap long invitations across lines in ``\"\"\"`` strings; the UI reflows text to
    its own width, so only paragraph breaks carry meaning.
    """
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(part.split()) for part in paragraphs if part.strip())


class FieldReader:
    """Reads fields out of TOML tables, noting anything that keeps the pack from loading.

    Each reading method takes the table, the ``key`` to read and ``where`` (step reference or
    ``None`` for the top level). ``field`` is the name reported in the problem (defaults to
    the key).
    """

    def __init__(self, file: Path) -> None:
        self.file = file
        self.problems: list[PackProblem] = []

    def note(
        self, where: str | None, field: str | None, kind: PackKind, **data: str | int | float
    ) -> None:
        """Record one problem."""
        self.problems.append(PackProblem(self.file, where, field, kind, data))

    def unknown_fields(
        self, table: dict[str, Any], known: frozenset[str], where: str | None, prefix: str = ""
    ) -> None:
        """Note every key the schema does not describe (usually a typo)."""
        for key in table:
            if key not in known:
                self.note(where, prefix + key, PackKind.UNKNOWN_FIELD)

    def missing(self, where: str | None, field: str) -> None:
        """Note a required field that is absent or blank."""
        self.note(where, field, PackKind.MISSING_FIELD)

    def _wrong_type(
        self, where: str | None, field: str, value: Any, kind: PackKind, **data: str
    ) -> None:
        self.note(where, field, kind, **written(value), **data)

    def text(
        self,
        table: dict[str, Any],
        key: str,
        where: str | None,
        *,
        limit: int,
        required: bool = True,
        field: str | None = None,
    ) -> str | None:
        """A tidied string, or None when it is absent (noted if required) or unusable."""
        field = field or key
        value = table.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.missing(where, field)
            return None
        if not isinstance(value, str):
            self._wrong_type(where, field, value, PackKind.WRONG_TYPE_TEXT)
            return None
        result = tidy(value)
        if len(result) > limit:
            self.note(where, field, PackKind.TEXT_TOO_LONG, length=len(result), limit=limit)
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
    ) -> float | None:
        """A finite number within range (``low`` itself excluded when ``above_low``), or None."""
        field = field or key
        value = table.get(key)
        if value is None:
            if required:
                self.missing(where, field)
            return None
        kind_ok = isinstance(value, int) if whole else isinstance(value, int | float)
        if isinstance(value, bool) or not kind_ok:
            wanted = PackKind.WRONG_TYPE_WHOLE if whole else PackKind.WRONG_TYPE_NUMBER
            self._wrong_type(where, field, value, wanted, key=key)
            return None
        fits = math.isfinite(value) and (value > low if above_low else value >= low)
        if not fits or value > high:
            kind = PackKind.OUT_OF_RANGE_ABOVE if above_low else PackKind.OUT_OF_RANGE
            self.note(where, field, kind, value=value, low=low, high=high)
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
                self.missing(where, key)
            return None
        known = ", ".join(allowed)
        if not isinstance(value, str):
            self._wrong_type(where, key, value, PackKind.WRONG_TYPE_CHOICE, allowed=known)
            return None
        if value not in allowed:
            self.note(where, key, PackKind.UNKNOWN_CHOICE, value=value, allowed=known)
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
            self._wrong_type(where, key, value, PackKind.WRONG_TYPE_LIST)
            return ()
        if len(value) > s.MAX_LIST_ITEMS:
            count, limit = len(value), s.MAX_LIST_ITEMS
            self.note(where, key, PackKind.TOO_MANY_ENTRIES, count=count, limit=limit)
            return ()
        if allowed is not None:
            known = ", ".join(allowed)
            for item in value:
                if item not in allowed:
                    self.note(where, key, PackKind.UNKNOWN_ITEM, value=item, allowed=known)
            return tuple(dict.fromkeys(value))
        items = []
        for number, item in enumerate(value, start=1):
            result = tidy(item)
            if len(result) > s.MAX_LINE_CHARS:
                limit = s.MAX_LINE_CHARS
                self.note(where, key, PackKind.ENTRY_TOO_LONG, number=number, limit=limit)
            elif result:
                items.append(result)
        return tuple(items)
