"""The handover in the window (issue 17): Send to my therapist seals the open container
to the card the person imported, and it opens in the therapist's library; Import a
container takes a portable file in (and a hostile one is refused calmly, the library
unchanged); the export dialog's saves and prints, and the handover, are listed in What
left the app, without content; the therapist card dialog saves a card page."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from helpers import drag, line, open_export

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exchange"))

from exchange_helpers import (
    SLIP_MARKER,
    library_fingerprint,
    make_container,
    open_library,
)

from containerstudio.exchange.departures import departures
from containerstudio.exchange.handover import open_handover
from containerstudio.exchange.portable import export_portable
from containerstudio.exchange.therapist import therapist_card
from containerstudio.ui.kit.calm_dialog import CalmDialog

WAIT = 15000


def _therapist(tmp_path):
    library = open_library(tmp_path / "therapist")
    card = therapist_card(library)
    path = tmp_path / "card.cscard"
    path.write_text(card.to_json(), encoding="utf-8")
    return library, card, path


def test_send_to_my_therapist_seals_the_open_container_for_the_card(open_window, qtbot, tmp_path):
    therapist, card, card_path = _therapist(tmp_path)
    window = open_window()
    drag(window, line(300, 300, 800, 500))
    dialog = window.handover.send()
    qtbot.waitUntil(lambda: not dialog.reading, timeout=WAIT)
    assert "No therapist card" in dialog.words.text()
    assert not dialog.save_button.isEnabled()
    dialog.import_card(card_path)
    qtbot.waitUntil(lambda: dialog.card is not None, timeout=WAIT)
    assert card.words in dialog.words.text() and dialog.save_button.isEnabled()
    target = tmp_path / "for-my-therapist.cssealed"
    sent: list[str] = []
    dialog.sent.connect(sent.append)
    dialog.save_to(target)
    qtbot.waitUntil(lambda: bool(sent), timeout=WAIT)
    new_id = open_handover(therapist, target.read_bytes(), target.name)
    cid = window.current.container_id
    opened = therapist.load_working(new_id)
    assert len(opened) == 1 and opened == window.library.load_working(cid)
    assert [e.kind for e in departures(window.library)] == ["handover"]
    dialog.close()
    therapist.db.close()


def test_import_a_container_then_open_it_and_a_hostile_file_changes_nothing(
    open_window, qtbot, tmp_path, data_dir
):
    home = open_library(tmp_path / "home")
    source = make_container(home, versions=2, photos=1)
    portable = export_portable(home, source, tmp_path / "box.csportable")
    home.db.close()
    window = open_window()
    window.handover.import_file(portable)
    qtbot.waitUntil(lambda: bool(window.handover.imported), timeout=WAIT)
    asked = window.handover.dialog
    assert isinstance(asked, CalmDialog) and "new container" in asked.text()
    new_id = window.handover.imported[-1]
    asked.choose("open")
    qtbot.waitUntil(
        lambda: window.current is not None and window.current.container_id == new_id,
        timeout=WAIT,
    )
    assert len(window.current.doc) > 0

    hostile = tmp_path / "hostile.csportable"
    hostile.write_bytes(portable.read_bytes()[:-40])
    window.work.wait(WAIT)
    window.library.db.checkpoint()
    before = library_fingerprint(data_dir)
    window.handover.import_file(hostile)
    qtbot.waitUntil(
        lambda: (
            isinstance(window.handover.dialog, CalmDialog)
            and "hostile.csportable" in window.handover.dialog.text()
        ),
        timeout=WAIT,
    )
    told = window.handover.dialog
    assert "library is as it was" in told.text()
    assert window.handover.imported == [new_id]
    window.work.wait(WAIT)
    window.library.db.checkpoint()
    assert library_fingerprint(data_dir) == before
    told.choose("ok")


def test_what_left_lists_the_pdf_the_print_and_no_content(open_window, qtbot, tmp_path):
    window = open_window()
    drag(window, line(300, 300, 800, 500))
    export = open_export(qtbot, window)
    saved: list[str] = []
    export.exported.connect(saved.append)
    export.save_to(tmp_path / "session.pdf")
    qtbot.waitUntil(lambda: bool(saved), timeout=WAIT)
    printed: list[bool] = []
    export.printed.connect(lambda: printed.append(True))
    export.print_button.click()
    qtbot.waitUntil(lambda: getattr(export, "print_preview", None) is not None, timeout=WAIT)
    export.print_preview.accept()  # what the preview's Print button does once printed
    assert printed
    export.close()
    window.work.wait(WAIT)
    log = window.handover.show_log()
    qtbot.waitUntil(lambda: not log.reading, timeout=WAIT)
    rows = [[log.table.item(r, c).text() for c in range(3)] for r in range(log.table.rowCount())]
    assert [row[1] for row in rows] == ["Printed", "Session PDF"]  # newest first
    assert "outside" in rows[0][2] and "reflections" in rows[0][2]
    shown = " ".join(" ".join(row) for row in rows)
    assert "session.pdf" not in shown and "My container" not in shown
    log.close()


def test_the_therapist_card_dialog_saves_a_page_with_the_words(open_window, qtbot, tmp_path):
    from pypdf import PdfReader

    window = open_window()
    dialog = window.handover.show_card()
    qtbot.waitUntil(lambda: not dialog.reading, timeout=WAIT)
    assert "no card here yet" in dialog.my_words.text()
    page = tmp_path / "card.pdf"
    dialog.save_card(page, page=True)
    qtbot.waitUntil(lambda: not dialog.reading and page.exists(), timeout=WAIT)
    words = therapist_card(window.library).words
    assert words in dialog.my_words.text()
    text = " ".join(PdfReader(io.BytesIO(page.read_bytes())).pages[0].extract_text().split())
    assert words in text
    assert SLIP_MARKER not in text
    dialog.close()


def test_a_portable_file_from_the_window_asks_about_the_slips(open_window, qtbot, tmp_path):
    from containerstudio.exchange.portable_format import read_portable
    from containerstudio.model.slips import Slip
    from containerstudio.storage.guided import GuidedStore

    window = open_window()
    cid = window.current.container_id
    GuidedStore(window.library.db, window.library.codec).save_slip(
        cid, Slip(kind="word", text=SLIP_MARKER)
    )
    drag(window, line(300, 300, 800, 500))
    window.handover.choose_portable()
    asked = window.handover.dialog
    assert isinstance(asked, CalmDialog) and "not sealed" in asked.text()
    assert asked.buttons["without"].isDefault()
    target = tmp_path / "box.csportable"
    window.handover.save_portable(target)  # what "Without the slips" leads to
    qtbot.waitUntil(target.exists, timeout=WAIT)
    held = read_portable(target.read_bytes())
    assert held.slips == () and len(held.working) == 1
    with_slips = tmp_path / "with.csportable"
    window.handover.save_portable(with_slips, include_slips=True)
    qtbot.waitUntil(with_slips.exists, timeout=WAIT)
    assert [s.text for s in read_portable(with_slips.read_bytes()).slips] == [SLIP_MARKER]
    asked.choose("cancel")
    window.work.wait(WAIT)
    assert [e.kind for e in departures(window.library)] == ["portable", "portable"]


def test_print_together_is_listed_in_what_left(open_window, qtbot, tmp_path):
    from containerstudio.ui.library.group_print_dialog import GroupPrintDialog

    window = open_window()
    cid = window.current.container_id
    dialog = GroupPrintDialog(window.library, window.work, [cid], window)
    saved: list[str] = []
    dialog.exported.connect(saved.append)
    dialog.save_to(tmp_path / "group.pdf")
    qtbot.waitUntil(lambda: bool(saved), timeout=WAIT)
    window.work.wait(WAIT)
    (entry,) = departures(window.library)
    assert (entry.kind, entry.parts, entry.containers) == ("group-print", ("outside", "lid"), 1)
    dialog.close()


def test_every_control_of_the_handover_dialogs_is_named(open_window, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QWidget

    window = open_window()
    for show in (window.handover.send, window.handover.show_card, window.handover.show_log):
        dialog = show()
        qtbot.waitUntil(lambda dialog=dialog: not dialog.reading, timeout=WAIT)
        controls = [
            w
            for w in dialog.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QAbstractItemView) and w.isVisible()
        ]
        assert len(controls) >= 2
        unnamed = [type(w).__name__ for w in controls if not w.accessibleName().strip()]
        assert not unnamed, (type(dialog).__name__, unnamed)
        dialog.close()
