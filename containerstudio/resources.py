"""Locating and reading the shipped resources (palettes, templates, stickers, fonts).

Qt-free so exports and the command line can use the same files as the UI.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """The shipped `resources/` folder.

    An installed wheel (or a standalone build) carries it inside the package, where the
    build copies it (see setup.py); that copy is found first, so a stray `resources/`
    folder beside the package in site-packages is never taken for ours. A source
    checkout or an editable install has it at the repository root, beside the package.
    """
    inside = _PACKAGE_DIR / "resources"
    return inside if inside.is_dir() else _PACKAGE_DIR.parent / "resources"


@dataclass(frozen=True)
class PaletteColor:
    hex: str
    label: str


@dataclass(frozen=True)
class Palette:
    id: str
    name: str
    colors: tuple[PaletteColor, ...]


FALLBACK_PALETTE = Palette(
    id="calm",
    name="Calm",
    colors=(
        PaletteColor("#3b5b6d", "Deep blue"),
        PaletteColor("#6f9fb0", "Sea blue"),
        PaletteColor("#8fb996", "Sage"),
        PaletteColor("#e6c79c", "Sand"),
        PaletteColor("#d98e73", "Terracotta"),
        PaletteColor("#b5a1c9", "Lavender"),
        PaletteColor("#333333", "Charcoal"),
        PaletteColor("#ffffff", "White"),
    ),
)


def load_palettes() -> list[Palette]:
    """Shipped palettes, calm first; a palette file that cannot be read is skipped."""
    found: list[Palette] = []
    folder = resources_dir() / "palettes"
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            colors = tuple(PaletteColor(str(c["hex"]), str(c["label"])) for c in data["colors"])
            found.append(Palette(str(data["id"]), str(data["name"]), colors))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    if not any(p.id == "calm" for p in found):
        found.insert(0, FALLBACK_PALETTE)
    found.sort(key=lambda p: (p.id != "calm", p.name))
    return found
