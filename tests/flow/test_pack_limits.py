"""Acceptance (issue 13, point 3): hostile packs are refused quickly, naming file and line.

A dotted key 40,000 levels deep used to cost the TOML parser 13–25 s and about 6 GB; a
1 MB variant ran for minutes. The pre-scan refuses such files before the parser sees them.
Time is measured on its own and memory (tracemalloc, which slows Python down) separately;
the bounds are generous because the point is seconds and gigabytes against milliseconds
and megabytes.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest
from test_flow_broken_packs import BROKEN, CANVAS, HEADER, INTRO, VALID, pack_text

from containerstudio.flow import find_judging_words, load_packs, read_pack_file
from containerstudio.flow import prescan as scan
from containerstudio.flow.schema import MAX_FILE_BYTES, MAX_STEPS

SECONDS = 2.0
PEAK_BYTES = 200 * 1024 * 1024

STEP = """
[[step]]
id = "s{n}"
kind = "intro"
title = "Step {n}"
minutes = 1
text = "You might read this."
"""


def steps(count: int) -> str:
    return "".join(STEP.format(n=n) for n in range(1, count + 1))


HEAD = HEADER.format(pack_id="hostile")
HEAD_LINES = HEAD.count("\n")
HOSTILE = {
    "dotted-40000": HEAD + "a" + ".a" * 40_000 + " = 1\n" + steps(1),
    "dotted-1mb": HEAD + "a" + ".a" * ((MAX_FILE_BYTES - len(HEAD) - 10) // 2) + " = 1\n",
    "dotted-header": HEAD + steps(1) + "[step" + ".a" * 40_000 + "]\n",
    "dotted-in-inline-table": HEAD + "x = { " + "a." * 40_000 + "b = 1 }\n",
    "brackets-1mb": HEAD + "x = " + "[" * 400_000 + "]" * 400_000 + "\n",
    "inline-tables": HEAD + "x = " + "{a = " * 50_000 + "1" + "}" * 50_000 + "\n",
    "steps-10000": HEAD + steps(10_000),
    "number-5000-digits": HEAD + "session_minutes = " + "9" * 5000 + "\n" + steps(1),
    "float-5000-digits": HEAD + steps(1) + "minutes = 1." + "5" * 5000 + "\n",
    "many-entries-1mb": HEAD + "x = [" + "1," * 450_000 + "1]\n",
}
# Where each refusal is found: the line the note names.
EXPECTED_LINE = {
    "dotted-40000": HEAD_LINES + 1,
    "dotted-1mb": HEAD_LINES + 1,
    "dotted-header": HEAD_LINES + 1 + steps(1).count("\n"),
    "dotted-in-inline-table": HEAD_LINES + 1,
    "brackets-1mb": HEAD_LINES + 1,
    "inline-tables": HEAD_LINES + 1,
    "steps-10000": HEAD_LINES + 2 + steps(MAX_STEPS).count("\n"),  # after its blank line
    "number-5000-digits": HEAD_LINES + 1,
    "float-5000-digits": HEAD_LINES + 1 + steps(1).count("\n"),
    "many-entries-1mb": HEAD_LINES + 1,
}


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.en.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_pack_is_refused_quickly_naming_file_and_line(tmp_path, case):
    text = HOSTILE[case]
    assert len(text.encode()) <= MAX_FILE_BYTES, "under the size cap: the pre-scan refuses it"
    path = _write(tmp_path, case, text)
    started = time.perf_counter()
    pack, problems = read_pack_file(path)
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    try:
        read_pack_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert pack is None and problems
    assert elapsed < SECONDS, f"{elapsed:.2f} s"
    assert peak < PEAK_BYTES, f"{peak / 1e6:.0f} MB"
    (problem,) = problems
    assert problem.line == EXPECTED_LINE[case]
    described = problem.describe()
    assert described.startswith(f"{path.name}, line {problem.line}")
    assert not find_judging_words(problem.message)
    assert "in use elsewhere" not in problem.message and "permissions" not in problem.message


def test_a_long_number_gets_its_real_reason(tmp_path):
    (problem,) = read_pack_file(_write(tmp_path, "n", HOSTILE["number-5000-digits"]))[1]
    assert problem.code == "too-long-number" and "5,000 characters" in problem.message


def test_past_the_pre_scan_the_parsers_number_limit_still_reads_calmly(tmp_path, monkeypatch):
    """Python's limit on digits raises ValueError inside the parser; it is named as such."""
    monkeypatch.setattr(scan, "MAX_BARE_CHARS", 10**9)
    (problem,) = read_pack_file(_write(tmp_path, "n", HOSTILE["number-5000-digits"]))[1]
    assert problem.code == "unreadable-value" and "number" in problem.message
    assert "in use elsewhere" not in problem.message


