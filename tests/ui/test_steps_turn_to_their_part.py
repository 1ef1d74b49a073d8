"""A step about a part of the container turns the canvas to it ("Lid, lock and key" to
the lid, "Slips inside" to the inside) and the next step about no part turns it back to
where the person was working."""

from __future__ import annotations

from guide_helpers import click, current_step_id, panel


def test_the_lid_and_slips_steps_turn_to_their_part_and_back(open_window) -> None:
    window = open_window()
    settings = window.tool_settings
    p = panel(window)
    click(p.start_button)
    seen: dict[str, str] = {}
    while True:
        seen[current_step_id(window)] = settings.state.part
        if p.next_button.text() != "Next":
            break
        click(p.next_button)
    assert seen["outside"] == "outside"
    assert seen["lid-lock-key"] == "lid"
    assert seen["practice"] == "outside", "back to where the person was working"
    assert seen["slips-inside"] == "inside"
    assert seen["close-and-keep"] == "outside"


def test_a_part_the_person_chose_comes_back_after_the_step(open_window) -> None:
    window = open_window()
    settings = window.tool_settings
    p = panel(window)
    click(p.start_button)
    while current_step_id(window) != "choose-container":
        click(p.next_button)
    settings.set_part("inside")  # the person works on the inside before the lid step
    while current_step_id(window) != "lid-lock-key":
        click(p.next_button)
    click(p.next_button)  # "outside" came in between and turned it; the lid step too
    assert current_step_id(window) == "practice"
    assert settings.state.part == "inside", "their own choice, from before the part steps"
