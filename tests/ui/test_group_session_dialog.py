"""Acceptance 7 through the window: Container → Group session… lists six participants'
profiles (two protected, listed as locked until their passcode is given; one more
brings a portable file), and Print together writes one PDF in which nobody's slips,
inside words or closed insides appear (parsed text and rendered pixels)."""

from __future__ import annotations

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLineEdit

from containerstudio.export.preview import page_images
from tests.exchange.group_helpers import (
    INSIDE,
    OUTSIDE,
    PROTECTED,
    colour_seen,
    export_portable,
    make_group,
)


def _row(dialog, text: str):
    for item in dialog.rows():
        if item.text().startswith(text):
            return item
    raise AssertionError(f"no row starts with {text!r}")


def test_group_session_prints_six_without_private_content(open_window, qtbot, data_dir, tmp_path):
    book, people = make_group(data_dir)
    brought = export_portable(book, people[5], tmp_path / "brought.csportable")
    window = open_window()
    current = book.current
    assert window.group.action.isEnabled()
    dialog = window.group.show()
    qtbot.waitExposed(dialog)
    for control in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit):
        assert control.accessibleName(), control
    qtbot.waitUntil(lambda: dialog.list.count() >= 6, timeout=20000)
    for p in people:
        if p.index in PROTECTED:
            assert (
                _row(dialog, f"Participant {p.index + 1}")
                .text()
                .endswith("locked: open with its passcode")
            )
    assert not dialog.print_button.isEnabled(), "nothing ticked yet"

    # A passcode not accepted is met calmly; the right one lists the profile's box.
    for p in people:
        if p.index not in PROTECTED:
            continue
        dialog.list.setCurrentItem(_row(dialog, f"Participant {p.index + 1}"))
        assert dialog.open_button.isEnabled()
        dialog.passcode_field.setText("not this one")
        dialog.open_button.click()
        qtbot.waitUntil(lambda: "try again" in dialog.status.text(), timeout=20000)
        dialog.passcode_field.setText(p.passcode)
        dialog.open_button.click()
        qtbot.waitUntil(
            lambda p=p: _has_row(dialog, f"Participant {p.index + 1}: Box"), timeout=20000
        )
    dialog.add_file(brought)
    qtbot.waitUntil(lambda: _has_row(dialog, "Brought along: Box 6"), timeout=20000)

    for p in people[:5]:
        _row(dialog, f"Participant {p.index + 1}: Box").setCheckState(Qt.CheckState.Checked)
    assert len(dialog.ticked()) == 6
    assert not dialog.findChild(QCheckBox).isChecked(), "open insides stay off unless chosen"
    printing = dialog.print_together()
    assert printing is not None
    qtbot.waitExposed(printing)
    assert printing.captions.text() == "Print each person's name underneath"  # not "title"
    printing.captions.setChecked(True)
    printing.per_sheet.setCurrentIndex(printing.per_sheet.findData(6))
    target = tmp_path / "group.pdf"
    with qtbot.waitSignal(printing.exported, timeout=60000):
        printing.save_to(target)

    data = target.read_bytes()
    r = pypdf.PdfReader(str(target))
    assert len(r.pages) == 1
    text = "".join(page.extract_text() for page in r.pages)
    for p in people[:5]:
        assert f"Participant {p.index + 1}" in text
    assert "brought" in text
    pages = page_images(data, dpi=72)
    for p in people:
        assert p.slip_word not in text and p.slip_word.encode() not in data
        assert p.inside_word not in text
        assert colour_seen(pages, OUTSIDE[p.index]), p.index
        assert not colour_seen(pages, INSIDE[p.index]), p.index
    assert book.current == current  # the facilitator's own profile is still the one open
    dialog.reject()
    assert dialog.passcodes == {}  # passcodes are held only while the view is open


def _has_row(dialog, text: str) -> bool:
    return any(item.text().startswith(text) for item in dialog.rows())
