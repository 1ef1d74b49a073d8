"""Ground me's small things: the pacer's Start says Stop while it runs (to the eye and
to a screen reader), and the list of exercises is as tall as its rows (it was a large
empty white field below four names)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from containerstudio.flow.packs import load_packs, shipped_prompts_dir
from containerstudio.ui.safety.grounding_dialog import GroundingDialog


@pytest.fixture
def ground_me(qtbot):
    grounding = next(p for p in load_packs(shipped_prompts_dir()).packs if p.id == "grounding")
    dialog = GroundingDialog(grounding, False, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.close()


def test_start_becomes_stop_while_the_pacer_runs(qtbot, ground_me) -> None:
    dialog = ground_me
    row = next(
        i
        for i in range(dialog.exercises.count())
        if dialog.pages.widget(i).isAncestorOf(dialog.pacer)
    )
    dialog.exercises.setCurrentRow(row)
    button = dialog.start_button
    assert button is not None and button.isVisible()
    assert (button.text(), button.accessibleName()) == ("Start", "Start the breathing guide")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.pacer.running
    assert (button.text(), button.accessibleName()) == ("Stop", "Stop the breathing guide")
    assert button.sizeHint().width() <= button.width()  # the longer word fits
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.pacer.running
    assert (button.text(), button.accessibleName()) == ("Start", "Start the breathing guide")


def test_the_list_of_exercises_is_as_tall_as_its_rows(qtbot, ground_me) -> None:
    dialog = ground_me
    listing = dialog.exercises
    assert listing.count() >= 3 and listing.isVisible()
    rows = [listing.visualItemRect(listing.item(i)) for i in range(listing.count())]
    viewport = listing.viewport().rect()
    assert all(viewport.contains(r) for r in rows), "every exercise in view, no scrolling"
    empty_below = viewport.height() - rows[-1].bottom()
    assert empty_below <= 6, f"{empty_below} px of empty list below the last exercise"
    dialog.resize(dialog.width(), dialog.height() + 200)  # taller: the list stays its size
    qtbot.waitUntil(lambda: dialog.pages.height() > listing.height() + 200)
    assert listing.viewport().height() - rows[-1].bottom() <= 6


def test_one_exercise_needs_no_list(qtbot) -> None:
    dialog = GroundingDialog(None, True, None)  # no grounding pack: one gentle exercise
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.exercises.isVisible()
    assert dialog.pages.currentWidget().isVisible()
    dialog.close()
