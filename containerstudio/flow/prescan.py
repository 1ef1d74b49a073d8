"""A cheap look through a pack's text before the TOML parser reads it.

Python's TOML parser is correct but not built for hostile files: a dotted key 40,000 levels
deep costs it seconds and gigabytes, deep brackets exhaust its recursion, and a number of
thousands of digits stops it with a bare ValueError. One linear pass over the tokens here
refuses such files first, naming the line, and notes where each step and field begins, so
that the validator's notes can name the line too. Packs are small and flat (``[[step]]``
tables of short fields), so the limits are far above anything a pack needs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from containerstudio.flow.problems import PackKind
from containerstudio.flow.schema import MAX_STEPS

MAX_KEY_PARTS = 8  # a.b.c… in a key or a [table] header
MAX_NESTING = 8  # lists and inline tables inside one another
MAX_BARE_CHARS = 64  # an unquoted value: number, date, true/false
# Separate pieces (keys, values, brackets, commas, spaces, comments, line breaks): the
# shipped packs hold about 60 per step, so a 60-step pack with every list full stays well
# under 15,000; the parser needs about a second per 100,000.
MAX_TOKENS = 50_000

_TOKENS = re.compile(
    r'''
    (?P<string>
        """(?:[^"\\]++|\\.|"(?!""))*+""""{0,2}
      | \'\'\'(?:[^']++|'(?!''))*+\'\'\'\'{0,2}
      | "(?:[^"\\\n]++|\\.)*+"
      | '[^'\n]*+'
    )
    | (?P<comment>\#[^\n]*)
    | (?P<newline>\n[ \t\r\n]*)
    | (?P<open>[\[{])
    | (?P<close>[\]}])
    | (?P<punct>[=,.])
    | (?P<bare>[A-Za-z0-9_+\-:]+)
    | (?P<space>[ \t\r]+)
    | (?P<other>.)
    ''',
    re.S | re.X,
)


@dataclass
class TableLines:
    """Where one table starts and where each of its keys is written (1-based lines)."""

    header: int | None = None
    keys: dict[str, int] = field(default_factory=dict)


@dataclass
class StepLines(TableLines):
    senses: list[TableLines] = field(default_factory=list)


@dataclass
class PackLines:
    """The lines of a pack's top-level keys, its steps and their senses tables."""

    top: TableLines = field(default_factory=TableLines)
    steps: list[StepLines] = field(default_factory=list)

    def line_of(self, step: int | None, name: str | None) -> int | None:
        """The line of field ``name`` in step number ``step`` (0-based; ``None`` for the
        top level), else the line where that table begins; ``None`` when not written."""
        if step is None:
            if name == "step" and self.steps:
                return self.steps[0].header
            return self.top.keys.get(name or "")
        if not 0 <= step < len(self.steps):
            return None
        table: TableLines = self.steps[step]
        found = re.fullmatch(r"senses\[(\d+)\]\.(\w+)", name or "")
        if found:
            number, name = int(found.group(1)) - 1, found.group(2)
            senses = self.steps[step].senses
            if not 0 <= number < len(senses):
                return table.header
            table = senses[number]
        return table.keys.get(name or "", table.header)


@dataclass(frozen=True)
class Refusal:
    """Why a pack's text was not handed to the parser, and the line it is about."""

    kind: PackKind
    line: int
    data: Mapping[str, int] = field(default_factory=dict)

    @property
    def code(self) -> str:
        """The stable machine name of the kind."""
        return self.kind.code


def prescan(text: str) -> tuple[PackLines, Refusal | None]:
    """Walk the tokens once: the lines of steps and fields, or the first reason to stop."""
    lines = PackLines()
    table: TableLines = lines.top
    stack: list[str] = []
    line = 1
    at_line_start = True
    in_key = True  # reading a key (up to its "="), not a value
    parts = 0
    key: list[str] = []
    header: list[str] | None = None  # tokens of a [table] header being read
    header_depth = 0
    for count, match in enumerate(_TOKENS.finditer(text)):
        if count >= MAX_TOKENS:
            return lines, _too_many_tokens(line)
        kind, value = match.lastgroup, match.group()
        if kind == "space" or kind == "comment":
            continue
        if kind == "newline":
            line += value.count("\n")
            if header is not None:
                header = None
            if not stack:
                at_line_start, in_key, parts, key = True, True, 0, []
            continue
        if header is not None:  # inside [a.b] or [[a.b]]
            if kind == "open" and not header:
                header_depth += 1
            elif value == "." and header.count(".") + 2 > MAX_KEY_PARTS:
                return lines, _too_many_parts(line)
            elif kind == "close":
                name = "".join(header)
                table = _new_table(lines, name, header_depth, line)
                if len(lines.steps) > MAX_STEPS:
                    return lines, _too_many_steps(line)
                header = None
                in_key = False  # nothing but a comment may follow on this line
            else:
                header.append(value.strip("\"'") if kind == "string" else value)
            continue
        if at_line_start and not stack and kind == "open" and value == "[":
            header, header_depth, at_line_start = [], 1, False
            continue
        at_line_start = False
        if kind == "string" and "\n" in value:
            line += value.count("\n")
        if in_key:
            if kind in ("bare", "string"):
                parts += 1 if not key or key[-1] == "." else 0
                key.append(value.strip("\"'") if kind == "string" else value)
                if parts > MAX_KEY_PARTS:
                    return lines, _too_many_parts(line)
            elif value == ".":
                key.append(".")
            elif value == "=":
                if not stack and key:
                    table.keys.setdefault("".join(key), line)
                in_key, parts, key = False, 0, []
            elif kind == "close" and stack:  # an empty inline table "{}"
                stack.pop()
                in_key = False
            continue
        if kind == "open":
            stack.append(value)
            if len(stack) > MAX_NESTING:
                return lines, _too_deep(line)
            in_key = value == "{"
        elif kind == "close":
            if stack:
                stack.pop()
        elif value == "," and stack and stack[-1] == "{":
            in_key = True
        elif kind == "bare" and len(value) > MAX_BARE_CHARS:
            return lines, _too_long_value(line, value)
    return lines, None


def _new_table(lines: PackLines, name: str, depth: int, line: int) -> TableLines:
    """Note a [table] or [[array of tables]] header and return the table it opens."""
    if depth == 2 and name == "step":
        lines.steps.append(StepLines(header=line))
        return lines.steps[-1]
    if depth == 2 and name == "step.senses" and lines.steps:
        lines.steps[-1].senses.append(TableLines(header=line))
        return lines.steps[-1].senses[-1]
    return TableLines(header=line)  # not part of a pack: the validator notes it


def _too_many_parts(line: int) -> Refusal:
    return Refusal(PackKind.TOO_MANY_KEY_PARTS, line, {"limit": MAX_KEY_PARTS})


def _too_deep(line: int) -> Refusal:
    return Refusal(PackKind.TOO_DEEP, line, {"limit": MAX_NESTING})


def _too_long_value(line: int, value: str) -> Refusal:
    return Refusal(PackKind.TOO_LONG_NUMBER, line, {"length": len(value)})


def _too_many_tokens(line: int) -> Refusal:
    return Refusal(PackKind.TOO_MANY_TOKENS, line, {"limit": MAX_TOKENS})


def _too_many_steps(line: int) -> Refusal:
    return Refusal(PackKind.TOO_MANY_STEPS_SEEN, line, {"limit": MAX_STEPS, "next": MAX_STEPS + 1})
