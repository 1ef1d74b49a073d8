"""Therapist mode (issue 17): before handing the keyboard over, the therapist picks the
exercise and the session length in Session → Before you hand over…; the guide's opening
screen then offers exactly those, and nothing is recorded in the library."""

from __future__ import annotations

import sqlite3

from guide_helpers import panel
from PySide6.QtWidgets import QAbstractButton, QComboBox, QSpinBox

from containerstudio.storage.paths import DATABASE_NAME


def _kept(folder) -> list[tuple]:
    """Every setting and session row the library holds (read beside the app)."""
    conn = sqlite3.connect(f"{(folder / DATABASE_NAME).resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = [("setting", *r) for r in conn.execute("SELECT * FROM settings ORDER BY 1")]
        rows += [("session", *r) for r in conn.execute("SELECT * FROM sessions ORDER BY 1")]
        return rows
    finally:
        conn.close()


def test_the_therapist_chooses_what_the_client_is_offered(open_window, qtbot, data_dir):
    window = open_window()
    guide = panel(window)
    qtbot.waitUntil(lambda: guide.stack.currentWidget() is guide.overview_page, timeout=20000)
    packs = list(guide.packs)  # what the opening screen offers
    assert len(packs) >= 2
    before = _kept(data_dir)

    assert window.group.setup_action.isEnabled()
    dialog = window.group.show_setup()
    qtbot.waitExposed(dialog)
    controls = (
        dialog.findChildren(QAbstractButton)
        + dialog.findChildren(QComboBox)
        + dialog.findChildren(QSpinBox)
    )
    for control in controls:
        assert control.accessibleName(), control
    assert dialog.pack_box.count() == len(packs)
    chosen = packs[-1]
    dialog.pack_box.setCurrentIndex(dialog.pack_box.findData(chosen.id))
    dialog.minutes.setValue(25)
    dialog.hand_over_button.click()
    assert not dialog.isVisible()

    # The client sees the therapist's choice on the opening screen (and may change it).
    assert guide.pack_box.currentText() == chosen.title
    assert guide.minutes.value() == 25
    # It holds when the opening screen is shown again, too.
    guide.show_overview(packs)
    assert guide.pack_box.currentText() == chosen.title and guide.minutes.value() == 25
    # Nothing was recorded that the client is not shown.
    assert _kept(data_dir) == before
