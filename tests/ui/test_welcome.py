"""The first-run welcome: calm words, shown once (a marker in the data folder), again
from Help → Welcome…; how the app will be used sets what the guide offers first, and a
text size applies to every window. Its safety strip and keys are checked with every
other dialog (tests/ui/test_safety_everywhere.py)."""

from __future__ import annotations

import stat

import pytest
from guide_helpers import panel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from containerstudio.ui.kit import preferences
from containerstudio.ui.safety.strip import strip_of
from containerstudio.ui.welcome.dialog import WelcomeDialog
from containerstudio.ui.welcome.feature import GREET_AFTER_MS
from containerstudio.ui.welcome.first_run import WELCOME_FILE, read_choices


@pytest.fixture(autouse=True)
def _text_size_restored(qapp):
    font = qapp.font()
    yield
    qapp.setFont(font)
    qapp.setStyleSheet(qapp.styleSheet())


def _greeted(qtbot, window) -> WelcomeDialog:
    window.welcome.greet_on_first_run()
    qtbot.waitUntil(lambda: window.welcome.dialog is not None, timeout=5000)
    dialog = window.welcome.dialog
    qtbot.waitExposed(dialog)
    return dialog


def _texts(dialog) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def _offered(window) -> tuple[str, int]:
    p = panel(window)
    return p.packs[p.pack_box.currentIndex()].id, p.minutes.value()


def test_a_first_start_greets_once_with_the_calm_words(open_window, qtbot, data_dir) -> None:
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    dialog = _greeted(qtbot, window)
    words = _texts(dialog)
    for phrase in ("a quiet place to draw", "stays on this computer", "optional", "To stop"):
        assert phrase in words, phrase
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    assert strip_of(dialog) is not None and strip_of(dialog).isVisible()
    assert dialog.begin_button.isDefault() and dialog.begin_button.accessibleName()
    assert all(
        b.accessibleName() for b in (*dialog.use_buttons.values(), *dialog.size_buttons.values())
    )
    assert not (data_dir / WELCOME_FILE).exists(), "nothing written before it closes"
    qtbot.mouseClick(dialog.begin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.welcome.dialog is None)
    marker = data_dir / WELCOME_FILE
    assert marker.exists() and stat.S_IMODE(marker.stat().st_mode) == 0o600
    window.close()

    again = open_window()
    again.welcome.greet_on_first_run()
    qtbot.wait(GREET_AFTER_MS + 300)  # a greeting would have come by now
    assert again.welcome.dialog is None
    assert not any(
        isinstance(w, WelcomeDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_a_window_made_without_the_greeting_never_shows_it(open_window, qtbot, data_dir) -> None:
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    qtbot.wait(GREET_AFTER_MS + 300)
    assert window.welcome.dialog is None and not (data_dir / WELCOME_FILE).exists()


def test_how_it_is_used_sets_the_guides_first_offer(open_window, qtbot, data_dir) -> None:
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    qtbot.waitUntil(lambda: bool(panel(window).packs), timeout=10000)
    dialog = _greeted(qtbot, window)
    dialog.use_buttons["group"].click()
    dialog.begin_button.click()
    qtbot.waitUntil(lambda: window.welcome.dialog is None)
    assert _offered(window) == ("container-group", 40)  # the group pack, its own length
    assert read_choices(data_dir).use.key == "group"

    help_menu = window.services.menu("help")
    action = next(a for a in help_menu.actions() if a.text() == "Welcome…")
    action.trigger()
    dialog = window.welcome.dialog
    assert dialog is not None and dialog.use_buttons["group"].isChecked()
    dialog.use_buttons["therapist"].click()
    dialog.begin_button.click()
    assert _offered(window) == ("container", 45)
    action.trigger()
    window.welcome.dialog.use_buttons["own"].click()
    window.welcome.dialog.begin_button.click()
    assert _offered(window) == ("container", 0)  # no set length: no clock at all

    reopened = open_window(data_dir)  # the next start offers the same
    qtbot.waitUntil(lambda: bool(panel(reopened).packs), timeout=10000)
    assert _offered(reopened) == ("container", 0)


def test_the_text_size_applies_to_every_window_and_is_kept(open_window, qtbot, data_dir) -> None:
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    base = QApplication.font().pointSizeF()
    words = window.status_label
    dialog = _greeted(qtbot, window)
    dialog.size_buttons["largest"].click()
    dialog.begin_button.click()
    qtbot.waitUntil(lambda: window.welcome.dialog is None)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.45, abs=0.1)
    qtbot.waitUntil(lambda: words.font().pointSizeF() == pytest.approx(base * 1.45, abs=0.1))
    assert read_choices(data_dir).text_size == "largest"
    # One text size: the welcome's choice is the one Settings shows and keeps.
    assert preferences.current().text_scale == 145
    assert preferences.read_preferences(data_dir).text_scale == 145
    window.welcome.show_welcome().size_buttons["standard"].click()
    window.welcome.dialog.begin_button.click()
    assert QApplication.font().pointSizeF() == pytest.approx(base, abs=0.1)


def test_closing_the_welcome_any_way_counts_as_shown(open_window, qtbot, data_dir) -> None:
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    dialog = _greeted(qtbot, window)
    dialog.size_buttons["larger"].click()
    dialog.reject()  # Escape or its close button: nothing changes, it is not shown again
    qtbot.waitUntil(lambda: window.welcome.dialog is None)
    assert read_choices(data_dir).text_size == "standard"


def test_closing_the_window_closes_the_welcome_too(open_window, qtbot) -> None:
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    dialog = _greeted(qtbot, window)
    window.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())
