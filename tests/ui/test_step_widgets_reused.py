"""The step panel makes a step's widgets before the step is shown and shows the same
widgets again on later steps, so Next only shows what exists (a new scale, note and
labels at each Next kept the window from answering for 20–30 ms); each step still
keeps its own answers."""

from __future__ import annotations

from guide_helpers import body_widget, click, current_step_id, panel, session, write_note
from PySide6.QtWidgets import QApplication, QWidget

from containerstudio.model.answers import AnswerKey
from containerstudio.ui.guide.step_widgets import NoteWidget, RatingWidget


def _turn(qtbot) -> None:
    """The turns of the event loop after a step shows (the person reads)."""
    QApplication.processEvents()
    qtbot.wait(20)
    QApplication.processEvents()


def _body_widgets(window) -> dict[int, str]:
    return {id(w): type(w).__name__ for w in panel(window).body.findChildren(QWidget)}


def test_next_shows_widgets_made_while_the_step_before_was_read(open_window, qtbot):
    window = open_window()
    p = panel(window)
    click(p.start_button)
    made_at_next = []
    while p.next_button.text() == "Next":
        _turn(qtbot)
        before = _body_widgets(window)
        p.next_button.click()  # what Next does itself (not the turns after it)
        new = [name for key, name in _body_widgets(window).items() if key not in before]
        made_at_next.append((current_step_id(window), new))
    assert len(made_at_next) >= 8
    assert all(not new for _, new in made_at_next), made_at_next


def test_one_note_serves_every_step_and_each_keeps_its_own_words(open_window, qtbot):
    window = open_window()
    p = panel(window)
    click(p.start_button)
    while current_step_id(window) != "intention":
        click(p.next_button)
    note = body_widget(window, NoteWidget)
    write_note(window, "Hold the week")
    click(p.next_button)  # the words are handed over for "intention", not the next step
    assert session(window).answer("intention", AnswerKey.TEXT) == "Hold the week"
    next_note = body_widget(window, NoteWidget)
    assert next_note is note and next_note.toPlainText() == ""
    assert session(window).answer(current_step_id(window), AnswerKey.TEXT) is None
    click(p.back_button)
    assert body_widget(window, NoteWidget).toPlainText() == "Hold the week"
    visible = [w for w in p.body.findChildren(NoteWidget) if w.isVisible()]
    assert visible == [note]


def test_each_check_in_is_entered_afresh_and_keeps_its_number(open_window, qtbot):
    window = open_window()
    p = panel(window)
    click(p.start_button)
    while current_step_id(window) != "check-in":
        click(p.next_button)
    first = body_widget(window, RatingWidget)
    click(first.buttons[3])
    while not session(window).current_step.offers_rating or current_step_id(window) == "check-in":
        click(p.skip_button)
    later = body_widget(window, RatingWidget)
    assert later is not first and later.value() is None
    assert later.low_label.text() and later.high_label.text()
    while current_step_id(window) != "check-in":
        click(p.back_button)
    assert body_widget(window, RatingWidget) is first and first.value() == 3


def test_begin_shows_the_first_step_without_building_the_opening_screen_again(open_window):
    """Begin goes straight to the first step: the opening screen's list of steps is not
    cleared and filled again on the way (it was, once more, on every Begin)."""
    from shiboken6 import isValid

    window = open_window()
    p = panel(window)
    listed = p.overview_steps.item(0)
    assert listed is not None
    click(p.start_button)
    assert current_step_id(window) == "what-to-expect"
    assert isValid(listed) and p.overview_steps.item(0) is listed
