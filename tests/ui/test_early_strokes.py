"""No stroke is lost while the container opens (issue 14, acceptance 6).

The window shows before its library has opened. From its first frame the canvas area
takes presses and drags; once the container opens, every stroke drawn meanwhile is in
the drawing (one undo step each) and on screen, where it was drawn.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from containerstudio.model.elements import Stroke
from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.shell.main_window import MainWindow

NONE = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton
# Three strokes across the canvas area, in its own coordinates (the window is 1200 x 820).
EARLY = [
    [QPoint(300 + 20 * i, 200 + 8 * i) for i in range(10)],
    [QPoint(420, 420 + 10 * i) for i in range(10)],
    [QPoint(600 - 15 * i, 300 + 12 * i) for i in range(10)],
]


@pytest.fixture
def waiting_window(qtbot, data_dir):
    """A shown MainWindow whose library has not opened yet, and the library to attach."""
    db = open_database(data_dir)
    window = MainWindow(BackgroundWork())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, Library(db)
    if window.isVisible():
        window.close()
    window.work.wait()
    db.close()
    QApplication.processEvents()


def _draw(widget, points: list[QPoint], release: bool = True) -> None:
    QTest.mousePress(widget, LEFT, NONE, points[0])
    for p in points[1:]:
        QTest.mouseMove(widget, p)
    if release:
        QTest.mouseRelease(widget, LEFT, NONE, points[-1])


def _strokes(window) -> list[Stroke]:
    return [e for e in window.current.doc if isinstance(e, Stroke)]


def _inked(image, at: QPoint, paper) -> bool:
    """Some pixel within 2 px of `at` clearly differs from the paper."""
    for dx in range(-2, 3):
        for dy in range(-2, 3):
            c = image.pixelColor(at.x() + dx, at.y() + dy)
            if max(abs(c.red() - paper.red()), abs(c.green() - paper.green())) > 40:
                return True
    return False


def _on_view(window, point) -> QPoint:
    """Where a page point shows, in the canvas view's own coordinates (frame included)."""
    canvas = window.canvas
    return canvas.viewport().mapTo(canvas, canvas.mapFromScene(QPointF(*point[:2])))


def test_strokes_drawn_before_the_container_opens_land_in_it(waiting_window):
    window, library = waiting_window
    area = window.studio.area.content()
    for points in EARLY:
        _draw(area, points)
    assert window.current is None, "drawn before the library was there"
    window.attach_library(library)
    strokes = _strokes(window)
    assert len(strokes) == 3, "every early stroke is in the drawing"
    assert window.current.stack.step_count == 3, "one undo step each"
    window.canvas.viewport().repaint()
    shown = window.canvas.viewport().grab().toImage()
    paper = shown.pixelColor(window.canvas.mapFromScene(QPointF(40, 40)))
    for stroke, points in zip(strokes, EARLY, strict=True):
        # Each lands on the page where it was drawn on the screen.
        # (The drawing was on the waiting area, laid like the view; the view's viewport
        # sits inside its frame, so points are compared in the view's coordinates.)
        start = _on_view(window, stroke.points[0])
        assert (start - points[0]).manhattanLength() <= 2
        middle = window.canvas.viewport().mapFrom(window.canvas, points[len(points) // 2])
        assert _inked(shown, middle, paper), "and it is on screen"
    window.undo()
    assert len(_strokes(window)) == 2


def test_a_stroke_still_being_drawn_goes_on_on_the_canvas(waiting_window):
    window, library = waiting_window
    area = window.studio.area.content()
    _draw(area, EARLY[0])
    _draw(area, EARLY[1][:5], release=False)  # the pen is still down as it opens
    window.attach_library(library)
    assert len(_strokes(window)) == 1, "the finished one is in already"
    _draw(window.canvas.viewport(), EARLY[1][4:], release=False)
    QTest.mouseRelease(window.canvas.viewport(), LEFT, NONE, EARLY[1][-1])
    strokes = _strokes(window)
    assert len(strokes) == 2 and window.current.stack.step_count == 2
    end = _on_view(window, strokes[1].points[-1])
    assert (end - EARLY[1][-1]).manhattanLength() <= 2, "one stroke, begun before"
