"""Slips: what a person places inside their container.

A slip holds a word or two, a small drawing, or nothing at all. It can be folded so
the screen hides it. Slips never travel inside artwork versions or exports; they live
in their own table so the person's retention choice can remove them completely.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import StrEnum

SLIP_KINDS: tuple[str, ...] = ("word", "drawing", "blank")


def _new_uid() -> str:
    return os.urandom(8).hex()  # 64 random bits, as new_id gives elements


class SlipRetention(StrEnum):
    """What is kept of the slips once the lid is closed (the person chooses)."""

    KEEP_TEXT = "text"
    EXISTENCE_ONLY = "exists"
    NOTHING = "nothing"


@dataclass(frozen=True)
class Slip:
    """One slip. `drawing` is a list of polylines in 0..1 slip coordinates."""

    uid: str = field(default_factory=_new_uid)
    kind: str = "word"
    text: str | None = None
    folded: bool = False
    drawing: tuple[tuple[tuple[float, float], ...], ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in SLIP_KINDS:
            raise ValueError(f"unknown slip kind {self.kind!r}")

    @property
    def has_content(self) -> bool:
        return bool(self.text) or bool(self.drawing)
