"""Everything in prompts/ invites and never judges: no alarming or judging words anywhere.

The loader's own messages are scanned in test_flow_broken_packs.py, where they are made.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from containerstudio.flow import find_judging_words, load_packs, shipped_prompts_dir

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


def test_wording_invites_rather_than_commands() -> None:
    invitations = ("you might", "if you like", "if it feels okay", "when you're ready")
    for pack in load_packs(shipped_prompts_dir()).packs:
        for step in pack.steps:
            text = step.text.lower()
            assert any(phrase in text for phrase in invitations), (pack.id, step.id)
