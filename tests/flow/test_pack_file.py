"""A therapist's own pack file: every shipped pack survives the round trip through the
pack writer unchanged, the file is private, and the new fields are checked."""

from __future__ import annotations

import stat
from dataclasses import replace

import pytest

from containerstudio.flow import PackSetAside, load_pack, load_packs, shipped_prompts_dir
from containerstudio.flow.pack_file import save_own_pack
from containerstudio.flow.validation import parse_pack


@pytest.mark.parametrize("path", sorted(shipped_prompts_dir().glob("*.toml")), ids=lambda p: p.name)
def test_every_shipped_pack_is_written_back_the_same(path, tmp_path):
    pack = load_pack(path)
    copy = replace(pack, id=pack.id + "-own", based_on=pack.id)
    written = save_own_pack(copy, tmp_path / "prompts")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert load_pack(written) == copy


def test_changed_steps_and_based_on_are_read(tmp_path):
    pack = load_packs(shipped_prompts_dir()).packs[0]
    steps = (replace(pack.steps[0], changed=True), *pack.steps[1:])
    copy = replace(pack, id="mine", based_on=pack.id, steps=steps)
    again = load_pack(save_own_pack(copy, tmp_path))
    assert again.steps[0].changed and not any(s.changed for s in again.steps[1:])
    assert again.based_on == pack.id


def test_a_changed_flag_that_is_not_true_or_false_is_set_aside(tmp_path):
    data = {
        "id": "mine",
        "language": "en",
        "title": "Mine",
        "summary": "Short.",
        "audience": "individual",
        "schema_version": 1,
        "based_on": "Not A Slug",
        "step": [
            {
                "id": "one",
                "title": "One",
                "text": "You might.",
                "kind": "intro",
                "minutes": 1,
                "changed": "yes",
            }
        ],
    }
    pack, problems = parse_pack(data, tmp_path / "mine.toml")
    assert pack is None
    assert {p.field for p in problems} == {"based_on", "changed"}


def test_a_pack_the_validator_refuses_is_not_written(tmp_path):
    pack = load_packs(shipped_prompts_dir()).packs[0]
    broken = replace(pack, id="Not A Slug")
    with pytest.raises(PackSetAside):
        save_own_pack(broken, tmp_path)
    assert list(tmp_path.iterdir()) == []
