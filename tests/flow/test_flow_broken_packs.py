"""Broken packs are set aside with calm notes naming file, step and field; the rest still load."""

from __future__ import annotations

from pathlib import Path

import pytest

from containerstudio.flow import (
    PackProblem,
    PackSetAside,
    find_judging_words,
    load_pack,
    load_packs,
    read_pack_file,
)

HEADER = """\
schema_version = 1
id = "{pack_id}"
language = "en"
title = "A test pack"
summary = "Used by the tests."
audience = "individual"
"""
INTRO = """
[[step]]
id = "intro"
kind = "intro"
title = "What to expect"
minutes = 2
text = "You might read this first."
"""
CANVAS = """
[[step]]
id = "draw"
kind = "canvas"
title = "Draw"
minutes = 5
tools = ["pencil", "marker"]
text = "When you're ready, you might draw."
"""


def pack_text(*steps: str, pack_id: str = "broken", header: str = HEADER) -> str:
    """A pack with the given header and steps (the header may be edited by the caller)."""
    return header.format(pack_id=pack_id) + "".join(steps)


VALID = pack_text(INTRO, CANVAS, pack_id="valid")

# (content, expected step, expected field, expected code)
BROKEN = {
    "toml-syntax": (pack_text(INTRO).replace('title = "What', 'title = "What\n', 1), None, None,
                    "toml-syntax"),
    "missing-top-title": (pack_text(INTRO).replace('title = "A test pack"\n', ""), None, "title",
                          "missing-field"),
    "missing-step-title": (pack_text(INTRO.replace('title = "What to expect"\n', "")), "intro",
                           "title", "missing-field"),
    "missing-step-id": (pack_text(INTRO.replace('id = "intro"\n', "")), "step 1", "id",
                        "missing-field"),
    "unknown-kind": (pack_text(INTRO, CANVAS.replace('"canvas"', '"collage"')), "draw", "kind",
                     "unknown-kind"),
    "unknown-tool": (pack_text(CANVAS.replace('"marker"', '"chainsaw"')), "draw", "tools",
                     "unknown-tool"),
    "duplicate-step-ids": (pack_text(INTRO, CANVAS.replace('"draw"', '"intro"')), "intro", "id",
                           "duplicate-step-id"),
    "empty-steps-list": (pack_text("step = []\n"), None, "step", "no-steps"),
    "no-steps-at-all": (pack_text(), None, "step", "no-steps"),
    "enormous-text": (pack_text(INTRO.replace("You might read this first.", "calm " * 1000)),
                      "intro", "text", "too-long"),
    "minutes-as-string": (pack_text(INTRO.replace("minutes = 2", 'minutes = "two"')), "intro",
                          "minutes", "wrong-type"),
    "text-as-number": (pack_text(INTRO.replace('"You might read this first."', "42")), "intro",
                       "text", "wrong-type"),
    "minutes-zero": (pack_text(INTRO.replace("minutes = 2", "minutes = 0")), "intro", "minutes",
                     "out-of-range"),
    "minutes-over-an-hour": (pack_text(INTRO.replace("minutes = 2", "minutes = 61")), "intro",
                             "minutes", "out-of-range"),
    "language-code": (pack_text(INTRO).replace('"en"', '"English"'), None, "language",
                      "unknown-language"),
    "audience": (pack_text(INTRO).replace('"individual"', '"everyone"'), None, "audience",
                 "unknown-audience"),
    "typo-field": (pack_text(INTRO.replace("text =", "txet =")), "intro", "txet",
                   "unknown-field"),
    "single-step-table": (pack_text(INTRO.replace("[[step]]", "[step]")), None, "step",
                          "wrong-type"),
    "newer-schema": (pack_text(INTRO).replace("schema_version = 1", "schema_version = 2"), None,
                     "schema_version", "newer-schema"),
    "step-id-with-spaces": (pack_text(INTRO.replace('"intro"', '"The Intro"', 1)), "step 1", "id",
                            "unusable-id"),
    "tools-not-a-list": (pack_text(CANVAS.replace('["pencil", "marker"]', '"pencil"')), "draw",
                         "tools", "wrong-type"),
    "exercise-outside-grounding": (pack_text(INTRO + 'exercise = "breathing"\n'), "intro",
                                   "exercise", "field-not-used"),
    "senses-list-missing": (pack_text(INTRO.replace('kind = "intro"', 'kind = "grounding"')
                                      + 'exercise = "senses"\n'), "intro", "senses",
                            "missing-field"),
    "breath-seconds-as-text": (pack_text(INTRO.replace('kind = "intro"', 'kind = "grounding"')
                                         + 'exercise = "breathing"\ninhale_seconds = "4"\n'),
                               "intro", "inhale_seconds", "wrong-type"),
    "sense-count-missing": (pack_text(INTRO.replace('kind = "intro"', 'kind = "grounding"')
                                      + 'exercise = "senses"\n[[step.senses]]\nsense = "see"\n'
                                      'invitation = "Five things you can see."\n'),
                            "intro", "senses[1].count", "missing-field"),
    "empty-file": ("", None, "id", "missing-field"),
    "deeply-nested": ("x = " + "[" * 100_000 + "]" * 100_000, None, None, "too-deep"),
    "non-utf8-bytes": (pack_text(INTRO).encode().replace(b"A test pack", b"A t\xe9st pack"), None,
                       None, "not-utf8"),
    "two-megabytes": (pack_text(INTRO) + "# a comment to pad the file\n" * 75_000, None, None,
                      "too-large"),
}  # fmt: skip


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _problems_for(tmp_path: Path, case: str) -> tuple[list[PackProblem], list[str]]:
    content = BROKEN[case][0]
    _write(tmp_path, "broken.en.toml", content)
    _write(tmp_path, "valid.en.toml", VALID)
    result = load_packs(tmp_path)
    return result.problems, [pack.id for pack in result.packs]


