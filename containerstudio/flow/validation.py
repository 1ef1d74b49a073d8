"""Checking the parsed contents of one pack file and building a PromptPack from them.

Every rule in ``prompts/README.md`` is checked here. A pack either loads whole or is set
aside with notes naming file, step and field; a half-loaded exercise would be a surprise in
the middle of a session, which is the thing a guided flow exists to avoid.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from containerstudio.flow import schema as s
from containerstudio.flow.fields import FieldReader
from containerstudio.flow.problems import PackKind, PackProblem, written
from containerstudio.flow.schema import PromptPack, SenseItem, Step
from containerstudio.model.parts import PARTS

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_TOP_FIELDS = frozenset(
    (
        *("id", "language", "title", "summary", "audience", "session_minutes"),
        *("schema_version", "step", "based_on"),
    )
)
_STEP_FIELDS = frozenset(
    (
        *("id", "title", "text", "kind", "minutes", "prompts", "tools", "choices"),
        *("rating", "scale_low", "scale_high", "exercise", "senses"),
        *("inhale_seconds", "hold_seconds", "exhale_seconds", "part", "changed"),
    )
)
_SENSE_FIELDS = frozenset(("count", "sense", "invitation", "alternative"))
_BREATH_DEFAULTS = {
    "inhale_seconds": s.DEFAULT_INHALE_SECONDS,
    "hold_seconds": s.DEFAULT_HOLD_SECONDS,
    "exhale_seconds": s.DEFAULT_EXHALE_SECONDS,
}


def parse_pack(data: dict[str, Any], file: Path) -> tuple[PromptPack | None, list[PackProblem]]:
    """Build the pack described by ``data`` (a parsed TOML document) read from ``file``.

    Returns the pack and no problems, or ``None`` and every problem found.
    """
    reader = FieldReader(file)
    reader.unknown_fields(data, _TOP_FIELDS, None)
    version = reader.number(data, "schema_version", None, low=1, high=10**6, whole=True)
    if version is not None and version > s.SCHEMA_VERSION:
        reader.note(None, "schema_version", PackKind.NEWER_SCHEMA, version=int(version))
    pack_id = _slug(reader, data, None)
    language = reader.text(data, "language", None, limit=s.MAX_ID_CHARS)
    if language is not None and not _LANGUAGE.match(language):
        reader.note(None, "language", PackKind.UNKNOWN_LANGUAGE, value=language)
        language = None
    title = reader.text(data, "title", None, limit=s.MAX_TITLE_CHARS)
    summary = reader.text(data, "summary", None, limit=s.MAX_SUMMARY_CHARS)
    audience = reader.choice(data, "audience", None, s.AUDIENCES, required=True)
    session_minutes = reader.number(
        data,
        "session_minutes",
        None,
        low=0,
        high=s.MAX_SESSION_MINUTES,
        required=False,
        above_low=True,
    )
    based_on = _based_on(reader, data)
    steps = _steps(reader, data.get("step"))
    if reader.problems or not (pack_id and language and title and summary and audience):
        return None, reader.problems
    pack = PromptPack(
        id=pack_id,
        language=language,
        title=title,
        summary=summary,
        audience=audience,
        steps=steps,
        schema_version=int(version or s.SCHEMA_VERSION),
        session_minutes=None if session_minutes is None else float(session_minutes),
        based_on=based_on,
        source=file,
    )
    return pack, []


def _slug(reader: FieldReader, table: dict[str, Any], where: str | None) -> str | None:
    value = reader.text(table, "id", where, limit=s.MAX_ID_CHARS)
    if value is not None and not _SLUG.match(value):
        reader.note(where, "id", PackKind.UNUSABLE_ID, value=value)
        return None
    return value


def _based_on(reader: FieldReader, data: dict[str, Any]) -> str | None:
    """The shipped pack a therapist's copy came from (optional, a pack id)."""
    if "based_on" not in data:
        return None
    value = reader.text(data, "based_on", None, limit=s.MAX_ID_CHARS)
    if value is not None and not _SLUG.match(value):
        reader.note(None, "based_on", PackKind.UNUSABLE_ID, value=value)
        return None
    return value


def _flag(reader: FieldReader, table: dict[str, Any], key: str, where: str) -> bool:
    """A true/false field (``changed = true``); anything else is noted."""
    value = table.get(key, False)
    if not isinstance(value, bool):
        reader.note(where, key, PackKind.WRONG_TYPE_CHOICE, **written(value), allowed="true, false")
        return False
    return value


def _steps(reader: FieldReader, raw: Any) -> tuple[Step, ...]:
    if isinstance(raw, dict):
        reader.note(None, "step", PackKind.SINGLE_STEP_TABLE)
        return ()
    if not raw:
        reader.note(None, "step", PackKind.NO_STEPS)
        return ()
    if not isinstance(raw, list):
        reader.note(None, "step", PackKind.STEPS_WRONG_TYPE, **written(raw))
        return ()
    if len(raw) > s.MAX_STEPS:
        reader.note(None, "step", PackKind.TOO_MANY_STEPS, count=len(raw), limit=s.MAX_STEPS)
        return ()
    steps: list[Step] = []
    seen: set[str] = set()
    for number, table in enumerate(raw, start=1):
        where = f"step {number}"
        if not isinstance(table, dict):
            reader.note(where, None, PackKind.STEP_NOT_A_TABLE)
            continue
        step_id = _slug(reader, table, where)
        if step_id is not None:
            if step_id in seen:
                kind = PackKind.DUPLICATE_STEP_ID
                reader.note(step_id, "id", kind, value=step_id, number=number)
            seen.add(step_id)
            where = step_id
        step = _step(reader, table, where, step_id)
        if step is not None:
            steps.append(step)
    return tuple(steps)


