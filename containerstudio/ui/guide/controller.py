"""Runs a guided session for the open container: the panel shows it, storage keeps it.

Every change of step or answer is saved at once, so a session interrupted at any
moment (even a killed process) resumes at the same step with the same answers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from containerstudio.flow import GuidedSession, PackLoadResult, PromptPack, find_pack
from containerstudio.flow.events import SessionEvent, SessionFinished, StepChanged
from containerstudio.model.slips import Slip, SlipRetention
from containerstudio.storage.guided import GuidedStore
from containerstudio.storage.library import Library
from containerstudio.storage.lid import lid_closed, set_lid_closed
from containerstudio.ui.guide.lid_moment import LidMoment
from containerstudio.ui.guide.step_panel import StepPanel

log = logging.getLogger(__name__)

KEPT_WHERE_KEY = "kept_where"
RETENTION_KEY = "container.{}.slip_retention"
CLOSING_POLL_MS = 5000
NOTICE_NOTES = 3  # notes on set-aside packs shown in the overview; the rest are counted


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
        reduced_motion: Callable[[], bool] = lambda: True,
    ) -> None:
        """`reduced_motion()` says, when the lid closes, whether to keep the canvas still."""
        super().__init__(panel)
        self.library = library
        self.store = store
        self.packs = packs
        self.panel = panel
        self.session: GuidedSession | None = None
        self.session_id: int | None = None
        self.container_id: int | None = None
        self.scene = None
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
        return sorted(
            (p for p in self.packs.packs if p.id != "grounding"),
            key=lambda p: (order.get(p.id, 2), p.title),
        )

    def grounding_pack(self) -> PromptPack | None:
        return find_pack(self.packs.packs, "grounding", "en")

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
        lines += [p.describe() for p in problems[:NOTICE_NOTES]]
        if len(problems) > NOTICE_NOTES:
            lines.append(self.tr("…and %n more note(s).", "", len(problems) - NOTICE_NOTES))
        return "\n".join(lines)

    # -- containers -------------------------------------------------------------------
    def set_container(self, container_id: int, scene: object) -> None:
        """Follow another container: resume its unfinished session, or show the overview."""
        self._detach_session()
        self.lid_moment.stop()
        self.container_id = container_id
        self.scene = scene
        self.panel.slips.set_retention_quietly(self.retention())
        self._show_lid(self.lid_closed())
        active = self.store.active_session(container_id)
        if active is not None:
            session_id, pack_id, state = active
            pack = next((p for p in self.packs.packs if p.id == pack_id), None)
            if pack is not None:
                try:
                    self._attach(GuidedSession.from_dict(state, pack), session_id)
                    return
                except ValueError:
                    log.warning("a saved session could not be resumed; showing the overview")
        self.show_overview()

    def show_overview(self) -> None:
        self._detach_session()
        self.panel.show_overview(self.exercise_packs(), self.notice())

    def _attach(self, session: GuidedSession, session_id: int | None) -> None:
        self.session = session
        self.session_id = session_id
        session.events.connect(self._on_session_event)
        self._show_session()

    def _detach_session(self) -> None:
        if self.session is not None:
            self.session.events.disconnect(self._on_session_event)
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
        session = GuidedSession(packs[pack_index], session_minutes=minutes or None)
        self._attach(session, None)
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
            if key == KEPT_WHERE_KEY and self.lid_closed():
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
        """Keep the session's state now (called on every change)."""
        s = self.session
        if s is None or self.container_id is None:
            return
        self.session_id = self.store.save_session(
            self.container_id,
            s.pack.id,
            s.to_dict(),
            finished=s.finished,
            session_id=self.session_id,
        )

    # -- pause (used by the always-there controls) ------------------------------------------
    def pause(self) -> bool:
        """Stop the session clock; True if it was running."""
        return bool(self.session and self.session.pause())

    def resume(self) -> None:
        if self.session is not None:
            self.session.resume()

    # -- slips --------------------------------------------------------------------------------
    def _on_slips_slip_saved(self, slip: Slip) -> None:
        if self.container_id is not None:
            self.store.save_slip(self.container_id, slip)

    def _on_slips_slip_removed(self, uid: str) -> None:
        if self.container_id is not None:
            self.store.remove_slip(self.container_id, uid)

    def _on_slips_retention_chosen(self, retention: SlipRetention) -> None:
        if self.container_id is not None:
            self.library.set_setting(RETENTION_KEY.format(self.container_id), retention.value)

    def retention(self) -> SlipRetention:
        if self.container_id is None:
            return SlipRetention.KEEP_TEXT
        value = self.library.setting(RETENTION_KEY.format(self.container_id))
        try:
            return SlipRetention(value) if value else SlipRetention.KEEP_TEXT
        except ValueError:
            return SlipRetention.KEEP_TEXT

    # -- the lid ---------------------------------------------------------------------------------
    def lid_closed(self) -> bool:
        """True while the open container is sealed (see storage/lid.py)."""
        return self.container_id is not None and lid_closed(self.library, self.container_id)

    def close_lid(self) -> None:
        """Close the container, as a moment: the canvas shows it closed (gently, unless
        motion is reduced), a calm line says so, and the slip retention choice is kept."""
        if self.container_id is None:
            return
        already = self.lid_closed()
        set_lid_closed(self.library, self.container_id, True)
        self.store.apply_retention(self.container_id, self.retention())
        if self.session is not None:
            self.session.set_answer(self.session.current_step.id, "lid_closed", True)
        self._show_lid(True, moment=not already)  # the moment once, not at every press

    def open_lid(self) -> None:
        """A deliberate choice to open the container again: everything comes back as it
        was left (the slips with their words and folds, if their words were kept)."""
        if self.container_id is None:
            return
        set_lid_closed(self.library, self.container_id, False)
        self._show_lid(False)

    def kept_where(self) -> str | None:
        """Where the person said the container is kept: this session's answer, else the
        newest session's."""
        sessions = [s.to_dict() for s in (self.session,) if s is not None]
        if self.container_id is not None:
            stored = [
                state for _id, _pack, _finished, state in self.store.sessions_of(self.container_id)
            ]
            sessions += list(reversed(stored))
        for state in sessions:
            answers = state.get("answers") or {}
            for step_answers in answers.values() if isinstance(answers, dict) else ():
                where = step_answers.get(KEPT_WHERE_KEY) if isinstance(step_answers, dict) else None
                if isinstance(where, str) and where.strip():
                    return where.strip()
        return None

    def _show_lid(self, closed: bool, moment: bool = False) -> None:
        """Show the lid's state everywhere the guide reaches: the canvas, the slips."""
        cid = self.container_id
        slips = self.store.slips_of(cid) if cid is not None else []
        # While closed, the slips' words are not even held by the panel.
        self.panel.slips.set_slips([] if closed else slips)
        self.panel.show_sealed(closed, len(slips), self.kept_where() if closed else None)
        if self.scene is not None:
            self.scene.set_part_visible("lid", True)
            if not closed:
                self.lid_moment.stop()
                self.scene.set_sealed(False)
                self.scene.set_part_visible("inside", True)
            elif moment:
                self.lid_moment.close(self.scene)
            else:
                self.lid_moment.stop()
                self.scene.set_sealed(True)
        self.lid_changed.emit(closed)
