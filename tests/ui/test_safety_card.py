"""Acceptance 5: the safety card is written through its own fields, reached from Ground
me (also while a modal dialog is open), kept across a restart, kept only as codec output,
and never part of an export."""

from __future__ import annotations

import ast
import base64
import io
import sqlite3
from pathlib import Path

from guide_helpers import click
from helpers import open_export
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPlainTextEdit, QWidget
from test_session_export import pdf_text, save

from containerstudio.cli.main import main
from containerstudio.storage.safety_card import PHOTO_SIDE, SAFETY_CARD_KEY, SafetyCard, load_card
from containerstudio.ui.safety.card_dialog import SafetyCardDialog, open_safety_card
from containerstudio.ui.safety.grounding_dialog import GroundingDialog

MARKER = "Periwinkleharbour"
PACKAGE = Path(__file__).resolve().parents[2] / "containerstudio"


def _ground_me(window) -> GroundingDialog:
    window.guide.safety.ground_me()
    dialog = window.guide.safety.grounding_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _open_cards() -> list[SafetyCardDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, SafetyCardDialog)]


def _card_from(grounding: GroundingDialog) -> SafetyCardDialog:
    click(grounding.card_button)
    cards = [card for card in _open_cards() if card.isVisible()]
    assert len(cards) == 1
    return cards[0]


