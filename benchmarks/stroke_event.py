"""stroke_event_p99: the cost of one pointer-move event while drawing.

Measured on the real CanvasView of an OpenContainer (as the main window builds it):
a QMouseEvent is delivered to the viewport, then the event loop runs the repaint of the
dirty region. Baseline: the same on an empty canvas, in the same run.
"""

from __future__ import annotations

import time

from benchmarks.documents import build_document
from benchmarks.env import qapp, temp_library
from benchmarks.figures import Figure, percentile


def _event_costs(strokes: int, photos: int, moves: int) -> list[float]:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from containerstudio.ui.background import BackgroundWork
    from containerstudio.ui.canvas.tool_settings import ToolSettings
    from containerstudio.ui.canvas.view import CanvasView
    from containerstudio.ui.open_container import OpenContainer

    app = qapp()
    library, _ = temp_library()
    cid = library.create_container("bench")
    doc, _stack, _raw = build_document(strokes, photos)
    work = BackgroundWork()
    opened = OpenContainer(library, cid, doc, ToolSettings(), work)
    view = CanvasView(opened.scene)
    view.resize(1200, 900)
    view.show()
    view.set_tool(opened.tool_for("pencil"))
    view.fit_to_window()
    for _ in range(5):
        app.processEvents()
    viewport = view.viewport()
    costs: list[float] = []
    per_stroke = 40
    left = moves
    y0 = 150.0
    while left > 0:
        n = min(per_stroke, left)
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
        y0 = 150.0 + (y0 + 37) % 900
    opened.autosaver.detach()
    work.wait()
    view.close()
    view.deleteLater()
    opened.scene.detach()
    library.db.close()
    app.processEvents()
    return costs


def run(quick: bool) -> list[Figure]:
    moves = 200 if quick else 1200
    big_strokes, photos = (400, 2) if quick else (2000, 10)
    empty = percentile(_event_costs(0, 0, moves), 99)
    loaded = percentile(_event_costs(big_strokes, photos, moves), 99)
    ratio = loaded / empty
    figures = [
        Figure(
            "stroke_event_p99",
            loaded * 1000,
            empty * 1000,
            "ratio <= 1.2 and p99 <= 8 ms",
            ratio <= 1.2 and loaded * 1000 <= 8,
            "ms",
            f"{big_strokes} strokes and {photos} photos vs an empty canvas, {moves} events",
        )
    ]
    many = 2000 if quick else 10000
    history = percentile(_event_costs(many, 0, moves), 99)
    figures.append(
        Figure(
            "stroke_event_p99_history",
            history * 1000,
            empty * 1000,
            "ratio <= 1.3",
            history / empty <= 1.3,
            "ms",
            f"{many} earlier strokes vs an empty canvas",
        )
    )
    return figures
