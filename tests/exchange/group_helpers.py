"""Builders for the group session tests: six participants, each in a profile of their
own (some protected by a passcode, some with the lid closed), with marker slip words,
marker inside text and a marker colour drawn only inside each container."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from containerstudio.exchange.portable import gather_container
from containerstudio.exchange.portable_format import write_portable
from containerstudio.model import ContainerDocument
from containerstudio.model.elements import new_id
from containerstudio.model.placed import TextElement
from containerstudio.model.shapes import ShapeElement
from containerstudio.model.slips import Slip
from containerstudio.storage.encryption import enable_encryption
from containerstudio.storage.guided import GuidedStore
from containerstudio.storage.library import Library
from containerstudio.storage.lid import set_lid_closed
from containerstudio.storage.profiles import ProfileBook
from tests.storage.crypto_helpers import FAST_KDF

# Outside colours (what everyone may see) and inside colours (drawn only inside).
OUTSIDE = ["#c0392b", "#2e86c1", "#27ae60", "#8e44ad", "#f1c40f", "#16a085"]
INSIDE = ["#ff00ff", "#00ffff", "#7f00ff", "#ff007f", "#00ff7f", "#7fff00"]
CLOSED = {0, 2, 5}  # these three closed their lids (the sixth brings a file)
PROTECTED = {1, 2}  # these two keep a passcode on their profile


@dataclass(frozen=True)
class Person:
    index: int
    profile_id: str
    container_id: int
    passcode: str | None

    @property
    def slip_word(self) -> str:
        return f"SLIPWORD-P{self.index}-Q7"

    @property
    def inside_word(self) -> str:
        return f"INSIDEWORD-P{self.index}-K3"


def person_doc(index: int) -> ContainerDocument:
    """An outside block in the person's colour and, inside only, a block of their
    inside colour and a line of inside text."""
    doc = ContainerDocument()
    elements = [
        ShapeElement(
            id=new_id(),
            shape="rect",
            points=((100.0, 100.0), (1500.0, 1100.0)),
            color=OUTSIDE[index],
            width=0.0,
            fill=OUTSIDE[index],
        ),
        ShapeElement(
            id=new_id(),
            part="inside",
            shape="rect",
            points=((500.0, 350.0), (1100.0, 850.0)),
            color=INSIDE[index],
            width=0.0,
            fill=INSIDE[index],
        ),
        TextElement(id=new_id(), part="inside", text=f"INSIDEWORD-P{index}-K3", x=200, y=200),
    ]
    doc.load(elements, {})
    return doc


def make_group(data_dir: Path) -> tuple[ProfileBook, list[Person]]:
    """Six profiles, one participant each, every one with a container and a slip."""
    book = ProfileBook(data_dir)
    people = []
    for i in range(6):
        profile = book.add(f"Participant {i + 1}")
        db = book.open_database(profile.id)
        try:
            library = Library(db)
            passcode = f"quiet harbour {i}" if i in PROTECTED else None
            if passcode is not None:
                enable_encryption(library, passcode, FAST_KDF)
            cid = library.create_container(f"Box {i + 1}")
            library.save_working(cid, person_doc(i))
            person = Person(i, profile.id, cid, passcode)
            GuidedStore(library.db, library.codec).save_slip(cid, Slip(text=person.slip_word))
            set_lid_closed(library, cid, i in CLOSED)
            people.append(person)
            library.release_all()
            library.lock()
        finally:
            db.close()
    return book, people


def export_portable(book: ProfileBook, person: Person, target: Path) -> Path:
    """The person's container as a portable file (slips and all, as it travels)."""
    db = book.open_database(person.profile_id)
    try:
        library = Library(db)
        if person.passcode is not None:
            library.unlock(person.passcode)
        target.write_bytes(write_portable(gather_container(library, person.container_id)))
        library.release_all()
        library.lock()
    finally:
        db.close()
    return target


def colour_seen(pages, hex_color: str, tolerance: int = 24, least: int = 20) -> bool:
    """Whether at least `least` pixels on the pages are close to `hex_color`."""
    want = np.array([int(hex_color[i : i + 2], 16) for i in (1, 3, 5)], dtype=np.int16)
    for page in pages:
        pixels = np.asarray(page.convert("RGB"), dtype=np.int16)
        close = np.all(np.abs(pixels - want) <= tolerance, axis=-1)
        if int(close.sum()) >= least:
            return True
    return False
