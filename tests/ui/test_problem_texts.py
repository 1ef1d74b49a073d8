"""Acceptance (issue 14, point 8): every core problem kind has a translated UI text.

A translator marks every string it translates for the context "ProblemTexts" (and
changes its letters), so a text that came through it is told from the core's English.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from problem_samples import every_kind, make_problem, sample_data

from containerstudio.ui.kit.problem_texts import CONTEXT, problem_text, texts

OPEN, CLOSE = "⟦", "⟧"
_FIELD = re.compile(r"(\{\w+\})")


class MarkingTranslator(QTranslator):
    """Translates every "ProblemTexts" string into marked, case-swapped text, keeping
    its ``{field}`` places; other contexts are left to the next translator."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def translate(self, context, source, disambiguation=None, n=-1):
        if context != CONTEXT:
            return None  # a null string: Qt asks the next translator, then keeps the source
        self.asked.append(source)
        parts = _FIELD.split(source)
        return OPEN + "".join(p if _FIELD.fullmatch(p) else p.swapcase() for p in parts) + CLOSE

    def isEmpty(self):
        return False


@pytest.fixture
def marking(qapp):
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("kind", every_kind(), ids=lambda kind: f"{type(kind).__name__}.{kind}")
def test_every_kind_is_shown_in_translated_words_with_its_data(marking, kind):
    data = sample_data(kind)
    problem = make_problem(kind, data)
    text = problem_text(problem)
    assert text.startswith(OPEN) and text.endswith(CLOSE), f"not translated: {text!r}"
    words = text.strip(OPEN + CLOSE)
    for value in data.values():
        assert str(value) in words, (value, text)
        words = words.replace(str(value), "")
    assert re.search(r"\w{3}", words), f"no words of its own: {text!r}"
    assert "{" not in text, text
    assert problem.message not in text and problem.message.swapcase() not in text.swapcase()


def test_every_kind_has_a_text_and_no_text_is_left_over(qapp):
    from containerstudio.model.problems import problem_kinds

    table = texts()
    assert set(table) == set(problem_kinds())
    for enum, words in table.items():
        assert set(words) == set(enum), enum
        assert all(type(kind) is enum for kind in words), enum
        assert all(text.strip() for text in words.values())


def test_without_a_translation_the_english_ui_text_names_the_data(qapp):
    from containerstudio.storage.problem import StorageKind, StorageProblem

    problem = StorageProblem(StorageKind.DISK_FULL, None, folder="/media/stick")
    text = problem_text(problem)
    assert "/media/stick" in text and "full" in text and not text.startswith(OPEN)


def test_a_translation_that_drops_or_adds_a_field_never_breaks(qapp):
    from containerstudio.ui.kit.problem_texts import fill

    assert fill("{name} and {other}", {"name": "a.png"}) == "a.png and {other}"
    assert fill("no fields", {"name": "a.png"}) == "no fields"


def test_a_pack_note_is_told_in_translated_words_with_its_place(marking, tmp_path):
    """A real pack set aside: the note names file, line, step and field and what was
    written, every word through the translator (the core's English left out)."""
    from containerstudio.flow.packs import read_pack_file
    from containerstudio.ui.kit.problem_texts import located_text

    path = tmp_path / "mine.en.toml"
    path.write_text(
        'schema_version = 1\nid = "mine"\nlanguage = "en"\ntitle = "Mine"\nsummary = "A pack"\n'
        'audience = "individual"\n\n[[step]]\nid = "intro"\ntitle = "Hello"\n'
        'text = "Welcome"\nkind = "intro"\nminutes = "five"\n',
        encoding="utf-8",
    )
    pack, problems = read_pack_file(path)
    assert pack is None and [p.code for p in problems] == ["wrong-type"]
    problem = problems[0]
    text = located_text(problem)
    assert "mine.en.toml" in text
    assert "intro" in text and "minutes" in text and "five" in text
    assert f"{problem.line}" in text
    assert problem.message not in text and "written as" not in text
    assert text.count(OPEN) >= 4, text  # place, step, field, sentence and the value's words


def test_a_pack_note_in_english_reads_like_the_core_sentence(qapp, tmp_path):
    """Without a translation, the UI's words for a pack note match the core's English."""
    from containerstudio.flow.packs import read_pack_file

    path = tmp_path / "short.en.toml"
    path.write_text('id = "short"\nlanguage = "en"\n', encoding="utf-8")
    _, problems = read_pack_file(path)
    assert problems
    for problem in problems:
        assert problem_text(problem) == problem.message


def test_a_picture_refused_in_the_app_is_told_through_the_translator(
    marking, open_window, qtbot, tmp_path
):
    """The app's own path: a decompression bomb dropped on the canvas."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from tests.imaging.test_importer import png_header_only

    window = open_window()
    path = tmp_path / "bomb.png"
    path.write_bytes(png_header_only(30000, 30000))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.canvas.dropEvent(drop)
    qtbot.waitUntil(lambda: not window.studio.photos.busy, timeout=20000)
    message = window.studio.last_notice
    assert message.startswith(OPEN) and "bomb.png" in message, message
    assert "megapixels" not in message  # the core's English words stay out ("MEGAPIXELS")


def test_a_pack_set_aside_in_the_app_is_noted_through_the_translator(
    marking, open_window, data_dir
):
    own = data_dir / "prompts"
    own.mkdir()
    (own / "half.en.toml").write_text('id = "half"\nlanguage = "en"\n', encoding="utf-8")
    window = open_window()
    notice = window.guide.panel.notice.text()
    assert "half.en.toml" in notice
    notes = [line for line in notice.splitlines()[1:] if "half.en.toml" in line]
    assert len(notes) == 3 and all(line.startswith(OPEN) for line in notes), notice
    assert "has no" not in notice and "set aside." not in notice, notice