def _type(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def _write(qtbot, card: SafetyCardDialog) -> None:
    qtbot.waitUntil(lambda: card.loaded)  # the card is read in the background
    with qtbot.waitSignal(card.card_saved, timeout=5000):
        _type(card.people[0][0], f"{MARKER} my sister")
        _type(card.people[0][1], "the number in my phone")
        _type(card.people[1][0], "Ana next door")
        _type(card.crisis_line, "the line my GP told me about")
        _type(card.when_it_leaks, "Cold water, then the butterfly hug")
        _type(card.reminders[0], "This feeling passes")


def _texts(card: SafetyCardDialog) -> list[str]:
    return [
        card.people[0][0].text(),
        card.people[0][1].text(),
        card.people[1][0].text(),
        card.crisis_line.text(),
        card.when_it_leaks.toPlainText(),
        card.reminders[0].text(),
    ]


WRITTEN = [
    f"{MARKER} my sister",
    "the number in my phone",
    "Ana next door",
    "the line my GP told me about",
    "Cold water, then the butterfly hug",
    "This feeling passes",
]


def test_card_ships_empty_with_hints_and_no_numbers(open_window, qtbot):
    window = open_window()
    grounding = _ground_me(window)
    card = _card_from(grounding)
    try:
        qtbot.waitUntil(lambda: card.loaded)  # read in the background: empty, not unread
        assert card.card() == SafetyCard()
        assert all(text == "" for text in _texts(card))
        hints = [e.placeholderText() for e in card.findChildren(QLineEdit)]
        hints += [e.placeholderText() for e in card.findChildren(QPlainTextEdit)]
        assert "You might add a crisis line for where you live" in hints
        assert "Someone you could call or message" in hints
        assert not any(ch.isdigit() for hint in hints for ch in hint), hints
        controls = [
            w
            for w in card.findChildren(QWidget)
            if isinstance(w, QLineEdit | QPlainTextEdit) or w.inherits("QAbstractButton")
        ]
        assert len(controls) >= 12
        for control in controls:
            assert control.accessibleName(), control
    finally:
        card.close()
        grounding.close()


def test_card_written_from_ground_me_is_kept_across_a_restart(qtbot, open_window, data_dir):
    window = open_window()
    grounding = _ground_me(window)
    card = _card_from(grounding)
    _write(qtbot, card)
    assert _texts(card) == WRITTEN
    # The same card again, not a second one.
    assert grounding.open_card() is card and len([c for c in _open_cards() if c.isVisible()]) == 1
    card.close()
    grounding.close()
    window.close()

    with sqlite3.connect(data_dir / "library.sqlite3") as conn:
        (value,) = conn.execute(
            "SELECT value FROM settings WHERE key = ?", (SAFETY_CARD_KEY,)
        ).fetchone()
    stored = base64.b64decode(value)
    assert MARKER.encode() not in stored and MARKER not in value
    assert MARKER in window.library.codec.decode(stored).decode("utf-8")  # really the card
    raw = b"".join(p.read_bytes() for p in data_dir.glob("library.sqlite3*"))
    assert MARKER.encode() not in raw

    again = open_window()
    grounding = _ground_me(again)
    card = _card_from(grounding)
    try:
        qtbot.waitUntil(lambda: card.loaded)  # read in the background
        assert _texts(card) == WRITTEN
    finally:
        card.close()
        grounding.close()


def _window_click(widget: QWidget) -> None:
    """Click through the window system, which (unlike a click sent to the widget) is
    refused when a modal dialog blocks the widget's window."""
    top = widget.window()
    QTest.mouseClick(
        top.windowHandle(),
        Qt.MouseButton.LeftButton,
        pos=widget.mapTo(top, widget.rect().center()),
    )
    QApplication.processEvents()


def _write_through_the_window_system(qtbot, card: SafetyCardDialog) -> None:
    qtbot.waitUntil(lambda: card.loaded)  # the card is read in the background
    with qtbot.waitSignal(card.card_saved, timeout=5000):
        for field, text in (
            (card.people[0][0], f"{MARKER} my sister"),
            (card.crisis_line, "a line I chose"),
        ):
            _window_click(field)
            assert QApplication.focusWidget() is field  # the click reached it
            QTest.keyClicks(field, text)
    assert card.people[0][0].text() == f"{MARKER} my sister"


def test_card_can_be_written_while_a_modal_dialog_is_open(qtbot, open_window):
    window = open_window()
    library_dialog = window.versions.show_library()
    qtbot.waitExposed(library_dialog)
    assert QApplication.activeModalWidget() is library_dialog
    card = open_safety_card(library_dialog, window.library, window.work)
    qtbot.waitUntil(lambda: card.loaded)  # read in the background
    qtbot.waitExposed(card)
    try:
        _write_through_the_window_system(qtbot, card)
        _window_click(card.reminders[0])
        QTest.keyClicks(card.reminders[0], "Breathe out slowly")
        _window_click(card.keep_button)  # closes at once, before the typing pause ends
        assert not [c for c in _open_cards() if c.isVisible()]
        assert library_dialog.isVisible()
        again = open_safety_card(library_dialog, window.library, window.work)
        qtbot.waitUntil(lambda: again.loaded)  # read in the background
        assert again.people[0][0].text() == f"{MARKER} my sister"
        assert again.reminders[0].text() == "Breathe out slowly"
        again.close()
    finally:
        library_dialog.close()


def test_card_is_reached_from_ground_me_over_a_modal_dialog(qtbot, open_window):
    window = open_window()
    library_dialog = window.versions.show_library()
    qtbot.waitExposed(library_dialog)
    grounding = _ground_me(window)
    qtbot.waitExposed(grounding)
    try:
        _window_click(grounding.card_button)
        cards = [c for c in _open_cards() if c.isVisible()]
        assert len(cards) == 1
        qtbot.waitExposed(cards[0])
        _write_through_the_window_system(qtbot, cards[0])
    finally:
        for card in _open_cards():
            card.close()
        grounding.close()
        library_dialog.close()


def test_card_is_in_no_export(qtbot, open_window, data_dir, tmp_path):
    window = open_window()
    grounding = _ground_me(window)
    card = _card_from(grounding)
    _write(qtbot, card)
    card.close()
    grounding.close()
    dialog = open_export(qtbot, window)
    qtbot.addWidget(dialog)
    try:
        # The first preview may be ready already: wait for it, not for its signal.
        qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=20000)
        default = tmp_path / "default.pdf"
        save(qtbot, dialog, default)
        assert pdf_text(default).strip()
        for section in dialog.sections.values():
            section.setChecked(True)
        everything = tmp_path / "everything.pdf"
        save(qtbot, dialog, everything)
    finally:
        dialog.close()
    cli = tmp_path / "cli.pdf"
    assert (
        main(
            [
                "--data-dir",
                str(data_dir),
                "export",
                str(window.current.container_id),
                "--out",
                str(cli),
            ]
        )
        == 0
    )
    for pdf in (default, everything, cli):
        text = pdf_text(pdf)
        for written in WRITTEN:
            assert written not in text, (pdf.name, written)
        assert MARKER.encode() not in pdf.read_bytes()


