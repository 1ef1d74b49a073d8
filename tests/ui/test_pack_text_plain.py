"""Acceptance (issue 13, point 3, app side): pack texts are shown as plain text everywhere,
and a pack set aside is named in the notice with its file and line.

A pack with HTML in every text field is run in the real main window through the guide:
every label showing pack text is PlainText and shows the angle brackets themselves, so no
heading, style, local image or link is ever rendered.
"""

from __future__ import annotations

from guide_helpers import click, panel, session
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from containerstudio.flow import find_judging_words, load_pack
from containerstudio.ui.safety.grounding_dialog import GroundingDialog

HTML = '<h1 style="color:red">X</h1><img src="file:///etc/passwd"><a href="https://example.org">link</a>'


def _q(text: str) -> str:
    """A TOML literal string (single quotes: the HTML's double quotes stay as they are)."""
    return f"'{text}'"


def html_pack() -> str:
    h = _q(HTML)
    return f"""
schema_version = 1
id = "html-everywhere"
language = "en"
title = {_q("HTML pack " + HTML)}
summary = {h}
audience = "individual"

[[step]]
id = "intro"
kind = "intro"
title = {h}
minutes = 1
text = {h}
prompts = [{h}, {_q("second " + HTML)}]

[[step]]
id = "check"
kind = "checkin"
title = {_q("check " + HTML)}
minutes = 1
text = {h}
scale_low = {_q("low " + HTML)}
scale_high = {_q("high " + HTML)}

[[step]]
id = "close"
kind = "close"
title = {_q("close " + HTML)}
minutes = 1
text = {h}
choices = [{_q("shelf & " + HTML)}]

[[step]]
id = "senses"
kind = "grounding"
exercise = "senses"
title = {_q("senses " + HTML)}
minutes = 1
text = {h}
prompts = [{h}]

[[step.senses]]
count = 3
sense = "hear"
invitation = {_q("hear " + HTML)}
alternative = {_q("or " + HTML)}
"""


def _pack_labels(widget) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if "<h1" in label.text()]


def _assert_plain(labels: list[QLabel]) -> None:
    assert labels
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
        assert '<h1 style="color:red">X</h1>' in label.text()
        assert label.openExternalLinks() is False


def _visible_pack_labels(window) -> list[QLabel]:
    return [label for label in _pack_labels(panel(window)) if label.isVisibleTo(panel(window))]


def test_html_in_every_text_field_is_shown_literally(open_window, data_dir, qtbot):
    own = data_dir / "prompts"
    own.mkdir()
    (own / "html-everywhere.en.toml").write_text(html_pack(), encoding="utf-8")
    window = open_window()
    p = panel(window)
    titles = [p.pack_box.itemText(i) for i in range(p.pack_box.count())]
    assert "HTML pack " + HTML in titles, "the pack loads: HTML is only text"
    p.pack_box.setCurrentIndex(titles.index("HTML pack " + HTML))
    QApplication.processEvents()
    _assert_plain(_visible_pack_labels(window))  # the summary
    assert p.summary.text() == HTML
    p.minutes.setValue(0)
    click(p.start_button)
    qtbot.waitUntil(lambda: session(window) is not None and session(window).started)
    seen_steps = []
    while not session(window).finished:
        step = session(window).current_step
        seen_steps.append(step.id)
        QApplication.processEvents()
        labels = _visible_pack_labels(window)
        _assert_plain(labels)
        texts = [label.text() for label in labels]
        assert step.title in texts and step.text in texts
        for prompt in step.prompts:
            assert "· " + prompt in texts
        if step.kind == "checkin":
            assert step.scale_low in texts and step.scale_high in texts
        if step.kind == "close":
            (choice,) = [
                b for b in p.body.findChildren(QPushButton) if b.accessibleName() == step.choices[0]
            ]
            assert choice.text() == step.choices[0].replace("&", "&&")
        click(p.next_button)
    assert seen_steps == ["intro", "check", "close", "senses"]


def test_grounding_dialog_shows_pack_text_literally(open_window, tmp_path):
    path = tmp_path / "html-everywhere.en.toml"
    path.write_text(html_pack(), encoding="utf-8")
    window = open_window()
    dialog = GroundingDialog(load_pack(path), True, window)
    try:
        labels = _pack_labels(dialog)
        _assert_plain(labels)
        texts = [label.text() for label in labels]
        assert "senses " + HTML in texts and HTML in texts
        assert any(text.startswith("3 · hear <h1") for text in texts)
    finally:
        dialog.close()
        dialog.deleteLater()


def test_a_set_aside_pack_is_named_with_its_line_in_the_notice(open_window, data_dir):
    own = data_dir / "prompts"
    own.mkdir()
    deep = 'schema_version = 1\nid = "deep"\n' + "a" + ".a" * 40_000 + " = 1\n"
    (own / "deep.en.toml").write_text(deep, encoding="utf-8")
    typo = (
        html_pack()
        .replace('id = "html-everywhere"', 'id = "typo"')
        .replace('kind = "checkin"', 'kind = "check-in"')
    )
    (own / "typo.en.toml").write_text(typo, encoding="utf-8")
    window = open_window()
    notice = panel(window).notice
    assert notice.isVisible() and notice.textFormat() == Qt.TextFormat.PlainText
    text = notice.text()
    assert "deep.en.toml, line 3" in text
    kind_line = typo.splitlines().index('kind = "check-in"') + 1
    assert f"typo.en.toml, line {kind_line}, step “check”, field “kind”" in text
    assert not find_judging_words(text)


def test_a_version_named_after_a_step_and_its_note_are_shown_literally(open_window):
    """Step titles name automatic versions; the viewer shows name and note as plain text."""
    from containerstudio.model.document import ContainerDocument
    from containerstudio.ui.versions.dialogs import VersionViewDialog

    window = open_window()
    dialog = VersionViewDialog(ContainerDocument(), HTML, "note " + HTML, window)
    try:
        labels = _pack_labels(dialog)
        _assert_plain(labels)
        assert sorted(label.text() for label in labels) == sorted([HTML, "note " + HTML])
    finally:
        dialog.close()
        dialog.deleteLater()
