"""What keeps a pack file from loading: the kinds, and the problem that carries one.

Packs are written by hand, often by therapists rather than programmers, so every note
names the file, step and field it is about and says what would help, in plain words.
A `PackProblem` carries a `kind` and the `data` its sentence needs (values only: a
field's name, what was written, a limit, a line); `message` is the English sentence for
the command line and logs, from the one table below. The UI words each kind itself
(ui/kit/problem_texts.py). Some fields come from the problem itself, and each reader
words them: ``field`` (its name), ``subject`` ("This pack", "The step “intro”",
"Step 3"), ``subject_in`` (the same in mid-sentence), ``label`` (what the field is
called) and ``described`` (how the value that was written looks).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from containerstudio.model.problems import ProblemData, ProblemKind

_ASIDE = "so this pack was set aside."
_SENSES_ITEM = "senses["


class PackKind(ProblemKind):
    """Why a pack file was set aside. ``code`` is the stable name callers compare."""

    # The file as a whole.
    UNREADABLE_FOLDER = (
        "unreadable-folder",
        "Container Studio could not look inside this folder, so its packs were set aside. "
        "Its permissions may keep it private.",
    )
    UNREADABLE = (
        "unreadable",
        "Container Studio could not open this file, so this pack was set aside. It may be in "
        "use elsewhere, or its permissions may keep it private.",
    )
    PUZZLING = (
        "puzzling",
        "Container Studio could not make sense of this file, so this pack was set aside. "
        "Comparing it with one of the packs that come with the app may show what differs.",
        "unreadable",
    )
    TOO_LARGE = (
        "too-large",
        "This file is {megabytes:.1f} MB, larger than the 1 MB a pack can be, so it was set "
        "aside without being read.",
    )
    NOT_UTF8 = (
        "not-utf8",
        f"Line {{line}} of this file holds characters that are not UTF-8 text, {_ASIDE} "
        "Saving it again as UTF-8 in a text editor usually settles this.",
    )
    TOML_SYNTAX = (
        "toml-syntax",
        "Container Studio could not read line {line}, column {column} of this file as TOML, "
        f"{_ASIDE} Often a quote, a bracket or an = sign is missing near there.",
    )
    NESTED_TOO_DEEPLY = (
        "nested-too-deeply",
        f"This file nests lists or tables too deeply to read, {_ASIDE} A pack needs only "
        "[[step]] tables and short lists.",
        "too-deep",
    )
    UNREADABLE_VALUE = (
        "unreadable-value",
        "This file holds a value that cannot be read as a number (it may be very long), "
        f"{_ASIDE} Numbers in a pack are short, like minutes = 5.",
    )
    DUPLICATE_PACK = (
        "duplicate-pack",
        "A pack with the id “{id}” in the language “{language}” was already loaded from "
        "{first}, so this copy was set aside. You might give this one its own id if you "
        "would like both.",
    )
    # Found before parsing (prescan.py).
    TOO_MANY_KEY_PARTS = (
        "too-many-key-parts",
        "Line {line} of this file has a key or table name with more than {limit} parts "
        f"joined by dots, {_ASIDE} A pack needs only [[step]] tables and plain names like "
        "title or text.",
        "too-deep",
    )
    TOO_DEEP = (
        "too-deep",
        "Line {line} of this file puts lists or tables more than {limit} deep inside one "
        f"another, {_ASIDE} A pack needs only [[step]] tables and short lists.",
    )
    TOO_LONG_NUMBER = (
        "too-long-number",
        "Line {line} of this file holds a value {length:,} characters long without quotes, "
        f"longer than any number a pack uses, {_ASIDE} Numbers here are short, like "
        "minutes = 5; text goes in quotes.",
    )
    TOO_MANY_TOKENS = (
        "too-many-tokens",
        "This file holds far more separate entries than a pack needs (over {limit:,} names, "
        f"values and lines by line {{line}}), {_ASIDE}",
        "too-long",
    )
    TOO_MANY_STEPS_SEEN = (
        "too-many-steps-seen",
        "This pack has more than the {limit} steps a pack can hold (step {next} starts on "
        f"line {{line}}), {_ASIDE}",
        "too-long",
    )
    # The pack's fields (fields.py, validation.py).
    NEWER_SCHEMA = (
        "newer-schema",
        "This pack was written for a newer version of Container Studio (schema_version "
        "{version}), so it was set aside for now.",
    )
    UNKNOWN_LANGUAGE = (
        "unknown-language",
        "This pack's language “{value}” does not look like a language code such as “en”, "
        f"“de” or “pt-BR”, {_ASIDE}",
    )
    UNKNOWN_FIELD = (
        "unknown-field",
        "{subject} has a field “{field}” that Container Studio does not know (perhaps a "
        f"typo?), {_ASIDE}",
    )
    MISSING_FIELD = ("missing-field", f"{{subject}} has no {{label}} yet, {_ASIDE}")
    WRONG_TYPE_TEXT = (
        "wrong-type-text",
        "{subject} has “{field}” written as {described}; Container Studio reads it as text "
        f'in quotes, like "A few words", {_ASIDE}',
        "wrong-type",
    )
    WRONG_TYPE_NUMBER = (
        "wrong-type-number",
        "{subject} has “{field}” written as {described}; Container Studio reads it as a "
        f"number without quotes, like {{key}} = 3, {_ASIDE}",
        "wrong-type",
    )
    WRONG_TYPE_WHOLE = (
        "wrong-type-whole",
        "{subject} has “{field}” written as {described}; Container Studio reads it as a "
        f"whole number without quotes, like {{key}} = 3, {_ASIDE}",
        "wrong-type",
    )
    WRONG_TYPE_CHOICE = (
        "wrong-type-choice",
        "{subject} has “{field}” written as {described}; Container Studio reads it as one "
        f"of: {{allowed}}, {_ASIDE}",
        "wrong-type",
    )
    WRONG_TYPE_LIST = (
        "wrong-type-list",
        "{subject} has “{field}” written as {described}; Container Studio reads it as a "
        f'list of texts, like {{field}} = ["one", "two"], {_ASIDE}',
        "wrong-type",
    )
    TEXT_TOO_LONG = (
        "text-too-long",
        "The {label} of {subject_in} is {length:,} characters long, more than the {limit:,} "
        f"it can hold, {_ASIDE} A shorter text will fit.",
        "too-long",
    )
    OUT_OF_RANGE = (
        "out-of-range",
        "{subject} has {field} = {value}; Container Studio reads values from {low:g} up to "
        f"{{high:g}} here, {_ASIDE}",
    )
    OUT_OF_RANGE_ABOVE = (
        "out-of-range-above",
        "{subject} has {field} = {value}; Container Studio reads values above {low:g} up to "
        f"{{high:g}} here, {_ASIDE}",
        "out-of-range",
    )
    UNKNOWN_CHOICE = (
        "unknown-choice",
        "{subject} has the {field} “{value}”, which Container Studio does not know, "
        f"{_ASIDE} The {{field}}s it knows are: {{allowed}}.",
        "unknown-",  # completed by the field: "unknown-audience", "unknown-kind"
    )
    UNKNOWN_ITEM = (
        "unknown-item",
        "{subject} offers “{value}” in {field}, which Container Studio does not know, "
        f"{_ASIDE} The {{field}} it knows are: {{allowed}}.",
        "unknown-",  # completed by the field: "unknown-tool"
    )
    TOO_MANY_ENTRIES = (
        "too-many-entries",
        "{subject} has {count} entries in “{field}”, more than the {limit} it can hold, "
        f"{_ASIDE}",
        "too-long",
    )
    ENTRY_TOO_LONG = (
        "entry-too-long",
        "Entry {number} of “{field}” in {subject_in} is longer than {limit} characters, "
        f"{_ASIDE}",
        "too-long",
    )
    UNUSABLE_ID = (
        "unusable-id",
        "{subject} has the id “{value}”; ids use lowercase letters, digits and dashes, like "
        f"“lid-and-key”, {_ASIDE}",
    )
    SINGLE_STEP_TABLE = (
        "single-step-table",
        "This pack has a single [step] table; steps are written as [[step]] tables, with "
        f"double brackets, {_ASIDE}",
        "wrong-type",
    )
    STEPS_WRONG_TYPE = (
        "steps-wrong-type",
        "This pack has “step” written as {described}; steps are written as [[step]] tables, "
        f"{_ASIDE}",
        "wrong-type",
    )
    NO_STEPS = ("no-steps", f"This pack has no steps yet (no [[step]] tables), {_ASIDE}")
    TOO_MANY_STEPS = (
        "too-many-steps",
        f"This pack has {{count}} steps, more than the {{limit}} a pack can hold, {_ASIDE}",
        "too-long",
    )
    STEP_NOT_A_TABLE = (
        "step-not-a-table",
        f"{{subject}} is not a [[step]] table, {_ASIDE}",
        "wrong-type",
    )
    DUPLICATE_STEP_ID = (
        "duplicate-step-id",
        "Two steps share the id “{value}” (the second is step {number}); each step needs its "
        f"own id, {_ASIDE}",
    )
    ONLY_FOR_BREATHING = (
        "only-for-breathing",
        f"{{subject}} has “{{field}}”, which only applies to breathing exercises, {_ASIDE}",
        "field-not-used",
    )
    ONLY_FOR_SENSES = (
        "only-for-senses",
        f"{{subject}} has “{{field}}”, which only applies to the senses exercise, {_ASIDE}",
        "field-not-used",
    )
    ONLY_FOR_RATING = (
        "only-for-rating",
        f"{{subject}} has “{{field}}”, which only applies to a rating, {_ASIDE}",
        "field-not-used",
    )
    ONLY_FOR_GROUNDING = (
        "only-for-grounding",
        f"{{subject}} has “{{field}}”, which only applies to grounding steps, {_ASIDE}",
        "field-not-used",
    )
    SENSES_FORM = (
        "senses-form",
        "{subject} has “senses” written in a form Container Studio does not read; it is a "
        f"list of [[step.senses]] tables, {_ASIDE}",
        "wrong-type",
    )
    TOO_MANY_SENSES = (
        "too-many-senses",
        f"{{subject}} has more than {{limit}} senses, {_ASIDE}",
        "too-long",
    )

    @classmethod
    def derived_fields(cls) -> frozenset[str]:
        return frozenset({"subject", "subject_in", "field", "label", "described"})


def written(value: Any) -> dict[str, str | int | float]:
    """The data naming a value as it was written: its sort (``text``, ``number``,
    ``truefalse``, ``list``, ``table`` or ``date``) and, for the short ones, the value."""
    if isinstance(value, bool):
        return {"sort": "truefalse", "written": str(value).lower()}
    if isinstance(value, int | float):
        return {"sort": "number", "written": value}
    if isinstance(value, str):
        return {"sort": "text", "written": value if len(value) <= 30 else value[:27] + "…"}
    if isinstance(value, list):
        return {"sort": "list"}
    if isinstance(value, dict):
        return {"sort": "table"}
    return {"sort": "date"}


def subject(where: str | None, *, capital: bool = True) -> str:
    """How an English message names its place: "This pack", "The step “intro”" or "Step 3"."""
    if where is None:
        text = "this pack"
    elif where.startswith("step "):
        text = where
    else:
        text = f"the step “{where}”"
    return text[0].upper() + text[1:] if capital else text


def label(step: str | None, field: str | None) -> str:
    """What an English message calls a field: its name, with a few in plainer words."""
    name = field or ""
    if name.startswith(_SENSES_ITEM):  # "senses[2].count" -> "count in senses item 2"
        number, _, key = name.removeprefix(_SENSES_ITEM).partition("].")
        return f"{key} in senses item {number}"
    if name == "id" and step is None:
        return "pack id"
    return {"minutes": "minutes estimate", "senses": "senses list for its senses exercise"}.get(
        name, name
    )


def described(data: ProblemData) -> str:
    """How an English message names a value that was written (see `written`)."""
    sort, value = data.get("sort"), data.get("written")
    if sort == "truefalse":
        return f"true/false ({value})"
    if sort == "number":
        return f"a number ({value})"
    if sort == "text":
        return f"text (“{value}”)"
    return {"list": "a list", "table": "a table"}.get(str(sort), "a date or time")


@dataclass(frozen=True)
class PackProblem:
    """Something in a pack file that kept it from loading, told calmly for the person reading it.

    ``step`` is the step's id, or ``"step 3"`` when the step has no usable id, or ``None``
    for the top level or the file as a whole. ``kind`` says what it is (``code`` is its
    stable machine name, for example ``"missing-field"``) and ``data`` the values its
    sentence needs; ``message`` is the English sentence.
    """

    file: Path
    step: str | None
    field: str | None
    kind: PackKind
    data: Mapping[str, str | int | float] = dataclasses.field(default_factory=dict)
    line: int | None = None
    column: int | None = None

    @property
    def code(self) -> str:
        """The stable machine name (several kinds share one, such as ``"wrong-type"``)."""
        if self.kind.code == "unknown-":
            return "unknown-" + (self.field or "").removesuffix("s")
        return self.kind.code

    @property
    def message(self) -> str:
        """The English sentence: for the command line and logs, never for the UI."""
        return self.kind.render({**english_words(self), **self.data})

    def at_line(self, line: int) -> PackProblem:
        """The same problem, placed on `line`."""
        return replace(self, line=line)

    def describe(self) -> str:
        """One line naming file, step and field, then the message: for notices and logs."""
        where = [self.file.name]
        if self.line is not None:
            where.append(f"line {self.line}" + (f", column {self.column}" if self.column else ""))
        if self.step is not None:
            where.append(self.step if self.step.startswith("step ") else f"step “{self.step}”")
        if self.field is not None:
            where.append(f"field “{self.field}”")
        return f"{', '.join(where)}: {self.message}"

    def __str__(self) -> str:
        return self.describe()


def english_words(problem: PackProblem) -> dict[str, str]:
    """The English wording of the fields a pack problem's sentence derives from itself."""
    return {
        "field": problem.field or "",
        "subject": subject(problem.step),
        "subject_in": subject(problem.step, capital=False),
        "label": label(problem.step, problem.field),
        "described": described(problem.data),
    }
