"""The guided flow, without Qt: prompt packs (loading, checking) and the session state machine.

Import from here; the submodules are an implementation detail:

- ``load_packs([shipped_prompts_dir(), own_folder])`` → ``PackLoadResult(packs, problems)``
- ``GuidedSession(pack)`` walks one pack: steps, skip, pause, timer, answers, persistence;
  its ``events`` say what changed (``StepChanged``, ``AnswerChanged``, …).
"""

from __future__ import annotations

from containerstudio.flow.events import (
    AnswerChanged,
    SessionEvent,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    StepChanged,
)
from containerstudio.flow.packs import (
    CONTAINER_PACK_ID,
    GROUNDING_PACK_ID,
    PackSetAside,
    find_pack,
    load_pack,
    load_packs,
    pack_folders,
    read_pack_file,
    shipped_prompts_dir,
)
from containerstudio.flow.problems import PackKind, PackProblem
from containerstudio.flow.saved import RATING_KEY, kept_where_in
from containerstudio.flow.schema import (
    AUDIENCES,
    GROUNDING_EXERCISES,
    SCHEMA_VERSION,
    STEP_KINDS,
    TOOLS,
    PackLoadResult,
    PromptPack,
    SenseItem,
    Step,
)
from containerstudio.flow.session import GuidedSession
from containerstudio.flow.wording import find_judging_words

__all__ = [
    "AUDIENCES",
    "CONTAINER_PACK_ID",
    "GROUNDING_EXERCISES",
    "GROUNDING_PACK_ID",
    "RATING_KEY",
    "SCHEMA_VERSION",
    "STEP_KINDS",
    "TOOLS",
    "AnswerChanged",
    "GuidedSession",
    "PackKind",
    "PackLoadResult",
    "PackProblem",
    "PackSetAside",
    "PromptPack",
    "SenseItem",
    "SessionEvent",
    "SessionFinished",
    "SessionPaused",
    "SessionResumed",
    "Step",
    "StepChanged",
    "find_judging_words",
    "find_pack",
    "kept_where_in",
    "load_pack",
    "load_packs",
    "pack_folders",
    "read_pack_file",
    "shipped_prompts_dir",
]
