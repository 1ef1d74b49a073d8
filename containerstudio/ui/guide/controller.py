"""Runs a guided session for the open container: the panel shows it, storage keeps it.

Every change of step or answer is saved at once, on the storage lane of the background
helper (one thread, in order), so the window never waits for the disk and a session
interrupted at any moment (even a killed process) resumes at the same step with the
same answers: a queued save is written within milliseconds, and closing waits for it.
What the guide shows of a container (its session, slips, lid, retention) is read on
the lane too (`read_guide_state`) and kept here in memory while the container is open.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from containerstudio.flow import (
    GuidedSession,
    PackLoadResult,
    PromptPack,
    find_pack,
    kept_where_in,
)
from containerstudio.flow.events import SessionEvent, SessionFinished, StepChanged
from containerstudio.model.answers import AnswerKey
from containerstudio.model.parts import INSIDE, LID
from containerstudio.model.slips import Slip, SlipRetention
from containerstudio.storage.guided import GuidedStore
from containerstudio.storage.library import Library
from containerstudio.storage.lid import lid_closed, set_lid_closed
from containerstudio.ui.canvas.scene import CanvasScene
from containerstudio.ui.guide.lid_moment import LidMoment
from containerstudio.ui.guide.step_panel import StepPanel
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.kit.problem_texts import located_text
from containerstudio.ui.kit.translations import current_language

log = logging.getLogger(__name__)

RETENTION_KEY = "container.{}.slip_retention"
CLOSING_POLL_MS = 5000
NOTICE_NOTES = 3  # notes on set-aside packs shown in the overview; the rest are counted


@dataclass
class GuideState:
    """What the guide shows of one container, as read from storage."""

    active: tuple[int, str, dict[str, Any]] | None = None
    retention: SlipRetention = SlipRetention.KEEP_TEXT
    lid_closed: bool = False
    slips: list[Slip] = field(default_factory=list)
    kept_where: str | None = None
    """Where the newest stored session says the container is kept."""


def _retention_from(value: str | None) -> SlipRetention:
    try:
        return SlipRetention(value) if value else SlipRetention.KEEP_TEXT
    except ValueError:
        return SlipRetention.KEEP_TEXT


def read_guide_state(library: Library, store: GuidedStore, container_id: int) -> GuideState:
    """Everything the guide needs of a container (run on the storage lane)."""
    stored = [state for _id, _pack, _finished, state in store.sessions_of(container_id)]
    return GuideState(
        active=store.active_session(container_id),
        retention=_retention_from(library.setting(RETENTION_KEY.format(container_id))),
        lid_closed=lid_closed(library, container_id),
        slips=store.slips_of(container_id),
        kept_where=kept_where_in(list(reversed(stored))),
    )


def _kept_after(slips: list[Slip], retention: SlipRetention) -> list[Slip]:
    """The slips as `GuidedStore.apply_retention` leaves them."""
    if retention is SlipRetention.KEEP_TEXT:
        return list(slips)
    if retention is SlipRetention.NOTHING:
        return []
    return [replace(slip, text=None, drawing=()) for slip in slips]


class GuideController(QObject):
    """Connects a GuidedSession, the StepPanel and the library for one container at a time."""

    lid_changed = Signal(bool)
    """Emitted with True when the lid was closed, False when it was opened."""
    step_completed = Signal(str)
    """Emitted with the title of a step the person moved on from (for automatic versions)."""

    def __init__(
        self,
        library: Library,
        store: GuidedStore,
        packs: PackLoadResult,
        panel: StepPanel,
        work: BackgroundWork,
        reduced_motion: Callable[[], bool] = lambda: True,
    ) -> None:
        """`reduced_motion()` says, when the lid closes, whether to keep the canvas still;
        every storage call runs on `work`'s storage lane."""
        super().__init__(panel)
        self.library = library
        self.store = store
        self.packs = packs
        self.panel = panel
        self.work = work
        self.session: GuidedSession | None = None
        self.session_id: int | None = None
        self.container_id: int | None = None
        self.scene: CanvasScene | None = None
        self.state = GuideState()
        self.loading = False
        """True while the open container's guide state is being read on the lane."""
        self._opening = 0  # which set_container a read answers (a newer one wins)
        self._pending_start: tuple[int, int] | None = None  # a Start pressed while loading
        self._saves_queued = 0  # session saves on the lane that have not answered yet
        # The id the open session's saves share on the lane: the first save inserts the
        # row, and the next ones (queued before it answered) update that same row.
        self._lane_id: list[int | None] = [None]
        self.lid_moment = LidMoment(reduced_motion, self)
        panel.start_requested.connect(self._on_panel_start_requested)
        panel.next_clicked.connect(lambda: self._move("next"))
        panel.skip_clicked.connect(lambda: self._move("skip"))
        panel.back_clicked.connect(lambda: self._move("back"))
        panel.answer_edited.connect(self._on_panel_answer_edited)
        panel.close_lid_clicked.connect(self.close_lid)
        panel.closing_step_clicked.connect(self._on_panel_closing_step_clicked)
        panel.again_button.clicked.connect(self.show_overview)
        panel.slips.slip_saved.connect(self._on_slips_slip_saved)
        panel.slips.slip_removed.connect(self._on_slips_slip_removed)
        panel.slips.retention_chosen.connect(self._on_slips_retention_chosen)
        self._closing_poll = QTimer(self)
        self._closing_poll.setInterval(CLOSING_POLL_MS)
        self._closing_poll.timeout.connect(self._on_closing_poll_timeout)
        self._closing_poll.start()

    # -- packs ------------------------------------------------------------------------
    def exercise_packs(self) -> list[PromptPack]:
        """Exercises in the order the overview offers them: the container exercise first."""
        order = {"container": 0, "containment-drawing": 1}
        ids = {p.id for p in self.packs.packs if p.id != "grounding"}
        language = current_language()  # each exercise once, in the closest language
        chosen = (find_pack(self.packs.packs, pack_id, language) for pack_id in ids)
        return sorted(
            (p for p in chosen if p is not None), key=lambda p: (order.get(p.id, 2), p.title)
        )

    def grounding_pack(self) -> PromptPack | None:
        return find_pack(self.packs.packs, "grounding", current_language())

    def notice(self) -> str:
        """Which files were set aside, then the first notes, each naming file, line, step
        and field (shown as plain text: notes may quote what a pack holds)."""
        problems = self.packs.problems
        if not problems:
            return ""
        names = sorted({p.file.name for p in problems})
        lines = [
            self.tr("Some exercise files were set aside for now, and the others are ready: %s")
            % ", ".join(names)
        ]
        lines += [located_text(p) for p in problems[:NOTICE_NOTES]]
        if len(problems) > NOTICE_NOTES:
            lines.append(self.tr("…and %n more note(s).", "", len(problems) - NOTICE_NOTES))
        return "\n".join(lines)

    # -- containers -------------------------------------------------------------------
    def set_container(
        self, container_id: int, scene: CanvasScene, state: GuideState | None = None
    ) -> None:
        """Follow another container: resume its unfinished session, or show the overview.
        `state` is what was already read of it; without it, it is read on the lane and
        the panel shows the overview meanwhile (a Start pressed then is kept for it)."""
        self._detach_session()
        self.lid_moment.stop()
        self.container_id = container_id
        self.scene = scene
        self._opening += 1
        self._pending_start = None
        if state is not None:
            self._apply_state(state)
            return
        self.loading = True
        self.panel.show_overview(self.exercise_packs(), self.notice())
        opening, library, store = self._opening, self.library, self.store
        self.work.run(
            lambda: read_guide_state(library, store, container_id),
            lambda read: self._on_state_read(opening, read),
            lambda _exc: self._on_state_read(opening, GuideState()),
            storage=True,
        )

    def _on_state_read(self, opening: int, state: GuideState) -> None:
        if opening != self._opening:
            return  # another container was opened meanwhile
        self.loading = False
        self._apply_state(state)
        if self._pending_start is not None and self.session is None:
            self._on_panel_start_requested(*self._pending_start)
        self._pending_start = None

    def _apply_state(self, state: GuideState) -> None:
        self.state = state
        self.panel.slips.set_retention_quietly(state.retention)
        self._show_lid(state.lid_closed)
        if state.active is not None:
            session_id, pack_id, saved = state.active
            # the pack in the language the session began in (its steps are that pack's)
            pack = find_pack(self.packs.packs, pack_id, str(saved.get("language", "")))
            if pack is not None:
                try:
                    self._attach(GuidedSession.from_dict(saved, pack), session_id)
                    return
                except ValueError:
                    log.warning("a saved session could not be resumed; showing the overview")
        self.show_overview()

    def show_overview(self) -> None:
        self._detach_session()
        self.panel.show_overview(self.exercise_packs(), self.notice())

    def _attach(self, session: GuidedSession, session_id: int | None, show: bool = True) -> None:
        self.session = session
        self.session_id = session_id
        self._lane_id = [session_id]
        session.events.connect(self._on_session_event)
        if show:
            self._show_session()

    def _detach_session(self) -> None:
        if self.session is not None:
            self.session.events.disconnect(self._on_session_event)
            # Its answers are stored; the place it names stays known without a read.
            where = kept_where_in([self.session.to_dict()])
            if where:
                self.state.kept_where = where
        self.session = None
        self.session_id = None

    def _show_session(self) -> None:
        s = self.session
        if s is None:
            return
        if s.finished:
            self.panel.show_finished()
        elif s.started:
            self.panel.show_step(s)
            self.panel.show_closing_notice(s.closing_time_reached())
        else:
            self.panel.show_overview(self.exercise_packs(), self.notice())

    # -- session events -------------------------------------------------------------------
    def _on_panel_start_requested(self, pack_index: int, minutes: int) -> None:
        packs = self.exercise_packs()
        if not 0 <= pack_index < len(packs) or self.container_id is None:
            return
        if self.loading:  # the container's own session may still come back
            self._pending_start = (pack_index, minutes)
            return
        session = GuidedSession(packs[pack_index], session_minutes=minutes or None)
        # Shown once, by its first step (not the opening screen again first, rebuilt).
        self._attach(session, None, show=False)
        session.start()

    def _move(self, how: str) -> None:
        s = self.session
        if s is None or not s.started or s.finished:
            return
        leaving = s.current_step
        {"next": s.next, "skip": s.skip, "back": s.back}[how]()
        if how == "next":
            self.step_completed.emit(leaving.title)

    def _on_panel_answer_edited(self, step_id: str, key: str, value: object) -> None:
        if self.session is not None:
            self.session.set_answer(step_id, key, value)
            if key == AnswerKey.KEPT_WHERE and self.lid_closed():
                self.panel.lid_note.set_place(self.kept_where())

    def _on_panel_closing_step_clicked(self) -> None:
        s = self.session
        if s is not None and s.started and not s.finished:
            index = s.suggested_closing_index()
            if index is not None:
                s.go_to(index)

    def _on_session_event(self, event: SessionEvent) -> None:
        self.save()
        if isinstance(event, StepChanged | SessionFinished):
            self._show_session()

    def _on_closing_poll_timeout(self) -> None:
        s = self.session
        if s is not None and s.started and not s.finished:
            self.panel.show_closing_notice(s.closing_time_reached())

    def save(self) -> None:
        """Keep the session's state (called on every change), on the storage lane.

        The state is copied now, so the lane writes exactly this moment; saves are
        written in order, and the first one's new session id is used by the next."""
        s = self.session
        if s is None or self.container_id is None:
            return
        store, cid, pack_id = self.store, self.container_id, s.pack.id
        state, finished = copy.deepcopy(s.to_dict()), s.finished
        ids = self._lane_id

        def work() -> int:
            saved = store.save_session(cid, pack_id, state, finished=finished, session_id=ids[0])
            ids[0] = saved
            return saved

        def done(session_id: int) -> None:
            self._saves_queued -= 1
            if self.session is s:
                self.session_id = session_id

        def failed(_exc: BaseException) -> None:
            self._saves_queued -= 1
            log.warning("the guided session could not be kept just now")

        self._saves_queued += 1
        self.work.run(work, done, failed, storage=True)

    # -- pause (used by the always-there controls) ------------------------------------------
    def pause(self) -> bool:
        """Stop the session clock; True if it was running."""
        return bool(self.session and self.session.pause())

    def resume(self) -> None:
        if self.session is not None:
            self.session.resume()

    # -- slips --------------------------------------------------------------------------------
    def _write(self, fn: Callable[[], object]) -> None:
        """Run a write on the storage lane, in order with every other save."""

        def failed(_exc: BaseException) -> None:
            log.warning("a guide change could not be kept just now")

        self.work.run(fn, None, failed, storage=True)

    def _on_slips_slip_saved(self, slip: Slip) -> None:
        if self.container_id is not None:
            store, cid = self.store, self.container_id
            kept = [s for s in self.state.slips if s.uid != slip.uid]
            index = next((i for i, s in enumerate(self.state.slips) if s.uid == slip.uid), None)
            kept.insert(len(kept) if index is None else index, slip)
            self.state.slips = kept
            self._write(lambda: store.save_slip(cid, slip))

    def _on_slips_slip_removed(self, uid: str) -> None:
        if self.container_id is not None:
            store, cid = self.store, self.container_id
            self.state.slips = [s for s in self.state.slips if s.uid != uid]
            self._write(lambda: store.remove_slip(cid, uid))

    def _on_slips_retention_chosen(self, retention: SlipRetention) -> None:
        if self.container_id is not None:
            library, key = self.library, RETENTION_KEY.format(self.container_id)
            self.state.retention = retention
            self._write(lambda: library.set_setting(key, retention.value))

    def retention(self) -> SlipRetention:
        if self.container_id is None:
            return SlipRetention.KEEP_TEXT
        return self.state.retention

    # -- the lid ---------------------------------------------------------------------------------
    def lid_closed(self) -> bool:
        """True while the open container is sealed (see storage/lid.py)."""
        return self.container_id is not None and self.state.lid_closed

    def close_lid(self) -> None:
        """Close the container, as a moment: the canvas shows it closed (gently, unless
        motion is reduced), a calm line says so, and the slip retention choice is kept."""
        if self.container_id is None:
            return
        already = self.lid_closed()
        library, store, cid, retention = (
            self.library,
            self.store,
            self.container_id,
            self.retention(),
        )

        def work() -> None:
            set_lid_closed(library, cid, True)
            store.apply_retention(cid, retention)

        self.state.lid_closed = True
        self.state.slips = _kept_after(self.state.slips, retention)
        self._write(work)
        if self.session is not None:
            self.session.set_answer(self.session.current_step.id, AnswerKey.LID_CLOSED, True)
        self._show_lid(True, moment=not already)  # the moment once, not at every press

    def open_lid(self) -> None:
        """A deliberate choice to open the container again: everything comes back as it
        was left (the slips with their words and folds, if their words were kept)."""
        if self.container_id is None:
            return
        library, cid = self.library, self.container_id
        self.state.lid_closed = False
        self._write(lambda: set_lid_closed(library, cid, False))
        self._show_lid(False)

    def kept_where(self) -> str | None:
        """Where the person said the container is kept: this session's answer, else the
        newest stored session's (as read when the container opened)."""
        mine = [s.to_dict() for s in (self.session,) if s is not None]
        return kept_where_in(mine) or self.state.kept_where

    def _show_lid(self, closed: bool, moment: bool = False) -> None:
        """Show the lid's state everywhere the guide reaches: the canvas, the slips."""
        slips = self.state.slips if self.container_id is not None else []
        # While closed, the slips' words are not even held by the panel.
        self.panel.slips.set_slips([] if closed else slips)
        self.panel.show_sealed(closed, len(slips), self.kept_where() if closed else None)
        if self.scene is not None:
            self.scene.set_part_visible(LID, True)
            if not closed:
                self.lid_moment.stop()
                self.scene.set_sealed(False)
                self.scene.set_part_visible(INSIDE, True)
            elif moment:
                self.lid_moment.close(self.scene)
            else:
                self.lid_moment.stop()
                self.scene.set_sealed(True)
        self.lid_changed.emit(closed)
