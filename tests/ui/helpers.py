"""Helpers for driving the canvas with real input events."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from containerstudio.ui.canvas.render import render_scene


def canvas_to_viewport(window, x: float, y: float) -> QPoint:
    return window.canvas.mapFromScene(QPointF(x, y))


def drag(window, points: list[tuple[float, float]], button=Qt.MouseButton.LeftButton) -> None:
    """Press, move through `points` (canvas coordinates) and release, as a user would."""
    viewport = window.canvas.viewport()
    first = canvas_to_viewport(window, *points[0])
    QTest.mousePress(viewport, button, Qt.KeyboardModifier.NoModifier, first)
    for x, y in points[1:]:
        QTest.mouseMove(viewport, canvas_to_viewport(window, x, y))
    last = canvas_to_viewport(window, *points[-1])
    QTest.mouseRelease(viewport, button, Qt.KeyboardModifier.NoModifier, last)


def line(x0: float, y0: float, x1: float, y1: float, steps: int = 12) -> list[tuple[float, float]]:
    return [(x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps) for i in range(steps + 1)]


def render(window) -> QImage:
    return render_scene(window.current.scene).convertToFormat(QImage.Format.Format_ARGB32)


def ink_at(image: QImage, x: int, y: int, paper=(0xFF, 0xFD, 0xF8), tol: int = 40) -> bool:
    """True when the pixel differs clearly from the paper colour."""
    c = image.pixelColor(x, y)
    return max(abs(c.red() - paper[0]), abs(c.green() - paper[1]), abs(c.blue() - paper[2])) > tol


def answer_next_modal(button_text: str) -> None:
    """When the next modal dialog appears, click its button labelled `button_text`."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractButton, QApplication

    def click() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, click)
            return
        for button in modal.findChildren(QAbstractButton):
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {modal.windowTitle()!r}")

    QTimer.singleShot(0, click)


def ink_near(image: QImage, x: int, y: int, radius: int = 2) -> bool:
    """True when some pixel within `radius` of (x, y) shows ink."""
    return any(
        ink_at(image, px, py)
        for px in range(max(0, x - radius), min(image.width(), x + radius + 1))
        for py in range(max(0, y - radius), min(image.height(), y + radius + 1))
    )


LIVE_ANSWERS: list[CalmAnswers] = []  # stopped after every test (tests/ui/conftest.py)


class CalmAnswers:
    """Answers calm dialogs as they appear, as a person would, and notes what they said.

    `choose(dialog)` returns the key of the button to press (None: the dialog's default).
    Each dialog is noted as "text\\ninformative text" in `seen`, once.
    """

    def __init__(self, choose=None) -> None:
        from PySide6.QtCore import QTimer

        self.seen: list[str] = []
        self._choose = choose or (lambda _dialog: None)
        self._answered: set[int] = set()
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._look)
        self.timer.start()
        LIVE_ANSWERS.append(self)

    def _look(self) -> None:
        from PySide6.QtWidgets import QApplication

        from containerstudio.ui.kit.calm_dialog import CalmDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, CalmDialog) and widget.isVisible():
                if id(widget) in self._answered:
                    continue
                self._answered.add(id(widget))
                self.seen.append(widget.text() + "\n" + widget.informativeText())
                key = self._choose(widget)
                default = next(k for k, b in widget.buttons.items() if b.isDefault())
                widget.choose(key or default)

    def stop(self) -> None:
        self.timer.stop()
        if self in LIVE_ANSWERS:
            LIVE_ANSWERS.remove(self)


def open_export(qtbot, window):
    """Open the export dialog: its content is read on the storage lane, then it shows."""
    window.export_actions.export_pdf()
    qtbot.waitUntil(lambda: window.export_actions.dialog is not None, timeout=10000)
    return window.export_actions.dialog
