"""Writing a therapist's own copy of a pack: TOML the validator reads back, kept privately.

The pack editor (``ui/packs``) builds a ``PromptPack`` and saves it here into the data
folder's own packs (``<data folder>/prompts``, read after the shipped ones). The file is
written whole to a private temporary file and moved into place, so a full disk or a
closed laptop never leaves half a pack; it is read back through the validator before it
replaces anything, so a saved pack always loads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from containerstudio.atomic_files import write_private
from containerstudio.flow.packs import load_pack
from containerstudio.flow.schema import PromptPack, SenseItem, Step


def _string(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's for these characters)."""
    return json.dumps(value, ensure_ascii=False)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _strings(values: Iterable[str]) -> str:
    return "[" + ", ".join(_string(v) for v in values) + "]"


def _sense(item: SenseItem) -> str:
    parts = [
        f"count = {item.count}",
        f"sense = {_string(item.sense)}",
        f"invitation = {_string(item.invitation)}",
    ]
    if item.alternative is not None:
        parts.append(f"alternative = {_string(item.alternative)}")
    return "{ " + ", ".join(parts) + " }"


def _step_lines(step: Step) -> list[str]:
    lines = [
        "[[step]]",
        f"id = {_string(step.id)}",
        f"kind = {_string(step.kind)}",
        f"title = {_string(step.title)}",
        f"minutes = {_number(step.minutes)}",
        f"text = {_string(step.text)}",
    ]
    for key in ("prompts", "tools", "choices"):
        values = getattr(step, key)
        if values:
            lines.append(f"{key} = {_strings(values)}")
    if step.rating is not None:
        lines.append(f"rating = {_string(step.rating)}")
    for key in ("scale_low", "scale_high", "exercise", "part"):
        value = getattr(step, key)
        if value is not None:
            lines.append(f"{key} = {_string(value)}")
    if step.exercise == "breathing":
        for key in ("inhale_seconds", "hold_seconds", "exhale_seconds"):
            value = getattr(step, key)
            if value is not None:
                lines.append(f"{key} = {_number(value)}")
    if step.senses:
        lines.append("senses = [" + ", ".join(_sense(item) for item in step.senses) + "]")
    if step.changed:
        lines.append("changed = true")
    return lines


def pack_to_toml(pack: PromptPack) -> str:
    """The pack as a TOML file in the shape ``prompts/README.md`` describes."""
    lines = [
        "# A therapist's own copy of an exercise, made in Container Studio's pack editor.",
        f"schema_version = {pack.schema_version}",
        f"id = {_string(pack.id)}",
        f"language = {_string(pack.language)}",
        f"title = {_string(pack.title)}",
        f"summary = {_string(pack.summary)}",
        f"audience = {_string(pack.audience)}",
    ]
    if pack.based_on is not None:
        lines.append(f"based_on = {_string(pack.based_on)}")
    if pack.session_minutes is not None:
        lines.append(f"session_minutes = {_number(pack.session_minutes)}")
    for step in pack.steps:
        lines += ["", *_step_lines(step)]
    return "\n".join(lines) + "\n"


def own_pack_name(pack: PromptPack) -> str:
    """The file name of a therapist's pack: its id and language, never its words."""
    return f"{pack.id}.{pack.language}.toml"


def save_own_pack(pack: PromptPack, folder: Path) -> Path:
    """Write `pack` into `folder` (made if need be, private) and return the file's path.

    The text is checked by the validator from the private temporary file first; only a
    pack that loads replaces the file (`atomic_files.write_private`). Raises
    ``PackSetAside`` (nothing written) or ``OSError``.
    """
    text = pack_to_toml(pack).encode("utf-8")
    return write_private(folder / own_pack_name(pack), lambda out: out.write(text), check=load_pack)