def test_there_are_plenty_of_broken_cases() -> None:
    assert len(BROKEN) >= 12


def test_the_valid_pack_loads_alone(tmp_path: Path) -> None:
    _write(tmp_path, "valid.en.toml", VALID)
    result = load_packs(tmp_path)
    assert result.problems == []
    assert [pack.id for pack in result.packs] == ["valid"]


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_pack_is_set_aside_with_a_named_problem(tmp_path: Path, case: str) -> None:
    _, step, field, code = BROKEN[case]
    problems, loaded = _problems_for(tmp_path, case)
    assert loaded == ["valid"], "the valid pack beside it still loads"
    assert problems, "the broken pack is reported"
    assert {problem.file for problem in problems} == {tmp_path / "broken.en.toml"}
    matching = [p for p in problems if (p.step, p.field, p.code) == (step, field, code)]
    assert matching, [(p.step, p.field, p.code, p.message) for p in problems]
    problem = matching[0]
    assert problem.message.endswith(".")
    described = problem.describe()
    assert described.startswith("broken.en.toml")
    if step is not None:
        assert step.split()[-1] in described
    if field is not None:
        assert f"“{field}”" in described


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_load_pack_raises_with_the_same_problems(tmp_path: Path, case: str) -> None:
    path = _write(tmp_path, "broken.en.toml", BROKEN[case][0])
    with pytest.raises(PackSetAside) as caught:
        load_pack(path)
    assert caught.value.problems == read_pack_file(path)[1]
    assert "broken.en.toml" in str(caught.value)


def test_every_problem_message_reads_calmly(tmp_path: Path) -> None:
    messages = []
    for number, case in enumerate(BROKEN):
        problems, _ = _problems_for(tmp_path / str(number), case)
        messages += [problem.message for problem in problems]
        messages += [problem.describe() for problem in problems]
    messages += [problem.message for problem in _duplicate_problems(tmp_path / "dup")]
    assert len(messages) >= 2 * len(BROKEN)
    for message in messages:
        assert find_judging_words(message) == [], message


def test_syntax_problem_names_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "broken.en.toml", 'schema_version = 1\nid = "x"\ntitle = "open\n')
    (problem,) = read_pack_file(path)[1]
    assert (problem.line, problem.code) == (3, "toml-syntax")
    assert problem.column is not None
    assert "line 3" in problem.message and "line 3" in problem.describe()


def test_non_utf8_problem_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "broken.en.toml", BROKEN["non-utf8-bytes"][0])
    (problem,) = read_pack_file(path)[1]
    assert (problem.line, problem.column) == (4, 13)


def test_enormous_file_is_refused_before_it_is_read(tmp_path: Path, monkeypatch) -> None:
    path = _write(tmp_path, "broken.en.toml", BROKEN["two-megabytes"][0])
    assert path.stat().st_size > 2_000_000
    monkeypatch.setattr(Path, "open", lambda *a, **k: pytest.fail("the file was opened"))
    (problem,) = read_pack_file(path)[1]
    assert problem.code == "too-large"
    assert "2.1 MB" in problem.message


def test_all_problems_in_a_file_are_reported_together(tmp_path: Path) -> None:
    text = pack_text(
        INTRO.replace('title = "What to expect"\n', ""),
        CANVAS.replace("minutes = 5", 'minutes = "5"').replace('"marker"', '"laser"'),
    )
    path = _write(tmp_path, "broken.en.toml", text)
    found = {(p.step, p.field) for p in read_pack_file(path)[1]}
    assert found == {("intro", "title"), ("draw", "minutes"), ("draw", "tools")}


def test_the_example_message_wording(tmp_path: Path) -> None:
    problems, _ = _problems_for(tmp_path, "missing-step-title")
    assert problems[0].message == "The step “intro” has no title yet, so this pack was set aside."


def _duplicate_problems(tmp_path: Path) -> list[PackProblem]:
    shipped, own = tmp_path / "shipped", tmp_path / "own"
    _write(shipped, "valid.en.toml", VALID)
    _write(own, "my-copy.en.toml", VALID)
    _write(own, "mine.en.toml", pack_text(INTRO, pack_id="mine"))
    result = load_packs([shipped, own])
    assert [pack.id for pack in result.packs] == ["valid", "mine"]
    assert result.packs[0].source == shipped / "valid.en.toml"
    return result.problems


