"""Acceptance (issue 12, point 2): a closed lid stays closed on every screen.

With the lid closed over two slips holding a marker word (one folded, one not) and an
inside drawing in a marker colour, every screen is visited (Back through every step of
the guide, History, each version viewer, Side by side, Replay, the library, the
version timeline, the export preview), before and after a relaunch: the word is in no
visible widget's text and the colour in no grab of a visible window. After Open the
lid, both are there again. Exports of the closed container hold neither.
"""

from __future__ import annotations

import pypdf
from canvas_helpers import click_list_item
from guide_helpers import add_slip, button_named, click, current_step_id, kept_where, panel
from helpers import drag, line, open_export
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QPushButton
from screen_scan import colour_pixels, texts_with, windows_with_colour

from containerstudio.cli.main import main
from containerstudio.export.preview import page_images

WORD = "quietmarker-heron-91d2"
COLOUR = "#00FF7F"  # spring green: no colour of the app's own is near it
OUTSIDE_INK = "#6b4f3a"
LID_INK = "#8a7a9e"
PLACE = "on a high shelf"


def _draw(window, part: str, color: str, points) -> None:
    settings = window.tool_settings
    settings.set_tool("pencil")
    settings.set_part(part)
    settings.set_color(color)
    settings.set_width(90)
    settings.set_opacity(1.0)
    drag(window, points)


def _keep_version(window, qtbot, name: str) -> None:
    saved: list[int] = []
    window.current.version_saved.connect(saved.append)
    window.current.save_version(name=name)
    qtbot.waitUntil(lambda: bool(saved), timeout=10000)


def _make_container_and_close_it(window, qtbot) -> None:
    """An outside, a lid, an inside in the marker colour, two kept versions, two marked
    slips (one folded), a place where it is kept, and the lid closed."""
    _draw(window, "outside", OUTSIDE_INK, line(200, 150, 1400, 150))
    _draw(window, "lid", LID_INK, line(200, 320, 1400, 320))
    _draw(window, "inside", COLOUR, line(400, 600, 1200, 600))
    _keep_version(window, qtbot, "first look")
    _draw(window, "inside", COLOUR, line(400, 900, 1200, 900))
    _keep_version(window, qtbot, "second look")
    window.tool_settings.set_part("outside")
    p = panel(window)
    click(p.start_button)
    while current_step_id(window) != "practice":
        click(p.next_button)
    add_slip(window, f"{WORD} practice")
    click(p.next_button)
    add_slip(window, f"{WORD} folded", folded=True)
    # The scan can see both markers while the container is open.
    assert texts_with(WORD) and windows_with_colour(COLOUR)
    click(p.next_button)
    assert current_step_id(window) == "close-and-keep"
    kept_where(window, PLACE)
    click(button_named(window, "Close the lid"))
    controller = window.guide.controller
    qtbot.waitUntil(lambda: not controller.lid_moment.running, timeout=5000)
    assert controller.lid_closed()


def _assert_sealed(where: str) -> None:
    QApplication.processEvents()
    assert not texts_with(WORD), f"{where}: the slip word shows: {texts_with(WORD)}"
    assert not windows_with_colour(COLOUR), f"{where}: the inside shows"


def _walk_the_guide(window) -> None:
    """Back through every step to the first, then Next up to the closing step again."""
    p = panel(window)
    _assert_sealed(f"guide at {current_step_id(window)}")
    while p.back_button.isEnabled():
        click(p.back_button)
        step = current_step_id(window)
        _assert_sealed(f"guide, back at {step}")
        if step == "slips-inside":
            assert p.sealed_slips.isVisible() and not p.slips.isVisible()
            # The step about the inside does not turn the canvas to it while closed.
            assert window.tool_settings.state.part != "inside"
            assert not window.studio.parts.part_buttons["inside"].isEnabled()
            assert "2 slips are inside, with the lid closed." in texts_with("slips are inside")
            assert texts_with("Open the lid")
    while current_step_id(window) != "close-and-keep":
        click(p.next_button)
        _assert_sealed(f"guide, next at {current_step_id(window)}")
    assert texts_with(f"It is kept: {PLACE}")


def _walk_history(window, qtbot) -> None:
    history = window.studio.history
    history.show()
    history.raise_()
    rows = history.list.count()
    _assert_sealed("history")
    for row in range(rows):
        click_list_item(qtbot, history.list, row)
        _assert_sealed(f"history, row {row}")
    click_list_item(qtbot, history.list, rows - 1)


