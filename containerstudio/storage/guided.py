"""Guided sessions and slips in the library.

The session state (step, answers, elapsed time) is saved on every change so a session
interrupted at any moment resumes where it was. Slips are kept apart from artwork so
the retention choice can remove their content for good.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select, update

from containerstudio.model import clock
from containerstudio.model.slips import Slip, SlipRetention
from containerstudio.storage.codec import ContentCodec, session_identity, slip_identity
from containerstudio.storage.database import Database, container_uid, inserted_id
from containerstudio.storage.schema import sessions, slips


class GuidedStore:
    """Sessions and slips of containers; all content passes through the codec."""

    def __init__(self, db: Database, codec: ContentCodec | None = None) -> None:
        self.db = db
        self.codec = codec or ContentCodec()

    def _uid(self, container_id: int) -> str:
        return container_uid(self.db, container_id)

    def _state_blob(self, container_id: int, session_id: int, state: dict[str, Any]) -> bytes:
        data = json.dumps(state, separators=(",", ":")).encode()
        return self.codec.encode(
            data, identity=session_identity(self._uid(container_id), session_id)
        )

    def _state(self, container_id: int, session_id: int, stored: bytes) -> dict[str, Any]:
        identity = session_identity(self._uid(container_id), session_id)
        state: dict[str, Any] = json.loads(self.codec.decode(stored, identity=identity))
        return state

    # -- sessions --------------------------------------------------------------
    def save_session(
        self,
        container_id: int,
        pack_id: str,
        state: dict[str, Any],
        *,
        finished: bool = False,
        session_id: int | None = None,
    ) -> int:
        """Insert or update a session's state; returns its id."""
        now = clock.now()
        with self.db.begin() as conn:
            if session_id is None:  # the row first: its id is part of the state's identity
                result = conn.execute(
                    sessions.insert().values(
                        container_id=container_id,
                        pack_id=pack_id,
                        state=b"",
                        created_at=now,
                        updated_at=now,
                        finished=finished,
                    )
                )
                session_id = inserted_id(result)
            blob = self._state_blob(container_id, session_id, state)
            conn.execute(
                update(sessions)
                .where(sessions.c.id == session_id)
                .values(state=blob, updated_at=now, finished=finished, pack_id=pack_id)
            )
            return session_id

    def active_session(self, container_id: int) -> tuple[int, str, dict[str, Any]] | None:
        """The newest unfinished session of a container: (id, pack id, state)."""
        with self.db.engine.connect() as conn:
            row = conn.execute(
                select(sessions.c.id, sessions.c.pack_id, sessions.c.state)
                .where(sessions.c.container_id == container_id, sessions.c.finished.is_(False))
                .order_by(sessions.c.updated_at.desc(), sessions.c.id.desc())
                .limit(1)
            ).first()
        if row is None:
            return None
        return row.id, row.pack_id, self._state(container_id, row.id, row.state)

    def sessions_of(self, container_id: int) -> list[tuple[int, str, bool, dict[str, Any]]]:
        """All sessions of a container, oldest first: (id, pack id, finished, state)."""
        with self.db.engine.connect() as conn:
            rows = conn.execute(
                select(sessions.c.id, sessions.c.pack_id, sessions.c.finished, sessions.c.state)
                .where(sessions.c.container_id == container_id)
                .order_by(sessions.c.id)
            ).all()
        return [
            (r.id, r.pack_id, r.finished, self._state(container_id, r.id, r.state)) for r in rows
        ]

    # -- slips -----------------------------------------------------------------
    def _slip_values(self, container_id: int, slip: Slip) -> dict[str, Any]:
        uid = self._uid(container_id)
        drawing = None
        if slip.drawing:
            drawing = self.codec.encode(
                json.dumps(slip.drawing).encode(),
                identity=slip_identity(uid, slip.uid, "drawing"),
            )
        text = None
        if slip.text:
            text = self.codec.encode_text(slip.text, identity=slip_identity(uid, slip.uid, "text"))
        return {"kind": slip.kind, "folded": slip.folded, "text": text, "drawing": drawing}

    def save_slip(self, container_id: int, slip: Slip) -> None:
        """Add a slip, or update it if one with the same uid exists."""
        with self.db.begin() as conn:
            exists = conn.execute(
                select(slips.c.id).where(
                    slips.c.container_id == container_id, slips.c.uid == slip.uid
                )
            ).scalar()
            if exists is not None:
                conn.execute(
                    update(slips)
                    .where(slips.c.id == exists)
                    .values(self._slip_values(container_id, slip))
                )
                return
            position = len(
                conn.execute(select(slips.c.id).where(slips.c.container_id == container_id)).all()
            )
            conn.execute(
                slips.insert().values(
                    container_id=container_id,
                    uid=slip.uid,
                    position=position,
                    created_at=clock.now(),
                    **self._slip_values(container_id, slip),
                )
            )

    def remove_slip(self, container_id: int, uid: str) -> None:
        with self.db.begin() as conn:
            conn.execute(
                delete(slips).where(slips.c.container_id == container_id, slips.c.uid == uid)
            )

    def slips_of(self, container_id: int) -> list[Slip]:
        with self.db.engine.connect() as conn:
            rows = conn.execute(
                select(slips)
                .where(slips.c.container_id == container_id)
                .order_by(slips.c.position, slips.c.id)
            ).all()
        result = []
        uid = self._uid(container_id) if rows else ""
        for r in rows:
            drawing: tuple[Any, ...] = ()
            if r.drawing:
                identity = slip_identity(uid, r.uid, "drawing")
                raw = json.loads(self.codec.decode(r.drawing, identity=identity))
                drawing = tuple(tuple((float(x), float(y)) for x, y in line) for line in raw)
            result.append(
                Slip(
                    uid=r.uid,
                    kind=r.kind,
                    text=(
                        self.codec.decode_text(r.text, identity=slip_identity(uid, r.uid, "text"))
                        if r.text
                        else None
                    ),
                    folded=bool(r.folded),
                    drawing=drawing,
                )
            )
        return result

    def apply_retention(self, container_id: int, retention: SlipRetention) -> None:
        """Carry out the person's choice when the lid closes.

        Content removed here is overwritten on disk (secure_delete) and the write-ahead
        log is folded in and emptied, so no copy of it stays in the data folder.
        """
        if retention is SlipRetention.KEEP_TEXT:
            return
        with self.db.begin() as conn:
            if retention is SlipRetention.NOTHING:
                conn.execute(delete(slips).where(slips.c.container_id == container_id))
            else:
                conn.execute(
                    update(slips)
                    .where(slips.c.container_id == container_id)
                    .values(text=None, drawing=None)
                )
        self.db.checkpoint()