def test_duplicate_pack_across_folders_keeps_the_first(tmp_path: Path) -> None:
    (problem,) = _duplicate_problems(tmp_path)
    assert problem.file == tmp_path / "own" / "my-copy.en.toml"
    assert (problem.step, problem.field, problem.code) == (None, "id", "duplicate-pack")
    assert "valid.en.toml" in problem.message


def test_same_id_in_another_language_is_not_a_duplicate(tmp_path: Path) -> None:
    _write(tmp_path, "valid.en.toml", VALID)
    _write(tmp_path, "valid.de.toml", VALID.replace('"en"', '"de"'))
    result = load_packs(tmp_path)
    assert result.problems == []
    assert sorted(pack.key for pack in result.packs) == [("valid", "de"), ("valid", "en")]


def test_missing_folder_is_passed_over_quietly(tmp_path: Path) -> None:
    _write(tmp_path / "shipped", "valid.en.toml", VALID)
    result = load_packs([tmp_path / "shipped", tmp_path / "not-made-yet"])
    assert result.problems == [] and len(result.packs) == 1


def test_same_folder_twice_is_read_once(tmp_path: Path) -> None:
    _write(tmp_path, "valid.en.toml", VALID)
    result = load_packs([tmp_path, str(tmp_path)])
    assert result.problems == [] and len(result.packs) == 1


def test_other_files_are_ignored(tmp_path: Path) -> None:
    _write(tmp_path, "valid.en.toml", VALID)
    _write(tmp_path, "README.md", "# not a pack")
    _write(tmp_path, ".valid.en.toml.swp", "editor leftovers")
    _write(tmp_path, ".hidden.en.toml", "editor leftovers")
    (tmp_path / "folder.toml").mkdir()
    result = load_packs(tmp_path)
    assert result.problems == [] and [pack.id for pack in result.packs] == ["valid"]


def test_byte_order_mark_and_wrapped_text_are_fine(tmp_path: Path) -> None:
    text = VALID.replace(
        '"When you\'re ready, you might draw."',
        '"""\nWhen you\'re ready,\n  you might draw.\n\nA second paragraph.\n"""',
    )
    path = _write(tmp_path, "valid.en.toml", "\ufeff" + text)
    pack = load_pack(path)
    assert pack.steps[1].text == "When you're ready, you might draw.\n\nA second paragraph."


def test_unreadable_folder_is_reported_not_raised(tmp_path: Path, monkeypatch) -> None:
    _write(tmp_path, "valid.en.toml", VALID)

    def refuse(self: Path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "iterdir", refuse)
    result = load_packs(tmp_path)
    assert result.packs == []
    (problem,) = result.problems
    assert (problem.file, problem.code) == (tmp_path, "unreadable-folder")


def test_set_aside_files_lists_each_file_once(tmp_path: Path) -> None:
    _write(tmp_path, "broken.en.toml", pack_text(INTRO.replace("title", "titel")))
    result = load_packs(tmp_path)
    assert len(result.problems) == 2  # the unknown "titel" and the missing "title"
    assert result.set_aside_files == [tmp_path / "broken.en.toml"]


def test_an_unexpected_failure_in_one_file_is_contained(tmp_path: Path, monkeypatch) -> None:
    import containerstudio.flow.packs as packs

    real = packs.read_pack_file

    def flaky(path: Path):
        if path.name == "broken.en.toml":
            raise MemoryError
        return real(path)

    _write(tmp_path, "broken.en.toml", VALID.replace('"valid"', '"other"'))
    _write(tmp_path, "valid.en.toml", VALID)
    monkeypatch.setattr(packs, "read_pack_file", flaky)
    result = load_packs(tmp_path)
    assert [pack.id for pack in result.packs] == ["valid"]
    assert [(p.file.name, p.code) for p in result.problems] == [("broken.en.toml", "unreadable")]


def test_a_file_given_as_a_folder_is_reported(tmp_path: Path) -> None:
    not_a_folder = _write(tmp_path, "packs", "just a file")
    result = load_packs([not_a_folder])
    assert result.packs == []
    assert [(p.file, p.code) for p in result.problems] == [(not_a_folder, "unreadable-folder")]


def test_a_step_names_the_part_it_is_about_and_only_a_real_one(tmp_path):
    """`part` turns the canvas to outside, inside or the lid; any other name is noted."""
    good = tmp_path / "good.en.toml"
    good.write_text(pack_text(INTRO, CANVAS.replace("tools = ", 'part = "lid"\ntools = ')))
    assert load_pack(good).steps[1].part == "lid"
    assert load_pack(good).steps[0].part is None
    roof = tmp_path / "roof.en.toml"
    roof.write_text(pack_text(INTRO, CANVAS.replace("tools = ", 'part = "roof"\ntools = ')))
    with pytest.raises(PackSetAside) as refused:
        load_pack(roof)
    (problem,) = refused.value.problems
    assert (problem.step, problem.field) == ("draw", "part")
    assert "roof" in problem.message and "lid" in problem.message
