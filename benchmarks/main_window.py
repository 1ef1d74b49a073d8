"""The real main window, as a person has it, for benchmarks that draw on it.

`StudioWindow` opens a `MainWindow` on a throwaway library with one container (holding
`doc`, if given), shows every panel side by side (History, guide, artwork, versions),
and draws on the canvas by delivering mouse events to its viewport.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from benchmarks.env import qapp, temp_library
from containerstudio.model import ContainerDocument


class StudioWindow:
    """A real MainWindow with every panel showing, drawn on with the mouse."""

    def __init__(self, doc: ContainerDocument | None = None) -> None:
        from PySide6.QtCore import Qt

        from containerstudio.storage.library import LAST_OPEN_KEY
        from containerstudio.ui.kit.background import BackgroundWork
        from containerstudio.ui.shell.main_window import MainWindow

        self.app = qapp()
        self.library, self.folder = temp_library()
        self.container_id = self.library.create_container("bench")
        if doc is not None:
            self.library.save_working(self.container_id, doc)
        self.library.set_setting(LAST_OPEN_KEY, str(self.container_id))
        self.work = BackgroundWork()
        self.window = MainWindow(self.work, self.library)
        self.window.resize(1600, 1000)
        self.window.show()
        assert self.window.current is not None
        assert self.window.current.container_id == self.container_id
        self.window.tool_settings.set_tool("pencil")
        window = self.window
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.panels = {
            "history": window.studio.history,
            "versions": window.versions.dock,
            "artwork": window.studio.artwork,
            "guide": window.guide.dock,
        }
        # Side by side, none hidden behind another's tab.
        window.addDockWidget(left, self.panels["artwork"])
        window.addDockWidget(left, self.panels["guide"])
        window.addDockWidget(right, self.panels["history"])
        window.addDockWidget(right, self.panels["versions"])
        window.splitDockWidget(self.panels["artwork"], self.panels["guide"], Qt.Vertical)
        window.splitDockWidget(self.panels["history"], self.panels["versions"], Qt.Vertical)
        for dock in self.panels.values():
            dock.setFloating(False)
            dock.show()
        window.canvas.fit_to_window()
        self.settle()
        hidden = [n for n, d in self.panels.items() if d.visibleRegion().isEmpty()]
        assert not hidden, f"panels not on screen: {hidden}"
        # As the app does once its container is open: what was made so far (here, also
        # what earlier benchmarks in this process left) is not collected again and again.
        from containerstudio.app import settle_memory

        settle_memory()
        self.y0 = 150.0

    @property
    def stack(self):
        return self.window.current.stack

    def settle(self, rounds: int = 5) -> None:
        for _ in range(rounds):
            self.app.processEvents()
        self.work.wait()
        self.app.processEvents()

    def _mouse(self, kind, x: float, y: float, button, buttons) -> None:
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QApplication

        view = self.window.canvas
        pos = QPointF(view.mapFromScene(QPointF(x, y)))
        event = QMouseEvent(kind, pos, pos, button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view.viewport(), event)

    def stroke(self, moves: int, on_move: Callable[[float], None] | None = None) -> list[float]:
        """Draw one stroke of `moves` pointer moves; the seconds of each step on the UI
        thread (press, each move, release), every one with the event loop turn after it
        (where the repaint happens)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QMouseEvent

        left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
        app, y0 = self.app, self.y0
        costs: list[float] = []

        self.cpu_costs: list[float] = []  # the same steps in UI-thread processor time

        def timed(kind, x: float, y: float, button, buttons) -> float:
            t0, c0 = time.perf_counter(), time.thread_time()
            self._mouse(kind, x, y, button, buttons)
            app.processEvents()
            cost = time.perf_counter() - t0
            costs.append(cost)
            self.cpu_costs.append(time.thread_time() - c0)
            return cost

        timed(QMouseEvent.Type.MouseButtonPress, 200, y0, left, left)
        x = y = 0.0
        for i in range(1, moves + 1):
            x, y = 200 + i * 25, y0 + (i % 7) * 6
            cost = timed(QMouseEvent.Type.MouseMove, x, y, none, left)
            if on_move is not None:
                on_move(cost)
        timed(QMouseEvent.Type.MouseButtonRelease, x, y, left, none)
        self.y0 = 150.0 + (y0 + 37) % 900
        return costs

    def close(self) -> None:
        self.window.close()
        self.work.wait()
        self.window.deleteLater()
        self.library.db.close()
        self.app.processEvents()
