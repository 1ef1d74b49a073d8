"""The shape of a prompt pack: allowed values, limits and the frozen records a pack loads into.

Prompt packs are human-edited data (see ``prompts/README.md``). This module holds what a
loaded pack *is*, so the validator, the loader, the session engine and the UI all agree on
one vocabulary without depending on each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from containerstudio.flow.problems import PackProblem
from containerstudio.model.tools import SUGGESTIONS

SCHEMA_VERSION = 1

STEP_KINDS = (
    "intro",
    "checkin",
    "writing",
    "canvas",
    "slips",
    "close",
    "grounding",
    "return",
    "keep",
)
TOOLS = tuple(suggestion.name for suggestion in SUGGESTIONS)  # what a step may suggest
AUDIENCES = ("individual", "group")
GROUNDING_EXERCISES = ("breathing", "senses", "butterfly", "room")
RATING_MOMENTS = ("before", "after")

# Hard limits: past these a pack is set aside. They guard the app against runaway files;
# the gentler guidance (a step's text in about 80 words) lives in the README and the tests.
MAX_FILE_BYTES = 1_000_000
MAX_TEXT_CHARS = 2000
MAX_TITLE_CHARS = 120
MAX_SUMMARY_CHARS = 2000
MAX_LINE_CHARS = 300  # one sub-prompt, choice, sense invitation or alternative
MAX_LIST_ITEMS = 12
MAX_STEPS = 60
MAX_ID_CHARS = 64
MAX_STEP_MINUTES = 60
MAX_SESSION_MINUTES = 480
MAX_BREATH_SECONDS = 20
SUGGESTED_MAX_WORDS = 80

# Defaults for a breathing step that leaves the pace out: in 4, a brief hold, out 6.
DEFAULT_INHALE_SECONDS = 4.0
DEFAULT_HOLD_SECONDS = 1.0
DEFAULT_EXHALE_SECONDS = 6.0


@dataclass(frozen=True)
class SenseItem:
    """One line of a 5-4-3-2-1 senses exercise, e.g. three things you can hear."""

    count: int
    sense: str
    invitation: str
    alternative: str | None = None
    """The "name a favourite instead" wording, for when the sense has nothing to offer."""


@dataclass(frozen=True)
class Step:
    """One step of a guided exercise, exactly as the pack describes it."""

    id: str
    title: str
    text: str
    kind: str
    minutes: float
    prompts: tuple[str, ...] = ()
    tools: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    rating: str | None = None
    """``"before"`` or ``"after"`` when the step offers the optional 0–10 check-in."""
    scale_low: str | None = None
    scale_high: str | None = None
    exercise: str | None = None
    inhale_seconds: float | None = None
    hold_seconds: float | None = None
    exhale_seconds: float | None = None
    senses: tuple[SenseItem, ...] = ()
    part: str | None = None
    """The part of the container the step is about (model.parts: outside, inside, lid):
    the canvas turns to it while the step shows."""
    changed: bool = False
    """True when a therapist changed (or added) this step in their own copy of a pack:
    the guide says so on the step, so the client knows whose words these are."""

    @property
    def word_count(self) -> int:
        """Words in the invitation, so editors can keep it short enough to read at a glance."""
        return len(self.text.split())

    @property
    def offers_rating(self) -> bool:
        """Whether the UI offers the optional 0–10 scale on this step."""
        return self.rating is not None


@dataclass(frozen=True)
class PromptPack:
    """A whole exercise in one language: its overview and its ordered steps."""

    id: str
    language: str
    title: str
    summary: str
    audience: str
    steps: tuple[Step, ...]
    schema_version: int = SCHEMA_VERSION
    session_minutes: float | None = None
    """The pack author's suggested session length; the therapist or user decides."""
    based_on: str | None = None
    """The id of the shipped pack this one was copied from (the pack editor sets it)."""
    source: Path | None = field(default=None, compare=False)

    @property
    def key(self) -> tuple[str, str]:
        """``(id, language)``: what makes a pack unique among loaded packs."""
        return (self.id, self.language)

    @property
    def total_minutes(self) -> float:
        """The sum of the steps' estimates, shown before starting so nothing is a surprise."""
        return sum(step.minutes for step in self.steps)

    def step_index(self, step_id: str) -> int:
        """The position of the step with this id; raises ``KeyError`` if there is none."""
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        raise KeyError(step_id)

    def step(self, step_id: str) -> Step:
        """The step with this id; raises ``KeyError`` if there is none."""
        return self.steps[self.step_index(step_id)]


@dataclass(frozen=True)
class PackLoadResult:
    """Everything found in the pack folders: the packs that loaded and calm notes on the rest."""

    packs: list[PromptPack]
    problems: list[PackProblem]

    @property
    def set_aside_files(self) -> list[Path]:
        """Files that did not load, each once, in the order they were met."""
        return list(dict.fromkeys(problem.file for problem in self.problems))
