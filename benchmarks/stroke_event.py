"""stroke_event_p99: the cost of one pointer-move event while drawing.

Measured on the real CanvasView of an OpenContainer (as the main window builds it):
a QMouseEvent is delivered to the viewport, then the event loop runs the repaint of the
dirty region. Baseline: the same on an empty canvas, in the same run.
"""

from __future__ import annotations

import time

from benchmarks.documents import build_document
from benchmarks.env import qapp, temp_library
from benchmarks.figures import Figure, median, percentile


class _Canvas:
    """A real CanvasView of an OpenContainer (as the main window builds it), drawn on by
    delivering mouse events to its viewport."""

    def __init__(self, strokes: int, photos: int) -> None:
        from containerstudio.ui.background import BackgroundWork
        from containerstudio.ui.canvas.tool_settings import ToolSettings
        from containerstudio.ui.canvas.view import CanvasView
        from containerstudio.ui.open_container import OpenContainer

        self.app = qapp()
        self.library, _ = temp_library()
        cid = self.library.create_container("bench")
        doc, _stack, _raw = build_document(strokes, photos)
        self.work = BackgroundWork()
        self.opened = OpenContainer(self.library, cid, doc, ToolSettings(), self.work)
        self.view = CanvasView(self.opened.scene)
        self.view.resize(1200, 900)
        self.view.show()
        self.view.set_tool(self.opened.tool_for("pencil"))
        self.view.fit_to_window()
        for _ in range(5):
            self.app.processEvents()
        self.y0 = 150.0

    def event_costs(self, moves: int) -> list[float]:
        """Seconds for each pointer move: the event, then the repaint it causes."""
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QApplication

        app, view, viewport = self.app, self.view, self.view.viewport()
        costs: list[float] = []
        per_stroke = 40
        left = moves
        while left > 0:
            n = min(per_stroke, left)
            y0 = self.y0
            start = view.mapFromScene(QPointF(200, y0))
            press = QMouseEvent(
                QMouseEvent.Type.MouseButtonPress,
                QPointF(start),
                QPointF(start),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(viewport, press)
            app.processEvents()
            for i in range(1, n + 1):
                pos = QPointF(view.mapFromScene(QPointF(200 + i * 25, y0 + (i % 7) * 6)))
                move = QMouseEvent(
                    QMouseEvent.Type.MouseMove,
                    pos,
                    pos,
                    Qt.MouseButton.NoButton,
                    Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier,
                )
                t0 = time.perf_counter()
                QApplication.sendEvent(viewport, move)
                app.processEvents()  # the repaint of the dirty region happens here
                costs.append(time.perf_counter() - t0)
            release = QMouseEvent(
                QMouseEvent.Type.MouseButtonRelease,
                pos,
                pos,
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(viewport, release)
            app.processEvents()
            left -= n
            self.y0 = 150.0 + (y0 + 37) % 900
        return costs

    def close(self) -> None:
        self.opened.autosaver.detach()
        self.work.wait()
        self.view.close()
        self.view.deleteLater()
        self.opened.scene.detach()
        self.library.db.close()
        self.app.processEvents()


def _p99_of_one_canvas(strokes: int, photos: int, moves: int) -> float:
    canvas = _Canvas(strokes, photos)
    try:
        return percentile(canvas.event_costs(moves), 99)
    finally:
        canvas.close()


def run(quick: bool) -> list[Figure]:
    moves = 200 if quick else 1200
    rounds = 1 if quick else 3
    big_strokes, photos = (400, 2) if quick else (2000, 10)
    many = 2000 if quick else 10000
    sizes = {"empty": (0, 0), "loaded": (big_strokes, photos), "history": (many, 0)}
    # The canvases take turns, round after round (one at a time, each freshly made), so
    # that a busy moment of the machine falls on all of them alike; each figure is the
    # median of its rounds' p99.
    p99s: dict[str, list[float]] = {name: [] for name in sizes}
    for _ in range(rounds):
        for name, (strokes, photos_on_it) in sizes.items():
            p99s[name].append(_p99_of_one_canvas(strokes, photos_on_it, moves))
    empty, loaded, history = (median(p99s[name]) for name in ("empty", "loaded", "history"))
    about = f"median of {rounds} interleaved rounds of {moves} events"
    return [
        Figure(
            "stroke_event_p99",
            loaded * 1000,
            empty * 1000,
            "ratio <= 1.2 and p99 <= 8 ms",
            loaded / empty <= 1.2 and loaded * 1000 <= 8,
            "ms",
            f"{big_strokes} strokes and {photos} photos vs an empty canvas; {about}",
        ),
        Figure(
            "stroke_event_p99_history",
            history * 1000,
            empty * 1000,
            "ratio <= 1.3",
            history / empty <= 1.3,
            "ms",
            f"{many} earlier strokes vs an empty canvas; {about}",
        ),
    ]
