"""A click or a scribble in the grey around the page draws nothing and adds no step (it
used to be kept as an invisible "Brush stroke"); a line that starts there and reaches the
page is kept."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def _grey_corner(window) -> QPoint:
    """A viewport point in the grey around the page (checked, not assumed)."""
    canvas = window.canvas
    corner = QPoint(4, 4)
    assert not window.current.scene.canvas_rect.contains(canvas.mapToScene(corner).toPoint())
    return corner


def test_a_click_and_a_scribble_beside_the_page_draw_nothing(open_window) -> None:
    window = open_window()
    viewport, stack = window.canvas.viewport(), window.current.stack
    corner = _grey_corner(window)
    before = (len(window.current.doc.elements()), stack.step_count)
    QTest.mouseClick(viewport, LEFT, NONE, corner)
    QTest.mousePress(viewport, LEFT, NONE, corner)
    QTest.mouseMove(viewport, corner + QPoint(6, 0))
    QTest.mouseRelease(viewport, LEFT, NONE, corner + QPoint(6, 2))
    assert (len(window.current.doc.elements()), stack.step_count) == before
    assert not stack.can_undo() or stack.undo_name() != "Brush stroke"


def test_a_line_from_beside_the_page_onto_it_is_kept(open_window) -> None:
    window = open_window()
    viewport, canvas = window.canvas.viewport(), window.canvas
    start = _grey_corner(window)
    inside = canvas.mapFromScene(QPointF(300, 300))
    QTest.mousePress(viewport, LEFT, NONE, start)
    for i in range(1, 11):
        QTest.mouseMove(viewport, start + (inside - start) * (i / 10))
    QTest.mouseRelease(viewport, LEFT, NONE, inside)
    assert len(window.current.doc.elements()) == 1