def _try_the_parts_bar(window) -> None:
    """The parts bar cannot show the inside while the lid is closed."""
    parts = window.studio.parts
    parts.open_action.trigger()
    parts.visible_actions["inside"].setChecked(False)
    parts.visible_actions["inside"].setChecked(True)
    parts.part_buttons["inside"].click()  # it waits, greyed out
    _assert_sealed("parts bar")
    assert not parts.open_action.isEnabled()
    parts.closed_action.trigger()
    window.tool_settings.set_part("outside")


def _select(dock, *rows: int) -> None:
    dock.timeline.clearSelection()
    model = dock.timeline.selectionModel()
    for row in rows:
        model.select(dock.timeline.model().index(row, 0), QItemSelectionModel.SelectionFlag.Select)


def _look(qtbot, dialog, where: str) -> None:
    qtbot.waitExposed(dialog)
    _assert_sealed(where)
    dialog.close()
    QApplication.processEvents()


def _walk_versions(window, qtbot) -> None:
    dock = window.versions.dock
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.timeline.count() >= 2 and not dock.pictures_pending)
    _assert_sealed("versions timeline")
    count = dock.timeline.count()
    for row in range(count):
        _select(dock, row)
        _look(qtbot, dock.open_selected(), f"version viewer {row}")
    _select(dock, 0, count - 1)
    _look(qtbot, dock.compare_selected(), "side by side")
    for rows in ((count - 1,), ()):
        _select(dock, *rows)
        replay = dock.replay_selected()
        replay.pause()
        while replay.position < len(replay.elements):
            replay.step_forward()
        _look(qtbot, replay, f"replay of {rows or 'now'}")


def _walk_library(window, qtbot) -> None:
    library = window.versions.show_library()
    qtbot.waitUntil(lambda: not library.reading)  # the grids are read on the storage lane
    _look(qtbot, library, "library")


def _walk_export(window, qtbot, target) -> None:
    dialog = open_export(qtbot, window)
    qtbot.addWidget(dialog)
    try:
        # The first preview may be ready already: wait for it, not for its signal.
        qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=20000)
        _assert_sealed("export preview")
        # Even a slips choice made by other means keeps the slips inside.
        with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
            dialog.sections["slips"].setChecked(True)
        _assert_sealed("export preview with slips asked for")
        with qtbot.waitSignal(dialog.exported, timeout=20000):
            dialog.save_to(target)
    finally:
        dialog.close()


def _visit_every_screen(window, qtbot, tmp_path, tag: str) -> None:
    # The pictures first: they were made while the lid was open.
    _walk_library(window, qtbot)
    _walk_versions(window, qtbot)
    _walk_history(window, qtbot)
    _try_the_parts_bar(window)
    _walk_the_guide(window)
    pdf = tmp_path / f"closed-{tag}.pdf"
    _walk_export(window, qtbot, pdf)
    assert_pdf_sealed(pdf)
    assert window.guide.closed_mark.isVisible()
    assert window.guide.closed_mark.accessibleName() == "The lid is closed"


def assert_pdf_sealed(path) -> None:
    text = " ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)
    assert WORD not in text
    assert all(
        colour_pixels(_qimage(image), COLOUR) == 0 for image in page_images(path.read_bytes(), 72)
    )


def _qimage(image) -> QImage:
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


def test_a_closed_lid_shows_nothing_inside_on_any_screen(open_window, qtbot, tmp_path):
    window = open_window()
    _make_container_and_close_it(window, qtbot)
    _visit_every_screen(window, qtbot, tmp_path, "first")

    # Relaunch: the lid is still closed on every screen.
    window.close()
    window = open_window()
    assert current_step_id(window) == "close-and-keep"
    _visit_every_screen(window, qtbot, tmp_path, "relaunched")

    # Opening the lid (the person's choice: Session → Open the lid…, confirmed calmly)
    # brings everything back as it was left.
    window.guide.safety.open_lid_action.trigger()
    confirm = QApplication.activeModalWidget()
    assert confirm is not None and window.guide.controller.lid_closed(), "not opened yet"
    [open_button] = [b for b in confirm.findChildren(QPushButton) if b.text() == "Open the lid"]
    click(open_button)
    assert not window.guide.controller.lid_closed()
    assert not window.guide.closed_mark.isVisible()
    assert colour_pixels(window.canvas.viewport().grab().toImage(), COLOUR)
    p = panel(window)
    click(p.back_button)
    assert current_step_id(window) == "slips-inside"
    listed = [p.slips.list.item(i).text() for i in range(p.slips.list.count())]
    assert listed == [f"{WORD} practice", "A folded slip"]
    assert texts_with(f"{WORD} practice")
    dock = window.versions.dock
    dock.show()
    qtbot.waitUntil(lambda: dock.timeline.count() >= 2 and not dock.pictures_pending)
    assert windows_with_colour(COLOUR)


