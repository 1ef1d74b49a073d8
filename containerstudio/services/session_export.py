"""What a session PDF shows of a container's guided sessions, gathered from the library.

The export package draws a `SessionExportContent` but knows nothing of prompt packs or
storage (they are independent layers). This entry-point-level module reads the stored
sessions and slips and reads them with the packs' help, for both the export dialog and
the `export` command line. It stays free of Qt.

- Check-ins: the 0–10 answers (``AnswerKey.RATING``) on steps that offer a rating; the
  step's ``rating`` says whether it is the "before" or the "after" figure. One row per
  session that has a figure, labelled with the exercise's title.
- Reflections: the "text" answers (notes and written words), with their step's title.
- Where it is kept: the "kept_where" answer of the newest session that has one.
- Slips: only when asked for (`include_slips`), and only slips that still hold text;
  folded slips count too, since folding only hides a slip on screen. While the lid is
  closed, none: they stay inside until the person opens it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from containerstudio.export.session_pdf import SessionExportContent
from containerstudio.flow import PromptPack, kept_where_in, load_packs, pack_folders
from containerstudio.model.answers import AnswerKey
from containerstudio.storage.guided import GuidedStore
from containerstudio.storage.library import Library
from containerstudio.storage.lid import lid_closed


def known_packs(library: Library) -> list[PromptPack]:
    """The shipped packs and the library's own packs (packs that do not load are left out)."""
    return load_packs(pack_folders(library.data_dir)).packs


def _pack_for(packs: list[PromptPack], state: dict[str, Any], pack_id: str) -> PromptPack | None:
    language = state.get("language")
    for pack in packs:
        if pack.id == pack_id and (language is None or pack.language == language):
            return pack
    return None


def _checkin(pack: PromptPack, answers: dict[str, dict[str, Any]]) -> tuple[int | None, ...]:
    """(before, after) from the rating steps; the first figure given for each moment."""
    found: dict[str, int | None] = {"before": None, "after": None}
    for step in pack.steps:
        value = answers.get(step.id, {}).get(AnswerKey.RATING)
        moment = step.rating
        if moment is not None and isinstance(value, int) and found.get(moment) is None:
            found[moment] = value
    return found["before"], found["after"]


def _reflections(
    pack: PromptPack | None, answers: dict[str, dict[str, Any]]
) -> list[str | tuple[str, str]]:
    """Notes in the order of the steps (answers of steps the pack no longer has come last)."""
    order = [step.id for step in pack.steps] if pack else []
    titles = {step.id: step.title for step in pack.steps} if pack else {}
    ids = [i for i in order if i in answers] + [i for i in answers if i not in order]
    found: list[str | tuple[str, str]] = []
    for step_id in ids:
        text = answers[step_id].get(AnswerKey.TEXT)
        if not isinstance(text, str) or not text.strip():
            continue
        found.append((titles[step_id], text) if step_id in titles else text)
    return found


def slip_texts(store: GuidedStore, container_id: int) -> list[str]:
    """The words on the container's slips that still have words (folded ones included)."""
    return [s.text for s in store.slips_of(container_id) if s.text and s.text.strip()]


def gather_session_content(
    library: Library,
    container_id: int,
    packs: list[PromptPack],
    *,
    include_slips: bool = False,
    today: dt.date | None = None,
) -> SessionExportContent:
    """Everything a session PDF may show of this container; slips only if asked for,
    and never while its lid is closed."""
    store = GuidedStore(library.db, library.codec)
    reflections: list[str | tuple[str, str]] = []
    checkins: list[tuple[str, int | None, int | None]] = []
    stored = store.sessions_of(container_id)  # oldest first
    for _sid, pack_id, _finished, state in stored:
        answers = state.get("answers") or {}
        if not isinstance(answers, dict):
            continue
        pack = _pack_for(packs, state, pack_id)
        reflections.extend(_reflections(pack, answers))
        if pack is not None:
            before, after = _checkin(pack, answers)
            if before is not None or after is not None:
                checkins.append((pack.title, before, after))
    return SessionExportContent(
        title=library.container(container_id).title,
        date=today or dt.date.today(),
        reflections=reflections,
        checkins=_numbered(checkins),
        kept_where=kept_where_in(reversed([state for *_, state in stored])),
        slips=slip_texts(store, container_id)
        if include_slips and not lid_closed(library, container_id)
        else [],
    )


def _numbered(
    rows: list[tuple[str, int | None, int | None]],
) -> list[tuple[str, int | None, int | None]]:
    """Tell apart rows of the same exercise done more than once: "Title (2)"."""
    seen: dict[str, int] = {}
    out = []
    for label, before, after in rows:
        seen[label] = seen.get(label, 0) + 1
        out.append((label if seen[label] == 1 else f"{label} ({seen[label]})", before, after))
    return out