def test_export_code_never_reads_the_card():
    """No export module imports the card's storage or names its settings key."""
    sources = [
        PACKAGE / "services/session_export.py",
        PACKAGE / "cli/export_commands.py",
        PACKAGE / "cli/export.py",
    ]
    sources += sorted((PACKAGE / "export").rglob("*.py"))
    ui = PACKAGE / "ui"
    sources += sorted((ui / "export").rglob("*.py"))
    sources += [ui / "library" / "group_print_dialog.py"]
    assert all(path.is_file() for path in sources)
    for path in sources:
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        imported = [
            node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
        ] + [a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names]
        assert not any("safety_card" in name for name in imported), path
        assert SAFETY_CARD_KEY not in text and "load_card" not in text, path


def test_a_comfort_photo_comes_in_through_the_import_and_is_kept(qtbot, open_window, tmp_path):
    photo = tmp_path / "dog.jpg"
    Image.new("RGB", (2000, 1500), (200, 120, 40)).save(photo, "JPEG", exif=_exif())
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really a picture")
    window = open_window()
    card = open_safety_card(window, window.library, window.work)
    qtbot.waitUntil(lambda: card.loaded)  # read in the background
    qtbot.waitExposed(card)
    try:
        picker = card.choose_photo()
        assert isinstance(picker, QFileDialog) and picker.isVisible()
        assert picker.testOption(QFileDialog.Option.DontUseNativeDialog)
        picker.selectFile(str(broken))
        picker.accept()
        assert card.photo_note.isVisible() and card.card().photo is None
        picker = card.choose_photo()
        with qtbot.waitSignal(card.card_saved, timeout=5000):
            picker.selectFile(str(photo))
            picker.accept()
        assert not card.photo_note.isVisible()
        kept = load_card(window.library).photo
        assert kept is not None
        with Image.open(io.BytesIO(kept)) as im:
            assert max(im.size) == PHOTO_SIDE and not im.getexif()
        assert not card.photo_view.pixmap().isNull()
        with qtbot.waitSignal(card.card_saved, timeout=5000):
            click(card.remove_photo_button)
        assert load_card(window.library).photo is None
    finally:
        card.close()


def _exif() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "A camera maker"  # Make
    return exif.tobytes()


def test_card_stays_open_when_ground_me_closes(qtbot, open_window):
    window = open_window()
    grounding = _ground_me(window)
    card = _card_from(grounding)
    _write(qtbot, card)
    click(grounding.return_button)
    qtbot.waitUntil(lambda: window.guide.safety.grounding_dialog is None)
    QApplication.processEvents()
    assert card.isVisible() and card.parentWidget() is window
    assert _texts(card) == WRITTEN
    card.close()


def test_a_full_disk_loses_nothing_written_on_the_card(qtbot, open_window, small_disk, data_dir):
    window = open_window()
    card = open_safety_card(window, window.library, window.work)
    qtbot.waitUntil(lambda: card.loaded)  # read in the background
    qtbot.waitExposed(card)
    small_disk.fill(window.library.db)
    with qtbot.capture_exceptions() as escaped:
        _type(card.crisis_line, f"{MARKER} line")
        qtbot.waitUntil(lambda: "Not kept yet" in card.status.text(), timeout=5000)
        card.close()  # it cannot be kept yet, so the card stays open this once
        assert card.isVisible() and card.crisis_line.text() == f"{MARKER} line"
        small_disk.free()
        with qtbot.waitSignal(card.card_saved, timeout=10000):
            pass  # the card tries again on its own
        assert card.status.text() == "Kept on this computer."
    assert not escaped
    card.close()
    assert not [c for c in _open_cards() if c.isVisible()]
    again = open_safety_card(window, window.library, window.work)
    qtbot.waitUntil(lambda: again.loaded)  # read in the background
    assert again.crisis_line.text() == f"{MARKER} line"
    again.close()


def test_before_the_library_opens_the_card_button_waits(qtbot):
    dialog = GroundingDialog(None, True, None)
    qtbot.addWidget(dialog)
    assert not dialog.card_button.isEnabled() and dialog.open_card() is None
    assert dialog.card_button.accessibleName() == "Open my safety card"