def _step(
    reader: FieldReader, table: dict[str, Any], where: str, step_id: str | None
) -> Step | None:
    before = len(reader.problems)
    reader.unknown_fields(table, _STEP_FIELDS, where)
    title = reader.text(table, "title", where, limit=s.MAX_TITLE_CHARS)
    text = reader.text(table, "text", where, limit=s.MAX_TEXT_CHARS)
    kind = reader.choice(table, "kind", where, s.STEP_KINDS, required=True)
    minutes = reader.number(
        table,
        "minutes",
        where,
        low=0,
        high=s.MAX_STEP_MINUTES,
        above_low=True,
    )
    prompts = reader.text_list(table, "prompts", where)
    tools = reader.text_list(table, "tools", where, allowed=s.TOOLS)
    choices = reader.text_list(table, "choices", where)
    rating = reader.choice(table, "rating", where, s.RATING_MOMENTS)
    if rating is None and kind == "checkin" and "rating" not in table:
        rating = "before"
    scale_low = reader.text(table, "scale_low", where, limit=s.MAX_LINE_CHARS, required=False)
    scale_high = reader.text(table, "scale_high", where, limit=s.MAX_LINE_CHARS, required=False)
    if (scale_low or scale_high) and "rating" not in table and kind != "checkin":
        field = "scale_low" if scale_low else "scale_high"
        _not_used_here(reader, where, field, PackKind.ONLY_FOR_RATING)
    exercise = reader.choice(table, "exercise", where, s.GROUNDING_EXERCISES)
    if "exercise" in table and kind not in (None, "grounding"):
        _not_used_here(reader, where, "exercise", PackKind.ONLY_FOR_GROUNDING)
    part = reader.choice(table, "part", where, PARTS)
    breath = [_breath(reader, table, where, key, exercise) for key in _BREATH_DEFAULTS]
    senses = _senses(reader, table, where, exercise)
    changed = _flag(reader, table, "changed", where)
    if len(reader.problems) > before or not (step_id and title and text and kind and minutes):
        return None  # the reasons are already noted (a missing id is noted by the caller)
    return Step(
        id=step_id,
        title=title,
        text=text,
        kind=kind,
        minutes=float(minutes),
        prompts=prompts,
        tools=tools,
        choices=choices,
        rating=rating,
        scale_low=scale_low,
        scale_high=scale_high,
        exercise=exercise,
        inhale_seconds=breath[0],
        hold_seconds=breath[1],
        exhale_seconds=breath[2],
        senses=senses,
        part=part,
        changed=changed,
    )


def _not_used_here(reader: FieldReader, where: str, field: str, kind: PackKind) -> None:
    reader.note(where, field, kind)


def _breath(
    reader: FieldReader, table: dict[str, Any], where: str, key: str, exercise: str | None
) -> float | None:
    """A breathing phase length, filled with the calm default when a breathing step omits it."""
    if key in table and exercise != "breathing":
        _not_used_here(reader, where, key, PackKind.ONLY_FOR_BREATHING)
        return None
    if exercise != "breathing":
        return None
    low = 0 if key == "hold_seconds" else 1
    value = reader.number(table, key, where, low=low, high=s.MAX_BREATH_SECONDS, required=False)
    return float(value) if value is not None else _BREATH_DEFAULTS[key]


def _senses(
    reader: FieldReader, table: dict[str, Any], where: str, exercise: str | None
) -> tuple[SenseItem, ...]:
    raw = table.get("senses")
    if raw is None:
        if exercise == "senses":
            reader.missing(where, "senses")
        return ()
    if exercise != "senses":
        _not_used_here(reader, where, "senses", PackKind.ONLY_FOR_SENSES)
        return ()
    if not isinstance(raw, list) or not raw or not all(isinstance(t, dict) for t in raw):
        reader.note(where, "senses", PackKind.SENSES_FORM)
        return ()
    items = []
    for number, item in enumerate(raw[: s.MAX_LIST_ITEMS], start=1):
        sense_item = _sense_item(reader, item, where, number)
        if sense_item is not None:
            items.append(sense_item)
    if len(raw) > s.MAX_LIST_ITEMS:
        reader.note(where, "senses", PackKind.TOO_MANY_SENSES, limit=s.MAX_LIST_ITEMS)
    return tuple(items)


def _sense_item(
    reader: FieldReader, item: dict[str, Any], where: str, number: int
) -> SenseItem | None:
    prefix = f"senses[{number}]."
    reader.unknown_fields(item, _SENSE_FIELDS, where, prefix)
    count = reader.number(
        item,
        "count",
        where,
        low=1,
        high=10,
        whole=True,
        field=prefix + "count",
    )
    texts = {
        key: reader.text(
            item,
            key,
            where,
            limit=s.MAX_LINE_CHARS,
            required=key != "alternative",
            field=prefix + key,
        )
        for key in ("sense", "invitation", "alternative")
    }
    if count is None or not texts["sense"] or not texts["invitation"]:
        return None
    return SenseItem(int(count), texts["sense"], texts["invitation"], texts["alternative"])
