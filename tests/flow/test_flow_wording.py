"""Everything in prompts/ invites and never judges: no alarming or judging words anywhere,
and reads without slips: no word said twice, no "(s)" plural, no count that disagrees.

The loader's own messages are scanned in test_flow_broken_packs.py, where they are made.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from containerstudio.flow import find_judging_words, load_packs, shipped_prompts_dir
from containerstudio.flow.wording import (
    find_doubled_words,
    find_plural_hedges,
    find_wording_slips,
    lint_pack,
    pack_texts,
)

PROMPT_FILES = sorted(path for path in shipped_prompts_dir().rglob("*") if path.is_file())


@pytest.mark.parametrize(
    "text",
    [
        "error",
        "Errors",
        "an error-free life",
        "failed",
        "It FAILS",
        "failure",
        "invalid",
        "invalidated",
        "wrong",
        "wrongly",
        "must",
        "mustn't",
        "mustn’t",
        "mustnt",
        "must've",
        "should",
        "shouldn't",
        "shouldn’t",
        "should've",
        "bad",
        "badly",
        "a bad-tempered lid",
    ],
)
def test_judging_words_are_found(text: str) -> None:
    assert find_judging_words(text), text


@pytest.mark.parametrize(
    "text",
    ["shoulder", "shoulders", "badge", "badminton", "mustard", "muster", "errand", "terror"],
)
def test_unrelated_words_pass(text: str) -> None:
    assert find_judging_words(text) == []


def test_prompts_folder_holds_the_packs_and_readme() -> None:
    names = {path.name for path in PROMPT_FILES}
    assert "README.md" in names
    assert sum(name.endswith(".toml") for name in names) >= 4


@pytest.mark.parametrize("path", PROMPT_FILES, ids=lambda path: path.name)
def test_no_judging_words_in_prompt_files(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = [
        (number, word)
        for number, line in enumerate(text.splitlines(), start=1)
        for word in find_judging_words(line)
    ]
    assert found == [], f"{path.name}: {found}"


def test_no_promise_of_safety_and_no_verdict_on_the_art() -> None:
    for pack in load_packs(shipped_prompts_dir()).packs:
        for step in pack.steps:
            words = " ".join((step.title, step.text, *step.prompts)).lower()
            for phrase in ("you are safe", "you're safe", "beautiful", "well done", "great job"):
                assert phrase not in words, (pack.id, step.id, phrase)


INVITATIONS = {
    "en": ("you might", "if you like", "if it feels okay", "when you're ready"),
    "es": ("puedes", "si quieres", "si te parece bien", "cuando quieras"),  # the tú form
    "ar": ("يمكنك", "إن شئت"),
}


def test_wording_invites_rather_than_commands() -> None:
    packs = load_packs(shipped_prompts_dir()).packs
    assert {pack.language for pack in packs} == set(INVITATIONS)
    for pack in packs:
        for step in pack.steps:
            text = step.text.lower()
            assert any(phrase in text for phrase in INVITATIONS[pack.language]), (
                pack.key,
                step.id,
            )


# -- the wording lint: doubled words, "(s)" plurals, counts that disagree ---------------
def _shipped(pack_id: str):
    return next(p for p in load_packs(shipped_prompts_dir()).packs if p.key == (pack_id, "en"))


@pytest.mark.parametrize(
    "pack_id", ["container", "container-group", "containment-drawing", "grounding"]
)
def test_shipped_packs_pass_the_wording_lint(pack_id: str) -> None:
    assert lint_pack(_shipped(pack_id)) == []


def test_the_lint_reads_the_grounding_texts() -> None:
    texts = [text for _step, text in pack_texts(_shipped("grounding"))]
    assert "Or five things you like to look at." in texts
    assert any("butterfly" in text.lower() for text in texts)


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("Or: Or five things you like to look at.", "Or: Or"),
        ("You might you might rest.", "you might you"),
        ("Inside: 1 slip(s)", "p(s)"),
        ("Two step(s) left", "p(s)"),
    ],
)
def test_the_lint_finds_doubled_words_and_plural_hedges(text: str, slip: str) -> None:
    found = find_wording_slips(text)
    assert found and slip.split()[0].lower() in found[0].lower(), found


@pytest.mark.parametrize(
    "text", ["Or five things you like to look at.", "that is all", "Inside: 1 slip", "(so)"]
)
def test_the_lint_leaves_good_texts_alone(text: str) -> None:
    assert find_doubled_words(text) == [] and find_plural_hedges(text) == []


def _with_sense_alternative(pack, alternative: str):
    step = pack.step("five-senses")
    senses = (replace(step.senses[0], alternative=alternative), *step.senses[1:])
    steps = tuple(replace(s, senses=senses) if s is step else s for s in pack.steps)
    return replace(pack, steps=steps)


def _with_step_text(pack, step_id: str, text: str):
    steps = tuple(replace(s, text=text) if s.id == step_id else s for s in pack.steps)
    return replace(pack, steps=steps)


def test_the_lint_fails_a_grounding_pack_with_a_doubled_or() -> None:
    bad = _with_sense_alternative(_shipped("grounding"), "Or: Or five things you like.")
    assert any("Or: Or" in note for note in lint_pack(bad)), lint_pack(bad)


def test_the_lint_fails_a_pack_with_a_plural_hedge() -> None:
    bad = _with_step_text(_shipped("grounding"), "name-the-room", "You might name 3 colour(s).")
    assert any("(s)" in note for note in lint_pack(bad)), lint_pack(bad)


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("Eleven steps, about 40 minutes in all.", ["has 10 steps", "about 39 minutes"]),
        ("There are 11 steps.", ["has 10 steps"]),
        ("It takes about 40 minutes in all.", ["about 39 minutes"]),
        ("Ten steps, about 39 minutes.", []),
    ],
)
def test_the_lint_fails_counts_that_disagree_with_the_pack(summary: str, expected) -> None:
    container = _shipped("container")
    ten_steps = replace(container, steps=container.steps[:-1], summary=summary)
    assert len(ten_steps.steps) == 10 and round(ten_steps.total_minutes) == 39
    notes = lint_pack(ten_steps)
    assert len(notes) == len(expected), notes
    for part in expected:
        assert any(part in note for note in notes), notes


def test_the_lint_checks_a_steps_own_minutes() -> None:
    grounding = _shipped("grounding")
    assert (
        lint_pack(_with_step_text(grounding, "name-the-room", "You might rest. About a minute."))
        == []
    )
    notes = lint_pack(
        _with_step_text(grounding, "name-the-room", "You might rest. About 5 minutes.")
    )
    assert any("5 minutes" in note for note in notes), notes
    ranges = ("One to three minutes.", "A minute or two.", "About two minutes.")
    butterfly = grounding.step("butterfly-hug")
    assert butterfly.minutes == 2
    for text in ranges:
        assert lint_pack(_with_step_text(grounding, "butterfly-hug", text)) == [], text
    assert lint_pack(_with_step_text(grounding, "butterfly-hug", "Four to five minutes."))


def test_an_intro_with_its_own_count_that_disagrees_fails() -> None:
    container = _shipped("container")
    text = "You might make a container. There are 11 steps, about 40 minutes in all."
    notes = lint_pack(_with_step_text(container, "what-to-expect", text))
    assert any("40 minutes" in note for note in notes) and not any("steps" in n for n in notes)


def test_an_option_and_its_placeholder_is_not_a_doubled_word():
    from containerstudio.flow.wording import find_doubled_words

    assert find_doubled_words("start with another folder (--data-dir DIR).") == []
    assert find_doubled_words("Or: Or five things") == ["Or: Or"]
    assert find_doubled_words("keep the the lid") == ["the the"]
