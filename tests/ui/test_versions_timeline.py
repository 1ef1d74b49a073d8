"""Acceptance 2: three named versions, compare side by side, restore, history untouched."""

from __future__ import annotations

from helpers import answer_next_modal, drag, ink_near, line, render
from PySide6.QtCore import QItemSelectionModel, QPointF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from containerstudio.model.elements import Stroke
from containerstudio.storage.versions import history_fingerprint
from containerstudio.ui.versions.dialogs import SaveVersionDialog

# Three strokes far apart; each version adds one.
STROKES = {
    "one": line(150, 300, 650, 300),
    "two": line(150, 600, 650, 600),
    "three": line(900, 300, 1400, 900),
}
CHECK = {"one": (400, 300), "two": (400, 600), "three": (1150, 600)}


def _save_version_through_dialog(window, qtbot, name: str, note: str) -> None:
    saved: list[int] = []
    window.current.version_saved.connect(saved.append)
    window.versions.save_version_action.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SaveVersionDialog)
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.note_edit, note)
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)


def _select_rows(dock, *rows: int) -> None:
    dock.timeline.clearSelection()
    model = dock.timeline.selectionModel()
    for row in rows:
        index = dock.timeline.model().index(row, 0)
        model.select(index, QItemSelectionModel.SelectionFlag.Select)


def _shown(canvas) -> QImage:
    return canvas.view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _ink_in_view(canvas, image: QImage, x: float, y: float) -> bool:
    p = canvas.view.mapFromScene(QPointF(x, y))
    return ink_near(image, p.x(), p.y(), radius=3)


def test_three_versions_compare_restore_history_untouched(open_window, qtbot):
    window = open_window()
    window.tool_settings.set_width(24)
    for name, points in STROKES.items():
        drag(window, points)
        _save_version_through_dialog(window, qtbot, name, f"note for {name}")
    cid = window.current.container_id
    library = window.library
    before = history_fingerprint(library, cid)
    assert [row[3] for row in before] == ["one", "two", "three"]  # name column

    window.versions.versions_action.trigger()
    dock = window.versions.dock
    qtbot.waitUntil(lambda: not dock.reading, timeout=5000)  # read on the lane
    assert dock.isVisible()
    assert dock.timeline.count() == 3

    # Side by side: version one (left) and three (right).
    _select_rows(dock, 0, 2)
    assert dock.compare_button.isEnabled()
    dock.compare_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window)
    qtbot.waitExposed(dialog)
    left, right = dialog.canvases
    left_img, right_img = _shown(left), _shown(right)
    assert _ink_in_view(left, left_img, *CHECK["one"])
    assert not _ink_in_view(left, left_img, *CHECK["two"])
    assert not _ink_in_view(left, left_img, *CHECK["three"])
    for name in ("one", "two", "three"):
        assert _ink_in_view(right, right_img, *CHECK[name]), name
    assert left.view.tool is None and right.view.tool is None, "viewers are read-only"
    dialog.close()

    # Restore the first as a new version (answering the calm question).
    _select_rows(dock, 0)
    saved: list[int] = []
    window.current.version_saved.connect(saved.append)
    answer_next_modal("Restore as new")
    dock.restore_button.click()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)

    after = history_fingerprint(library, cid)
    assert after[:3] == before, "an earlier version changed"
    assert [row[3] for row in after] == ["one", "two", "three", "Restored from version 1 · one"]
    assert [row[5] for row in after] == ["named", "named", "named", "restore"]  # kind column
    versions = library.list_versions(cid)
    assert [v.number for v in versions] == [1, 2, 3, 4]
    assert library.load_version(versions[3].id) == library.load_version(versions[0].id)
    qtbot.waitUntil(lambda: not dock.reading, timeout=5000)  # read on the lane
    assert [dock.timeline.item(i).text().split("\n")[0] for i in range(4)] == [
        "1 · one",
        "2 · two",
        "3 · three",
        "4 · Restored from version 1 · one",
    ]
    # The canvas now shows version one; Undo takes it back in one step.
    image = render(window)
    assert ink_near(image, *CHECK["one"]) and not ink_near(image, *CHECK["three"])
    window.undo_action.trigger()
    assert len([e for e in window.current.doc if isinstance(e, Stroke)]) == 3
    assert library.version_note(versions[0].id) == "note for one"


def test_open_a_version_read_only_and_step_versions(open_window, qtbot):
    window = open_window()
    drag(window, STROKES["one"])
    saved: list[int] = []
    window.current.version_saved.connect(saved.append)
    window.current.save_step_version("Make the outside yours")
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    (info,) = window.library.list_versions(window.current.container_id)
    assert (info.kind, info.name) == ("step", "Make the outside yours")

    window.versions.versions_action.trigger()
    dock = window.versions.dock
    qtbot.waitUntil(lambda: not dock.reading, timeout=5000)  # read on the lane
    _select_rows(dock, 0)
    viewer = dock.open_selected()
    qtbot.waitExposed(viewer)
    (canvas,) = viewer.canvases
    doc_before = canvas.scene.doc.elements()
    viewport = canvas.view.viewport()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    start = canvas.view.mapFromScene(QPointF(300, 900))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, canvas.view.mapFromScene(QPointF(700, 1000)))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    assert canvas.scene.doc.elements() == doc_before, "a viewer must not change anything"
    assert len(window.library.load_version(info.id)) == 1
    viewer.close()
