"""Issue 16: the Settings dialog. Each choice applies at once, is kept in the data
folder (like the theme) and is what the next start reads; the defaults it sets are
what the export dialog and the guide offer first."""

from __future__ import annotations

from guide_helpers import panel
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from containerstudio.ui.kit import preferences
from containerstudio.ui.kit.theme import current, current_state
from containerstudio.ui.safety.controls import REDUCED_MOTION_KEY
from containerstudio.ui.settings.dialog import SettingsDialog
from containerstudio.ui.settings.language import LanguageChoices


def _open_settings(window, qtbot) -> SettingsDialog:
    qtbot.waitUntil(lambda: window.settings.action.isEnabled())
    QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog))
    return QApplication.activeModalWidget()


def test_each_setting_applies_at_once_and_is_kept(open_window, qtbot, data_dir, qapp):
    preferences.current_state().data_dir = data_dir  # as app.py sets it at start-up
    current_state().data_dir = data_dir
    window = open_window()
    base = qapp.font().pointSizeF()
    dialog = _open_settings(window, qtbot)
    assert dialog.folder.text() == str(data_dir) and dialog.folder.isReadOnly()

    dialog.text_size.setValue(150)
    assert abs(qapp.font().pointSizeF() - base * 1.5) < 0.11
    dialog.large_targets.setChecked(True)
    assert "min-height: 44px" in qapp.styleSheet()
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("letter"))
    dialog.session_minutes.setValue(25)
    dialog.theme.setCurrentIndex(dialog.theme.findData("high-contrast"))
    assert current().key == "high-contrast"
    dialog.reduced_motion.setChecked(not dialog.reduced_motion.isChecked())
    wanted_motion = "1" if dialog.reduced_motion.isChecked() else "0"
    assert window.guide.safety.reduced_motion_action.isChecked() == (wanted_motion == "1")
    dialog.hide_title.setFocus()
    dialog.hide_title.selectAll()
    QTest.keyClicks(dialog.hide_title, "Shopping list")
    QTest.keyClick(dialog.close_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert window.guide.safety.hide_title == "Shopping list"
    assert window.library.setting(REDUCED_MOTION_KEY) == wanted_motion
    kept = preferences.read_preferences(data_dir)
    assert kept == preferences.Preferences(150, True, "letter", 25)
    assert (data_dir / preferences.PREFERENCES_FILE).stat().st_mode & 0o777 == 0o600
    assert (data_dir / "theme").read_text().strip() == "high-contrast"
    # The defaults are what the guide and the export dialog offer first.
    window.guide.panel.show_overview(window.guide.panel.packs)
    assert panel(window).minutes.value() == 25
    window.export_actions.export_pdf()
    qtbot.waitUntil(lambda: window.export_actions.dialog is not None, timeout=10000)
    assert window.export_actions.dialog.page_choice.currentData() == "letter"
    window.export_actions.dialog.close()
    # The next start reads them before its first window.
    preferences.apply_preferences(qapp, preferences.Preferences())
    assert preferences.apply_saved_preferences(qapp, data_dir) == kept
    assert preferences.large_targets() and preferences.target(20) == 44


def test_open_folder_shows_the_data_folder_or_says_it_could_not(open_window, qtbot, data_dir):
    window = open_window()
    opened = []
    dialog = SettingsDialog(
        window, window.guide.safety, data_dir, open_folder=lambda p: opened.append(p) or False
    )
    dialog.open()
    QTest.keyClick(dialog.open_folder_button, Qt.Key.Key_Space)
    assert opened == [data_dir]
    assert dialog.folder_note.isVisible() and "copy" in dialog.folder_note.text()
    dialog.close()


def test_the_language_row_offers_what_it_is_given(open_window, qtbot, data_dir):
    window = open_window()
    chosen = []
    languages = LanguageChoices(
        available=lambda: [("system", "Follow the system"), ("en", "English"), ("es", "Español")],
        current=lambda: "en",
        choose=lambda code: chosen.append(code) or True,
    )
    dialog = SettingsDialog(window, window.guide.safety, data_dir, languages)
    dialog.open()
    assert dialog.language is not None and dialog.language.currentText() == "English"
    dialog.language.setCurrentIndex(2)
    assert chosen == ["es"]
    assert dialog.language_note.isVisible()  # the next start shows it fully, said calmly
    dialog.close()
    plain = SettingsDialog(window, window.guide.safety, data_dir)
    assert plain.language is None  # no languages handed over: no row
    plain.deleteLater()


def test_a_damaged_preferences_file_gives_the_defaults_and_is_left_alone(tmp_path):
    path = tmp_path / preferences.PREFERENCES_FILE
    for content in ('{"text_scale": "huge"', "[1, 2]", '{"text_scale": 900, "page_size": "a9"}'):
        path.write_text(content)
        found = preferences.read_preferences(tmp_path)
        assert path.read_text() == content
        assert found.page_size == "a4" and 100 <= found.text_scale <= 200
    assert preferences.read_preferences(tmp_path / "nowhere") == preferences.Preferences()


def test_the_windows_settings_offer_the_shipped_languages(open_window, qtbot):
    """The shell hands Settings the same choice as View → Language (ui/kit/translations)."""
    from containerstudio.ui.kit import translations

    window = open_window()
    dialog = window.settings.show_settings()
    assert dialog.language is not None
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes[0] == translations.SYSTEM
    assert {"en", "es"} <= set(codes)
    dialog.language.setCurrentIndex(codes.index("es"))
    assert translations.current_choice() == "es"  # remembered for the next start
    assert dialog.language_note.isVisible()  # the open window keeps its words, said calmly
    dialog.close()
