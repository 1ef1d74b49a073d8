"""The packs that ship in prompts/ load, validate and keep the shape the product promises."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from containerstudio.flow import (
    CONTAINER_PACK_ID,
    GROUNDING_PACK_ID,
    STEP_KINDS,
    TOOLS,
    PromptPack,
    find_pack,
    load_pack,
    load_packs,
    shipped_prompts_dir,
)
from containerstudio.flow.schema import SUGGESTED_MAX_WORDS
from containerstudio.flow.wording import minute_figures, step_counts

PROMPTS = shipped_prompts_dir()
PACK_FILES = sorted(PROMPTS.glob("*.toml"))


def _pack(pack_id: str) -> PromptPack:
    return load_pack(PROMPTS / f"{pack_id}.en.toml")


def test_shipped_prompts_dir_is_the_repository_prompts_folder() -> None:
    repository = Path(__file__).resolve().parents[2]
    assert repository / "prompts" == PROMPTS
    assert (PROMPTS / "README.md").is_file()


def test_the_four_english_packs_ship() -> None:
    names = {path.name for path in PACK_FILES}
    assert {
        "container.en.toml",
        "container-group.en.toml",
        "containment-drawing.en.toml",
        "grounding.en.toml",
    } <= names


def test_every_shipped_pack_loads_without_problems() -> None:
    result = load_packs(PROMPTS)
    assert result.problems == []
    assert len(result.packs) == len(PACK_FILES)


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda path: path.name)
def test_file_name_matches_pack_id_and_language(path: Path) -> None:
    pack = load_pack(path)
    assert path.name == f"{pack.id}.{pack.language}.toml"
    assert pack.source == path


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda path: path.name)
def test_every_step_is_short_and_well_formed(path: Path) -> None:
    pack = load_pack(path)
    for step in pack.steps:
        assert step.word_count <= SUGGESTED_MAX_WORDS, (step.id, step.word_count)
        assert step.kind in STEP_KINDS
        assert set(step.tools) <= set(TOOLS)
        assert 0 < step.minutes <= 60
        assert step.title and step.text


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda path: path.name)
def test_pack_texts_leave_the_counts_to_the_overview(path: Path) -> None:
    """The overview states steps and minutes once, computed from the pack (the step
    panel, tests/ui/test_guided_walk.py); the texts add no figure of their own."""
    pack = load_pack(path)
    assert pack.total_minutes > 0 and pack.steps
    if pack.id != GROUNDING_PACK_ID:  # each grounding exercise stands alone
        assert pack.steps[0].kind == "intro"
    for text in (pack.summary, pack.steps[0].text):
        assert step_counts(text) == [], (pack.id, text)
    assert minute_figures(pack.summary) == [], pack.id


def test_container_pack_follows_the_eleven_steps() -> None:
    pack = _pack(CONTAINER_PACK_ID)
    assert pack.audience == "individual"
    assert [step.kind for step in pack.steps] == [
        "intro",
        "checkin",
        "writing",
        "canvas",
        "canvas",
        "canvas",
        "slips",
        "slips",
        "close",
        "return",
        "keep",
    ]
    intro, checkin, _, choose, outside, lid, *_ = pack.steps
    assert "not about burying" in intro.text
    caution = " ".join(intro.prompts)
    assert "drift away" in caution and "therapist" in caution
    assert checkin.rating == "before"
    assert pack.step("return-to-now").rating == "after"
    assert choose.tools == ("templates",)
    assert {"pencil", "marker", "brush", "stickers", "photos"} <= set(outside.tools)
    assert "stickers" in lid.tools
    assert pack.step("close-and-keep").choices
    assert 35 <= pack.total_minutes <= 50


def test_dissociation_caution_is_said_once() -> None:
    pack = _pack(CONTAINER_PACK_ID)
    everything = " ".join(
        [pack.summary] + [" ".join((step.text, *step.prompts)) for step in pack.steps]
    )
    assert everything.count("drift away") == 1


def test_group_pack_is_shorter_and_keeps_check_ins_private() -> None:
    pack = _pack("container-group")
    assert pack.audience == "group"
    assert 6 <= len(pack.steps) <= 8
    for step in pack.steps:
        if step.offers_rating:
            assert "nobody" in step.text or "privately" in step.text, step.id
    assert pack.steps[1].kind == "checkin"
    assert "private" in pack.steps[1].title.lower()


def test_containment_drawing_is_short() -> None:
    pack = _pack("containment-drawing")
    assert 4 <= len(pack.steps) <= 5
    assert 5 <= pack.total_minutes <= 10
    assert pack.steps[-1].kind == "return"


def test_grounding_pack_offers_the_four_exercises() -> None:
    pack = _pack(GROUNDING_PACK_ID)
    assert [step.exercise for step in pack.steps] == ["breathing", "senses", "butterfly", "room"]
    breathing, senses, butterfly, room = pack.steps
    assert (breathing.inhale_seconds, breathing.exhale_seconds) == (4, 6)
    assert 0 < (breathing.hold_seconds or 0) <= 2
    assert "eyes can stay open" in breathing.text
    assert "light-headed" in breathing.text
    assert [item.count for item in senses.senses] == [5, 4, 3, 2, 1]
    by_sense = {item.sense: item for item in senses.senses}
    for sense in ("smell", "taste"):
        alternative = by_sense[sense].alternative or ""
        assert "favourite" in alternative and "instead" in alternative
    assert "One to three minutes" in butterfly.text and "enough" in butterfly.text
    assert all(word in room.text for word in ("date", "where you are", "three colours"))


def test_readme_example_pack_loads(tmp_path: Path) -> None:
    readme = (PROMPTS / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", readme, re.DOTALL)
    assert example is not None
    path = tmp_path / "calm-place.en.toml"
    path.write_text(example.group(1), encoding="utf-8")
    pack = load_pack(path)
    assert pack.id == "calm-place"
    assert pack.steps[-1].exhale_seconds == 7
    assert pack.steps[-1].inhale_seconds == 4  # the default fills the gap


def test_find_pack_prefers_the_closest_language() -> None:
    packs = load_packs(PROMPTS).packs
    assert find_pack(packs, CONTAINER_PACK_ID, "en").language == "en"
    assert find_pack(packs, CONTAINER_PACK_ID, "en-GB").language == "en"
    assert find_pack(packs, CONTAINER_PACK_ID, "de").language == "en"  # falls back
    assert find_pack(packs, "no-such-pack", "en") is None


def test_importing_flow_does_not_load_qt() -> None:
    code = (
        "import sys, containerstudio.flow as f; "
        "f.load_packs(f.shipped_prompts_dir()); "
        "assert 'PySide6' not in sys.modules, 'PySide6 was imported'; "
        "assert not [m for m in sys.modules if m.startswith('containerstudio.ui')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PROMPTS.parent)
