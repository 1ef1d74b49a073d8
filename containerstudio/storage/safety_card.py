"""The person's safety card: who to reach, a crisis line, what helps, comfort reminders.

Private like the slips: the card is turned into JSON and stored only as codec output
(never plain text in a column), under one key of the settings table, so no migration is
needed and encryption at rest in the codec covers it too. Nothing here is shipped
filled in: the card starts empty and the person (or their therapist, with them) writes
it. Export code never reads it.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from containerstudio.storage.library import PRIVATE_PREFIX

if TYPE_CHECKING:
    from containerstudio.storage.library import Library

CARD_SETTING = "safety_card"  # a private setting: sealed like every other private content
SAFETY_CARD_KEY = PRIVATE_PREFIX + CARD_SETTING  # its row in the settings table
CARD_FORMAT = 1
MAX_PEOPLE = 5
MAX_REMINDERS = 4
PHOTO_SIDE = 900  # longest side of the card's photo: keeps each save of the card small


@dataclass(frozen=True)
class Contact:
    """Someone the person could reach out to, and how (a number, a place, a way)."""

    name: str = ""
    reach: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.name.strip() or self.reach.strip())


@dataclass(frozen=True)
class SafetyCard:
    """Everything on the card; empty strings mean "not written yet".

    `photo` holds the bytes of a picture that came in through the validating import
    (`imaging.importer.import_image`), so it is already clean; None when there is none.
    """

    people: tuple[Contact, ...] = ()
    crisis_line: str = ""
    when_it_leaks: str = ""
    reminders: tuple[str, ...] = ()
    photo: bytes | None = field(default=None, repr=False)

    @property
    def is_empty(self) -> bool:
        return (
            all(person.is_empty for person in self.people)
            and not self.crisis_line.strip()
            and not self.when_it_leaks.strip()
            and not any(text.strip() for text in self.reminders)
            and self.photo is None
        )

    def with_photo(self, photo: bytes | None) -> SafetyCard:
        return replace(self, photo=photo)

    def to_json(self) -> bytes:
        payload = {
            "format": CARD_FORMAT,
            "people": [{"name": p.name, "reach": p.reach} for p in self.people[:MAX_PEOPLE]],
            "crisis_line": self.crisis_line,
            "when_it_leaks": self.when_it_leaks,
            "reminders": list(self.reminders[:MAX_REMINDERS]),
            "photo": base64.b64encode(self.photo).decode("ascii") if self.photo else None,
        }
        return json.dumps(payload, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> SafetyCard:
        """Read a stored card; raises ValueError when it is not one."""
        payload = json.loads(data.decode("utf-8"))
        if not isinstance(payload, dict):
            raise ValueError("a safety card is a JSON object")
        people = tuple(
            Contact(_text(p.get("name")), _text(p.get("reach")))
            for p in _list(payload.get("people"))[:MAX_PEOPLE]
            if isinstance(p, dict)
        )
        photo = payload.get("photo")
        return cls(
            people=people,
            crisis_line=_text(payload.get("crisis_line")),
            when_it_leaks=_text(payload.get("when_it_leaks")),
            reminders=tuple(_text(r) for r in _list(payload.get("reminders"))[:MAX_REMINDERS]),
            photo=base64.b64decode(photo, validate=True) if isinstance(photo, str) else None,
        )


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def load_card(library: Library) -> SafetyCard:
    """The stored card, or an empty one when none was written (or it cannot be read:
    the person then sees an empty card rather than a message about storage)."""
    try:
        stored = library.private_setting(CARD_SETTING)
        return SafetyCard.from_json(stored.encode("utf-8")) if stored else SafetyCard()
    except (ValueError, binascii.Error, zlib.error, TypeError):
        return SafetyCard()


def save_card(library: Library, card: SafetyCard) -> None:
    """Keep `card`, replacing the one before; only codec output reaches the database."""
    library.set_private_setting(CARD_SETTING, card.to_json().decode("utf-8"))
