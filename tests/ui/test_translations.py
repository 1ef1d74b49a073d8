"""The catalogues and the language setting: every text of the code is in each catalogue
(lupdate finds nothing more), Spanish is complete with real plural forms, the compiled
files are current, and the choice follows the system until one is made and kept."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMenu

from containerstudio.cli.main import main
from containerstudio.export.paper_box import export_paper_container
from containerstudio.model.document import ContainerDocument
from containerstudio.resources import resources_dir
from containerstudio.ui.export import pdf_words
from containerstudio.ui.kit import language_menu, translations
from containerstudio.ui.kit.translations import (
    apply_language,
    apply_saved_language,
    available_languages,
    current_language,
    saved_choice,
    set_language,
    translator_for,
)

ROOT = Path(__file__).resolve().parents[2]
FOLDER = resources_dir() / "translations"
sys.path.insert(0, str(ROOT / "scripts"))
import translations as catalogue  # noqa: E402  (scripts/translations.py)

sys.path.pop(0)
PLACEHOLDER = re.compile(r"%[sdn%p]|\{\w+\}")


def _messages(language: str) -> dict[tuple[str, str], ET.Element]:
    found = {}
    root = ET.parse(FOLDER / f"containerstudio_{language}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name"), message.findtext("source"))] = message
    return found


def test_the_catalogues_hold_every_text_lupdate_finds(tmp_path):
    ours = {(t.context, t.source) for t in catalogue.all_texts()}
    assert ("SafetyControls", "Ground me") in ours  # `tr = self.tr`, which lupdate misses
    assert ("ProblemTexts", "This pack") in ours  # a module's _tr helper
    assert ("ToolPanel", "Soft brush") in ours and ("Artwork", "Padlock") in ours  # registries
    assert ("PauseScreen", "Resume") in ours  # inherited from CoverWidget: its own context
    assert ("SafetyControls", "Notes") in ours  # tr(DEFAULT_HIDE_TITLE), a named constant
    assert ("Tools", "Stroke") in ours  # _tr(spec.step_name if … else "Stroke")
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    ts = tmp_path / "lupdate.ts"
    files = [str(p) for p in (ROOT / "containerstudio").rglob("*.py")]
    subprocess.run([str(lupdate), *files, "-ts", str(ts)], check=True, capture_output=True)
    theirs = set()
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            theirs.add((context.findtext("name"), message.findtext("source")))
    assert len(theirs) > 400
    our_sources = {source for _, source in ours}
    # lupdate names a context it cannot tell ("", "parent") by the text alone.
    missed = {
        (c, s)
        for c, s in theirs
        if ((c, s) not in ours if c not in ("", "parent") else s not in our_sources)
    }
    assert missed == set()
    assert _messages("es").keys() == ours, "run make translations"
    assert _messages("ar").keys() == ours, "run make translations"


def test_spanish_is_complete_with_real_plurals_and_the_same_placeholders():
    messages = _messages("es")
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation.get("type") is None, f"unfinished: {context} {source!r}"
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if message.get("numerus") == "yes":
            assert len(forms) == 2 and all("%n" in f for f in forms), source
            assert forms[0] != forms[1], source  # "1 papelito", "2 papelitos"
        else:
            forms = [translation.text or ""]
            assert forms[0].strip(), source
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), form
    arabic = [m for m in _messages("ar").values() if m.find("translation").get("type") is None]
    assert len(arabic) > 100  # the main window, the tool rail, its menus


def test_the_compiled_catalogues_are_current(tmp_path):
    written = catalogue.compile_all(tmp_path)
    assert {p.name for p in written} >= {f"containerstudio_{c}.qm" for c in ("en", "es", "ar")}
    for fresh in written:
        assert fresh.read_bytes() == (FOLDER / fresh.name).read_bytes(), "run make qm"
    assert [language.code for language in available_languages()] == ["en", "es", "ar"]


def test_spanish_counts_dates_and_numbers(qapp):
    apply_language(qapp, "es")
    try:
        translate = QCoreApplication.translate
        assert translate("SlipsWidget", "Inside: %n slip(s)", "", 1) == "Dentro: 1 papelito"
        assert translate("SlipsWidget", "Inside: %n slip(s)", "", 3) == "Dentro: 3 papelitos"
        assert translate("StepPanel", "%n step(s)", "", 11) == "11 pasos"
        import datetime as dt

        day = dt.date(2026, 12, 2)
        assert translations.format_date(day, long=True) == "miércoles, 2 de diciembre de 2026"
        assert translations.format_moment(dt.datetime(2026, 3, 5, 14, 7)) == "5 mar 2026, 14:07"
        assert translations.format_number(12345.5, 1) == "12.345,5"
        assert QLocale().language() == QLocale.Language.Spanish
    finally:
        apply_language(qapp, "en")
    english = translations.format_date(dt.date(2026, 12, 2), long=True)
    assert "Wednesday" in english and "December" in english


def test_the_choice_follows_the_system_until_one_is_kept(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(translations.QLocale, "system", lambda: QLocale("es_MX"))
    assert translations.system_language() == "es"  # its base language
    assert saved_choice(tmp_path) == "system"
    try:
        assert apply_saved_language(qapp, tmp_path) == "es"
        assert current_language() == "es"
        assert set_language(qapp, "en") is False  # no window shown: applies at once
        assert current_language() == "en"
        assert (tmp_path / "language").read_text() == "en\n"
        assert oct((tmp_path / "language").stat().st_mode & 0o777) == "0o600"
        assert apply_saved_language(qapp, tmp_path) == "en"  # the kept choice wins
        (tmp_path / "language").write_text("klingon\n")
        assert saved_choice(tmp_path) == "system"  # an unknown word: the system's again
        with pytest.raises(ValueError):
            set_language(qapp, "xx")
    finally:
        translations.current_state().data_dir = None
        apply_language(qapp, "en")


def test_view_language_keeps_the_choice_for_the_next_start(open_window, data_dir, monkeypatch):
    window = open_window()
    translations.current_state().data_dir = data_dir
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    menu = view.findChild(QMenu, "language_menu")
    assert menu is not None and menu.menuAction() in view.actions()
    names = [a.text() for a in menu.actions() if a.text()]
    assert names == ["Follow the system", "English", "Español", "العربية"]
    told = []
    monkeypatch.setattr(language_menu, "tell", lambda parent, title, text: told.append(text))
    menu.actions_by_choice["es"].trigger()
    QApplication.processEvents()
    assert (data_dir / "language").read_text() == "es\n"
    assert current_language() == "en"  # the open window stays in one language
    assert told == [
        "Container Studio will speak Español from its next start. Everything here stays as it is."
    ]
    assert menu.actions_by_choice["es"].isChecked()


def test_spanish_worksheets_and_paper_container(qapp, tmp_path):
    out = tmp_path / "hojas.pdf"
    assert main(["worksheet", "container", "--language", "es", "--out", str(out)]) == 0
    pages = pypdf.PdfReader(str(out)).pages
    first = " ".join((pages[0].extract_text() or "").split())
    assert "El contenedor · Paso 1 de 11" in first and "Qué puedes esperar" in first
    spanish = translator_for("es", pdf_words.CONTEXT)
    assert pdf_words.worksheet_labels(spanish).step_of == "Paso {n} de {m}"
    apply_language(qapp, "es")
    try:
        texts = pdf_words.paper_texts()
    finally:
        apply_language(qapp, "en")
    box = tmp_path / "caja.pdf"
    export_paper_container(box, ContainerDocument(), texts=texts)
    text = " ".join(
        " ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(box)).pages).split()
    )
    assert "Tu contenedor de papel: la caja" in text and "1. Recorta por las líneas" in text
    assert "Your paper container" not in text and "Cut along" not in text


def test_the_command_line_prints_a_session_pdf_in_spanish(open_window, data_dir, tmp_path):
    window = open_window()
    window.work.wait()
    cid = window.current.container_id
    out = tmp_path / "sesion.pdf"
    d = ["--data-dir", str(data_dir)]
    assert main([*d, "export", str(cid), "--language", "es", "--out", str(out)]) == 0
    text = " ".join(
        " ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(out)).pages).split()
    )
    assert re.search(r"\b\d{1,2} de [a-z]+ de \d{4}\b", text), text  # its date, in Spanish
