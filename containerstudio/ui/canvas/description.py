"""The canvas in words, for a screen reader: what `model/describe.py` counts, told.

"Outside: a chest outline, a padlock sticker, 12 soft brush strokes, a photo; Inside:
3 slips (2 folded)". Every phrase goes through Qt's translation with its count, so each
language gives its own plural forms (the English ones are in
`resources/translations/containerstudio_en.ts`).

`CanvasWords` keeps the view's accessible description current: it is worked out again
a moment after the drawing changes (a gesture is one change, so never per pointer
move), when the lid opens or closes, and when the canvas takes the focus (slips are
written in the guide, away from the canvas). The counts follow the document's events
(`ContentTally`), so telling them again never walks the whole drawing.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from containerstudio.model.describe import (
    FILL,
    PHOTO,
    SHAPE,
    SLIP,
    STICKER,
    STROKE,
    TEMPLATE,
    TEXT,
    ContentTally,
    Description,
    Thing,
)
from containerstudio.model.parts import PART_LABELS
from containerstudio.model.tools import TOOLS_BY_ID
from containerstudio.resources import resources_dir
from containerstudio.ui.kit.announce import send

if TYPE_CHECKING:
    from containerstudio.model.slips import Slip
    from containerstudio.ui.canvas.open_container import OpenContainer

SETTLE_MS = 250
"""How long after a change the words are worked out again (changes come in bursts)."""


@cache
def _artwork_labels(collection: str) -> dict[str, str]:
    """English labels of the shipped stickers or templates, by file stem."""
    try:
        data = tomllib.loads((resources_dir() / collection / "index.toml").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    key = "sticker" if collection == "stickers" else "template"
    return {
        str(e.get("file", "")).removesuffix(".svg"): str(e.get("label", ""))
        for e in data.get(key, [])
        if isinstance(e, dict)
    }


def _name_of(thing: Thing) -> str:
    """The translated, lower-case name a phrase puts its count before ("padlock")."""
    if thing.kind in (STICKER, TEMPLATE):
        collection = "stickers" if thing.kind == STICKER else "templates"
        label = _artwork_labels(collection).get(thing.name) or thing.name.replace("-", " ")
        return QCoreApplication.translate("Artwork", label).lower()
    spec = TOOLS_BY_ID.get(thing.name)
    label = spec.label if spec is not None else thing.name
    return QCoreApplication.translate("ToolPanel", label).lower()


def _once(phrase: str) -> str:
    """A word said twice in a row is said once ("a freeform shape shape")."""
    words = phrase.split(" ")
    return " ".join(w for i, w in enumerate(words) if i == 0 or w != words[i - 1])


def _english_article(phrase: str) -> str:
    """English says "an" before a vowel ("an old key sticker"); other languages write
    their own singular forms and are left as they are."""
    if QLocale().language() not in (QLocale.Language.English, QLocale.Language.C):
        return phrase
    if phrase.startswith("a ") and phrase[2:3].lower() in tuple("aeiou"):
        return "an " + phrase[2:]
    return phrase


class DescriptionWords(QObject):
    """The phrases of the description (a QObject only so its texts have a context,
    "DescriptionWords", and real plural forms: `tr(text, "", n)`)."""

    def counted(self, kind: str, n: int) -> str:
        """The phrase for `n` things of `kind` in the language in use ("%1" is the
        thing's name); each a literal, so the translation tools find it."""
        if kind == TEMPLATE:
            return self.tr("%n %1 outline(s)", "", n)
        if kind == STICKER:
            return self.tr("%n %1 sticker(s)", "", n)
        if kind == STROKE:
            return self.tr("%n %1 stroke(s)", "", n)
        if kind == SHAPE:
            return self.tr("%n %1 shape(s)", "", n)
        if kind == TEXT:
            return self.tr("%n piece(s) of writing", "", n)
        if kind == PHOTO:
            return self.tr("%n photo(s)", "", n)
        if kind == FILL:
            return self.tr("%n filled area(s)", "", n)
        if kind == SLIP:
            return self.tr("%n slip(s)", "", n)
        return self.tr("%n other thing(s)", "", n)

    def thing(self, thing: Thing) -> str:
        """One counted thing in words: "a padlock sticker", "12 soft brush strokes"."""
        n = thing.count
        phrase = self.counted(thing.kind, n)
        if thing.kind == SLIP and thing.folded:
            if thing.folded == n:
                return phrase + " " + self.tr("(folded)")
            return phrase + " " + self.tr("(%n folded)", "", thing.folded)
        if "%1" in phrase:
            phrase = _once(phrase.replace("%1", _name_of(thing)))
        return _english_article(phrase)

    def description(self, found: Description) -> str:
        """The whole description: parts joined by "; ", things by ", "."""
        if found.empty:
            return self.tr("The page is empty.")
        told = []
        for part in found.parts:
            label = QCoreApplication.translate("Parts", PART_LABELS.get(part.part, part.part))
            if part.closed:
                said = self.tr("closed (the lid is on)")
            else:
                said = ", ".join(self.thing(t) for t in part.things)
            told.append(self.tr("%1: %2").replace("%1", label).replace("%2", said))
        return "; ".join(told)


def thing_words(thing: Thing) -> str:
    """One counted thing in words (see `DescriptionWords.thing`)."""
    return DescriptionWords().thing(thing)


def description_words(found: Description) -> str:
    """What `found` says, in words (see `DescriptionWords.description`)."""
    return DescriptionWords().description(found)


class CanvasWords(QObject):
    """Keeps `view`'s accessible description saying what the open container holds."""

    def __init__(
        self,
        view: QWidget,
        slips: Callable[[], Iterable[Slip]],
        lid_closed: Callable[[], bool],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.slips = slips
        self.lid_closed = lid_closed
        self.current: OpenContainer | None = None
        self.tally: ContentTally | None = None  # the open container's counts
        self.hint = view.accessibleDescription()  # how to draw there, said after the contents
        self.text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.refresh)
        view.installEventFilter(self)

    def follow(self, current: OpenContainer) -> None:
        """Describe `current` (another container opened), from now on."""
        if self.current is not None and isValid(self.current):
            self.current.doc.events.disconnect(self._on_document_event)
            self.current.scene.sealed_changed.disconnect(self._on_changed)
        self.current = current
        self.tally = ContentTally(current.doc)
        current.doc.events.connect(self._on_document_event)
        current.scene.sealed_changed.connect(self._on_changed)
        self.refresh()

    def _on_document_event(self, event: object) -> None:
        if self.tally is not None:
            self.tally.apply(event)
        self._on_changed()

    def _on_changed(self, _event: object = None) -> None:
        self._timer.start()  # a burst of changes is told once, when it settles

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.FocusIn:
            self.refresh()
        return False

    def refresh(self) -> None:
        """Work the words out now and give them to the view (and to a screen reader)."""
        self._timer.stop()
        if self.current is None or self.tally is None or not isValid(self.view):
            return
        sealed = self.lid_closed() or self.current.scene.sealed
        slips = [] if sealed else list(self.slips())
        text = description_words(self.tally.description(slips, lid_closed=sealed))
        if text == self.text:
            return
        self.text = text
        self.view.setAccessibleDescription(f"{text}\n{self.hint}" if self.hint else text)
        send(QAccessibleEvent(self.view, QAccessible.Event.DescriptionChanged))
