"""Acceptance (issue 16, point 4) on the real window: the canvas tells a screen reader
what is on it, part by part, in words with plural forms, and keeps the inside to itself
while the lid is closed."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from containerstudio.model.commands import AddElement
from containerstudio.model.describe import SLIP, STICKER, STROKE, TEMPLATE, Thing
from containerstudio.model.elements import Stroke, new_id
from containerstudio.model.placed import ImageElement, StickerElement
from containerstudio.model.slips import Slip
from containerstudio.ui.canvas.description import thing_words


def _stroke(part: str, tool: str) -> Stroke:
    return Stroke(id=new_id(), part=part, tool=tool, points=((100, 100, 0.5), (200, 200, 0.5)))


def _push(window, element) -> None:
    window.current.stack.push(AddElement(element, name="scripted"))


def _told(window) -> str:
    return window.canvas.accessibleDescription()


def test_the_canvas_says_what_is_on_each_part(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.canvas is not None)
    assert _told(window).startswith("The page is empty.")
    _push(window, StickerElement(id=new_id(), collection="templates", name="chest"))
    _push(window, StickerElement(id=new_id(), name="padlock"))
    for _ in range(12):
        _push(window, _stroke("outside", "brush"))
    _push(window, ImageElement(id=new_id(), asset=""))
    _push(window, StickerElement(id=new_id(), part="inside", name="old-key"))
    window.guide.controller.state.slips = [Slip(text="a", folded=True) for _ in range(3)]
    expected = (
        "Outside: a chest outline, a padlock sticker, 12 soft brush strokes, a photo; "
        "Inside: an old key sticker, 3 slips (folded)"
    )
    window.canvas.setFocus()  # slips are written in the guide: the canvas looks again
    qtbot.waitUntil(lambda: _told(window).startswith(expected), timeout=3000)
    # What a screen reader is given is the same text, through Qt's accessibility.
    face = QAccessible.queryAccessibleInterface(window.canvas)
    assert face is not None
    assert face.text(QAccessible.Text.Description).startswith(expected)
    assert "Draw" in face.text(QAccessible.Text.Description)  # how to draw stays said


def test_a_closed_lid_keeps_the_inside_unsaid(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.canvas is not None)
    _push(window, _stroke("outside", "pencil"))
    _push(window, _stroke("inside", "marker"))
    window.guide.controller.state.slips = [Slip(text="secret")]
    window.canvas.setFocus()
    qtbot.waitUntil(lambda: "Inside: a marker stroke, 1 slip" in _told(window), timeout=3000)
    window.guide.controller.close_lid()
    qtbot.waitUntil(lambda: "Inside: closed" in _told(window), timeout=3000)
    told = _told(window)
    assert told.startswith("Outside: a pencil stroke; Inside: closed (the lid is on)"), told
    assert "marker" not in told and "slip" not in told


def test_plural_forms_come_from_the_catalogue():
    assert thing_words(Thing(STROKE, "pencil", 1)) == "a pencil stroke"
    assert thing_words(Thing(STROKE, "eraser", 2)) == "2 eraser strokes"
    assert thing_words(Thing(STICKER, "star", 5)) == "5 star stickers"
    assert thing_words(Thing(TEMPLATE, "envelope", 1)) == "an envelope outline"
    assert thing_words(Thing(SLIP, "", 1)) == "1 slip"
    assert thing_words(Thing(SLIP, "", 4, folded=1)) == "4 slips (1 folded)"
    assert thing_words(Thing("shape", "polygon", 1)) == "a freeform shape"


def test_the_words_are_worked_out_per_change_not_per_pointer_move(open_window, qtbot):
    """A stroke of 40 pen moves is one change: the description is told again once."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = open_window()
    qtbot.waitUntil(lambda: window.canvas is not None)
    words = window.canvas_words
    told: list[str] = []
    original = words.refresh

    def counting() -> None:
        told.append("refresh")
        original()

    words.refresh = counting  # the timer and the focus call it through the attribute
    words._timer.timeout.disconnect()
    words._timer.timeout.connect(counting)
    canvas = window.canvas
    canvas.setFocus()
    told.clear()
    QTest.keyClick(canvas, Qt.Key.Key_Space)
    for _ in range(40):
        QTest.keyClick(canvas, Qt.Key.Key_Right)
    QTest.keyClick(canvas, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "pencil stroke" in canvas.accessibleDescription(), timeout=3000)
    assert len(told) == 1, told


def test_telling_again_after_strokes_and_undo_never_walks_the_drawing(open_window, qtbot):
    """Strokes added and undone are counted as they come: the words after each settle
    are right, and the drawing is counted once, when it opened (walking 10,000 strokes
    after every pen release took 60 ms of the UI thread)."""
    window = open_window()
    qtbot.waitUntil(lambda: window.canvas is not None)
    tally = window.canvas_words.tally
    assert tally is not None and tally.recounts == 1
    for _ in range(3):
        _push(window, _stroke("outside", "brush"))
    _push(window, _stroke("outside", "pencil"))
    qtbot.waitUntil(lambda: "a pencil stroke" in _told(window), timeout=3000)
    assert _told(window).startswith("Outside: 3 soft brush strokes, a pencil stroke")
    window.current.stack.undo()
    window.current.stack.undo()
    qtbot.waitUntil(lambda: "2 soft brush strokes" in _told(window), timeout=3000)
    assert _told(window).startswith("Outside: 2 soft brush strokes\n")
    assert window.canvas_words.tally is tally and tally.recounts == 1
