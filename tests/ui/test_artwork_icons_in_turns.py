"""The artwork picker's icons (tens of SVGs) are drawn over many turns of the event loop,
one list after the other, so the first strokes after a container opens are answered in
between (both lists drawing in one turn kept the window from answering for 10-20 ms)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from containerstudio.ui.studio.artwork_dock import ArtworkDock


def test_icons_are_drawn_a_list_at_a_time_over_several_turns(qtbot) -> None:
    dock = ArtworkDock()
    qtbot.addWidget(dock)
    dock.fill()
    templates, stickers = dock.templates, dock.stickers
    assert templates.artwork and stickers.artwork
    assert templates.icons_drawn == stickers.icons_drawn == 0, "none while it opens"
    turns = 0
    while stickers.icons_drawn < len(stickers.artwork):
        QApplication.processEvents()  # one turn
        turns += 1
        assert turns < 2000, "the icons were never all drawn"
        if templates.icons_drawn < len(templates.artwork):
            assert stickers.icons_drawn == 0, "the stickers wait for the outlines"
        qtbot.wait(2)  # the next turn's timer comes due
    assert turns > 1
    assert all(not templates.item(i).icon().isNull() for i in range(templates.count()))
    assert all(not stickers.item(i).icon().isNull() for i in range(stickers.count()))
