"""Acceptance 6, on screen: counts in their real plural forms, the grounding texts as
shown without slips, and "You might use" names that take the person to what they name."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from guide_helpers import add_slip, click, panel
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from containerstudio.flow import find_pack, load_packs, shipped_prompts_dir
from containerstudio.flow.wording import find_wording_slips, minute_figures, step_counts
from containerstudio.resources import resources_dir
from containerstudio.ui.kit.translations import install_translations
from containerstudio.ui.safety.grounding_dialog import GroundingDialog

ROOT = Path(__file__).resolve().parents[2]
TS = resources_dir() / "translations" / "containerstudio_en.ts"


def _numerus_calls() -> set[tuple[str, str]]:
    """(class, text) of every tr("… %n …", "", count) in the app's code."""
    found = set()
    for path in (ROOT / "containerstudio").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                text = call.args[0] if call.args else None
                if (
                    name == "tr"
                    and len(call.args) == 3
                    and isinstance(text, ast.Constant)
                    and "%n" in str(text.value)
                ):
                    found.add((cls.name, text.value))
    return found


def _english_forms() -> dict[tuple[str, str], list[str]]:
    forms = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms[(name, message.findtext("source"))] = [
                f.text or "" for f in translation.iter("numerusform")
            ]
    return forms


def test_every_count_has_english_plural_forms():
    calls = _numerus_calls()
    assert ("SlipsWidget", "Inside: %n slip(s)") in calls
    forms = _english_forms()
    for key in calls:
        assert key in forms, f"{key} has no English plural forms in {TS.name}"
        one, many = forms[key]
        # The one form may say its count as an article ("a photo", issue 16's canvas words).
        said_one = "%n" in one or one.split(" ")[0] in ("a", "an")
        assert "(s)" not in one + many and said_one and "%n" in many, key


def test_the_shipped_plurals_are_compiled_and_current(tmp_path, qapp):
    compiled = tmp_path / "en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run make translations"
    assert install_translations(qapp) is install_translations(qapp)  # installed once
    translate = QCoreApplication.translate
    assert translate("SlipsWidget", "Inside: %n slip(s)", "", 1) == "Inside: 1 slip"
    assert translate("SlipsWidget", "Inside: %n slip(s)", "", 3) == "Inside: 3 slips"


def test_slips_and_the_overview_count_in_real_plurals(open_window):
    window = open_window()
    p = panel(window)
    qtext = p.overview_time.text()
    container = next(x for x in load_packs(shipped_prompts_dir()).packs if x.id == "container")
    assert (
        qtext
        == f"{len(container.steps)} steps, about {round(container.total_minutes)} minutes in all."
    )
    assert p.summary.text() == container.summary and not re.search(r"\bsteps\b", p.summary.text())
    # Said once: no other words of the opening screen count the steps or the minutes.
    shown = [label.text() for label in p.overview_page.findChildren(QLabel) if label.isVisible()]
    assert [text for text in shown if step_counts(text)] == [qtext]
    assert [text for text in shown if minute_figures(text)] == [qtext]
    click(p.start_button)
    while window.guide.controller.session.current_step.kind != "slips":
        click(p.skip_button)
    add_slip(window, "one small thing")
    assert p.slips.inside_label.text() == "Inside: 1 slip"
    add_slip(window, "another")
    assert p.slips.inside_label.text() == "Inside: 2 slips"


def test_grounding_texts_as_shown_read_without_slips(qtbot, qapp):
    grounding = find_pack(load_packs(shipped_prompts_dir()).packs, "grounding", "en")
    dialog = GroundingDialog(grounding, True, None)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert any("Or five things you like to look at." in text for text in texts)
    assert len(texts) > 10
    for text in texts:
        assert find_wording_slips(text) == [], text


def _suggestion(window, tool: str) -> QPushButton:
    buttons = [
        b
        for b in panel(window).body.findChildren(QPushButton, f"suggested_{tool}")
        if b.isVisible()
    ]
    assert len(buttons) == 1, f"no suggested {tool} on this step"
    assert buttons[0].accessibleName()
    return buttons[0]


def _go_to(window, step_id: str) -> None:
    p = panel(window)
    if p.stack.currentWidget() is p.overview_page:
        click(p.start_button)
    while window.guide.controller.session.current_step.id != step_id:
        click(p.skip_button)


def test_a_suggested_tool_name_picks_that_tool(open_window):
    window = open_window()
    _go_to(window, "outside")
    assert "You might use:" in [label.text() for label in panel(window).body.findChildren(QLabel)]
    for tool, canvas_tool in (("marker", "marker"), ("eraser", "eraser"), ("shapes", "rect")):
        click(_suggestion(window, tool))
        assert window.tool_settings.state.tool == canvas_tool
        assert window.tool_panel.tool_actions[canvas_tool].isChecked()  # the panel shows it
    click(_suggestion(window, "text"))
    assert window.tool_settings.state.tool == "text"


def test_a_suggested_panel_name_shows_that_panel(open_window, monkeypatch):
    window = open_window()
    artwork, history = window.studio.artwork, window.studio.history
    history.raise_()
    QApplication.processEvents()
    assert artwork.visibleRegion().isEmpty()  # the History panel is in front
    _go_to(window, "choose-container")
    button = _suggestion(window, "templates")
    assert button.text() == "Container shapes"
    click(button)
    assert not artwork.visibleRegion().isEmpty() and history.visibleRegion().isEmpty()
    assert artwork.tabs.currentWidget() is artwork.templates
    history.raise_()
    QApplication.processEvents()
    assert artwork.visibleRegion().isEmpty()
    _go_to(window, "outside")
    click(_suggestion(window, "stickers"))
    assert not artwork.visibleRegion().isEmpty() and history.visibleRegion().isEmpty()
    assert artwork.tabs.currentWidget() is artwork.stickers
    asked = []
    monkeypatch.setattr(window.studio.photos, "choose_files", lambda parent: asked.append(parent))
    click(_suggestion(window, "photos"))
    assert asked == [window]  # the photo picker, as "Add photo…" opens it
