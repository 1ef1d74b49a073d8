"""The theme, the language and the preferences in use are each one `AppChoice` record,
made once: `changed` tells only a real change, and a choice is remembered only in a
data folder that is there."""

from __future__ import annotations

import pytest

from containerstudio.ui.kit import preferences, theme, translations
from containerstudio.ui.kit.app_choice import AppChoice


@pytest.mark.parametrize("module", [theme, preferences, translations], ids=lambda m: m.__name__)
def test_each_choice_in_use_is_one_record_made_once(qapp, module):
    state = module.current_state()
    assert isinstance(state, AppChoice)
    assert module.current_state() is state


def test_changed_tells_only_a_real_change(qapp):
    choice = AppChoice("en")
    heard: list[object] = []
    choice.changed.connect(heard.append)
    choice.take("en")
    choice.take("es")
    choice.take("es")
    assert heard == ["es"] and choice.value == "es"


def test_the_theme_menu_hears_a_switch_once(qapp):
    heard: list[object] = []
    theme.current_state().changed.connect(heard.append)
    try:
        theme.apply_theme(qapp, theme.CALM_DARK)
        theme.apply_theme(qapp, theme.CALM_DARK)
    finally:
        theme.current_state().changed.disconnect(heard.append)
    assert heard == [theme.CALM_DARK] and theme.current() is theme.CALM_DARK


def test_a_choice_is_remembered_only_in_a_folder_that_is_there(tmp_path):
    choice = AppChoice(0)
    assert choice.folder() is None
    choice.data_dir = tmp_path / "gone"
    assert choice.folder() is None
    choice.data_dir = tmp_path
    assert choice.folder() == tmp_path