def test_as_many_steps_as_the_limit_load_and_one_more_does_not(tmp_path):
    pack, problems = read_pack_file(_write(tmp_path, "full", HEAD + steps(MAX_STEPS)))
    assert problems == [] and pack is not None and len(pack.steps) == MAX_STEPS
    pack, problems = read_pack_file(_write(tmp_path, "over", HEAD + steps(MAX_STEPS + 1)))
    assert pack is None and [p.code for p in problems] == ["too-long"]
    assert f"{MAX_STEPS} steps" in problems[0].message


def test_the_validator_refuses_too_many_steps_on_its_own(tmp_path, monkeypatch):
    """The validator's own limit holds when the pre-scan is not counting (say, steps written
    as an inline list)."""
    monkeypatch.setattr(scan, "MAX_STEPS", 10**6)
    pack, problems = read_pack_file(_write(tmp_path, "over", HEAD + steps(MAX_STEPS + 1)))
    assert pack is None and [(p.field, p.code) for p in problems] == [("step", "too-long")]


def test_a_flat_pack_near_the_size_cap_still_loads(tmp_path):
    """The limits leave room: a pack with long texts in every field, near 1 MB, loads."""
    long_text = "You might notice this, or not. " * 60
    body = "".join(
        STEP.format(n=n).replace("You might read this.", long_text.strip()[:1990])
        for n in range(1, MAX_STEPS + 1)
    )
    pack, problems = read_pack_file(_write(tmp_path, "long", HEAD + body))
    assert problems == [] and pack is not None and len(pack.steps) == MAX_STEPS


# --- every note names the line of the step and field it is about ----------------------


@pytest.mark.parametrize(
    ("case", "line_text"),
    [
        ("missing-step-title", "[[step]]"),
        ("unknown-kind", 'kind = "collage"'),
        ("unknown-tool", "tools = "),
        ("typo-field", "txet ="),
        ("minutes-zero", "minutes = 0"),
        ("enormous-text", "text = "),
        ("duplicate-step-ids", 'id = "intro"'),
        ("sense-count-missing", "[[step.senses]]"),
        ("language-code", 'language = "English"'),
        ("newer-schema", "schema_version = 2"),
        ("step-id-with-spaces", 'id = "The Intro"'),
        ("breath-seconds-as-text", 'inhale_seconds = "4"'),
    ],
)
def test_validator_notes_name_the_line(tmp_path, case, line_text):
    content = BROKEN[case][0]
    path = _write(tmp_path, "broken", content)
    _pack, problems = read_pack_file(path)
    lines = content.splitlines()
    found = [p for p in problems if p.code == BROKEN[case][3]]
    assert found and found[0].line is not None
    # The last line holding that text, for the duplicate id: the second step's.
    candidates = [n for n, line in enumerate(lines, start=1) if line.startswith(line_text)]
    assert found[0].line in candidates, (found[0].line, candidates)
    assert f"line {found[0].line}" in found[0].describe()


def test_lines_of_fields_in_multi_line_strings_are_not_mistaken_for_keys(tmp_path):
    tricky = INTRO.replace(
        'text = "You might read this first."',
        'text = """\nminutes = 99\n[[step]]\nYou might read this first.\n"""\nminutes_typo = 1',
    ).replace("minutes = 2\n", "")
    content = pack_text(tricky, CANVAS)
    _pack, problems = read_pack_file(_write(tmp_path, "tricky", content))
    by_field = {p.field: p.line for p in problems}
    lines = content.splitlines()
    assert lines[by_field["minutes_typo"] - 1].startswith("minutes_typo")
    assert lines[by_field["minutes"] - 1] == "[[step]]", "missing: the step's own header"


def test_valid_packs_still_load(tmp_path):
    _write(tmp_path, "valid", VALID)
    assert load_packs(tmp_path).problems == []


def test_an_unexpected_failure_is_told_calmly_and_logged_without_the_path(
    tmp_path, monkeypatch, caplog
):
    import logging

    import containerstudio.flow.packs as packs

    def odd(path: Path):
        raise RuntimeError(f"something about {path}")

    _write(tmp_path, "odd", VALID)
    monkeypatch.setattr(packs, "read_pack_file", odd)
    with caplog.at_level(logging.DEBUG):
        result = load_packs(tmp_path)
    (problem,) = result.problems
    assert problem.file.name == "odd.en.toml" and "in use elsewhere" not in problem.message
    assert not find_judging_words(problem.message)
    for record in caplog.records:
        assert str(tmp_path) not in record.getMessage() and record.exc_info is None
        assert record.levelno < logging.WARNING, "nothing for stderr"