def test_exports_of_a_closed_container_hold_nothing_inside(open_window, qtbot, data_dir, tmp_path):
    window = open_window()
    _make_container_and_close_it(window, qtbot)
    cid = window.current.container_id
    png = tmp_path / "closed.png"
    window.export_actions.export_png(png, width=800)
    qtbot.waitUntil(png.exists, timeout=10000)
    assert colour_pixels(QImage(str(png)), COLOUR) == 0
    assert colour_pixels(QImage(str(png)), OUTSIDE_INK) > 0, "the outside is exported"
    window.close()

    d = ["--data-dir", str(data_dir)]
    for name, extra in (("default", []), ("asked", ["--include", "slips", "--view", "open"])):
        pdf = tmp_path / f"cli-{name}.pdf"
        assert main([*d, "export", str(cid), "--out", str(pdf), *extra]) == 0
        assert_pdf_sealed(pdf)
    cli_png = tmp_path / "cli.png"
    assert main([*d, "png", str(cid), "--out", str(cli_png), "--size", "800"]) == 0
    assert colour_pixels(QImage(str(cli_png)), COLOUR) == 0
    for command in ("paper-box", "print-group"):
        pdf = tmp_path / f"{command}.pdf"
        assert main([*d, command, str(cid), "--out", str(pdf)]) == 0
        assert_pdf_sealed(pdf)


def test_a_lid_closed_while_the_export_dialog_is_open_seals_it_too(open_window, qtbot, tmp_path):
    window = open_window()
    _draw(window, "outside", OUTSIDE_INK, line(200, 150, 1400, 150))
    _draw(window, "inside", COLOUR, line(400, 600, 1200, 600))
    p = panel(window)
    click(p.start_button)
    while current_step_id(window) != "slips-inside":
        click(p.next_button)
    add_slip(window, f"{WORD} open")
    dialog = open_export(qtbot, window)
    qtbot.addWidget(dialog)
    try:
        with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
            dialog.view_choice.setCurrentIndex(dialog.view_choice.findData("open"))
        with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
            dialog.sections["slips"].setChecked(True)
        assert colour_pixels(dialog.grab().toImage(), COLOUR), "the open view shows the inside"
        with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
            window.guide.controller.close_lid()
        assert dialog.sealed_note.isVisible() and not dialog.sections["slips"].isEnabled()
        assert colour_pixels(dialog.grab().toImage(), COLOUR) == 0
        pdf = tmp_path / "sealed-while-open.pdf"
        with qtbot.waitSignal(dialog.exported, timeout=20000):
            dialog.save_to(pdf)
        assert_pdf_sealed(pdf)
    finally:
        dialog.close()


def test_viewers_and_the_timeline_open_while_the_lid_closes_close_too(open_window, qtbot):
    window = open_window()
    _draw(window, "outside", OUTSIDE_INK, line(200, 150, 1400, 150))
    _draw(window, "lid", LID_INK, line(200, 320, 1400, 320))
    _draw(window, "inside", COLOUR, line(400, 600, 1200, 600))
    _keep_version(window, qtbot, "one")
    _keep_version(window, qtbot, "two")
    dock = window.versions.dock
    dock.show()
    qtbot.waitUntil(lambda: dock.timeline.count() == 2)
    _select(dock, 0)
    look = dock.open_selected()
    _select(dock, 0, 1)
    side = dock.compare_selected()
    _select(dock, 1)
    replay = dock.replay_selected()
    replay.pause()
    while replay.position < len(replay.elements):
        replay.step_forward()
    for dialog in (look, side, replay):
        qtbot.waitExposed(dialog)
        assert colour_pixels(dialog.grab().toImage(), COLOUR), "open, the viewers show the inside"
    window.guide.controller.close_lid()
    qtbot.waitUntil(lambda: not window.guide.controller.lid_moment.running, timeout=5000)
    qtbot.waitUntil(lambda: not dock.pictures_pending)
    try:
        _assert_sealed("viewers and timeline open while the lid closed")
    finally:
        for dialog in (look, side, replay):
            dialog.close()
