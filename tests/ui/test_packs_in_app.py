"""Acceptance (guided exercise 1, app side): broken packs never stop the app; the valid
packs load and the person sees a calm notice."""

from __future__ import annotations

from containerstudio.flow import find_judging_words


def test_app_starts_with_valid_packs_and_a_calm_notice(open_window, data_dir):
    own = data_dir / "prompts"
    own.mkdir()
    (own / "broken.en.toml").write_text('id = "broken"\n[[step]\n', encoding="utf-8")
    (own / "mine.en.toml").write_text(
        'id = "mine"\nlanguage = "en"\ntitle = "My own exercise"\nsummary = "Short."\n'
        'audience = "individual"\nschema_version = 1\n'
        '[[step]]\nid = "one"\ntitle = "One"\ntext = "You might begin."\nkind = "intro"\n'
        "minutes = 1\n",
        encoding="utf-8",
    )
    window = open_window()
    panel = window.guide.panel
    titles = [panel.pack_box.itemText(i) for i in range(panel.pack_box.count())]
    assert "My own exercise" in titles
    assert len(titles) == 4  # three shipped exercises + the therapist's own
    assert panel.notice.isVisible()
    assert "broken.en.toml" in panel.notice.text()
    assert not find_judging_words(panel.notice.text())
