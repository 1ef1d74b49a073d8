"""Issue 17: a profile's own defaults (exercise, session length, text size) are what its
window offers when its library opens; the person may still change them there."""

from __future__ import annotations

from guide_helpers import panel

from containerstudio.storage.profiles import ProfileBook, ProfileDefaults, write_defaults
from containerstudio.ui.kit import preferences
from containerstudio.ui.profiles import ProfileSwitch, install_profiles


def test_the_profiles_defaults_are_offered_when_it_opens(open_window, qtbot, data_dir):
    first = open_window()
    guide = panel(first)
    qtbot.waitUntil(lambda: guide.stack.currentWidget() is guide.overview_page, timeout=20000)
    packs = list(guide.packs)
    chosen = packs[-1]
    assert guide.pack_box.currentText() != chosen.title  # not what it offers by itself
    first.work.wait()
    write_defaults(
        first.library, ProfileDefaults(session_minutes=30, pack_id=chosen.id, text_size="large")
    )
    first.work.wait()

    # The profile's window: its library opens, and its defaults come with it.
    window = open_window(data_dir)
    install_profiles(window.services, ProfileSwitch(ProfileBook(data_dir), "default"))
    guide = panel(window)
    qtbot.waitUntil(lambda: guide.stack.currentWidget() is guide.overview_page, timeout=20000)
    qtbot.waitUntil(lambda: guide.pack_box.currentText() == chosen.title, timeout=10000)
    assert guide.minutes.value() == 30
    assert preferences.current().text_scale == 120
