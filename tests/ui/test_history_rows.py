"""The History panel follows the undo stack row by row: one new row per step, none on
an autosave, and its rows always match the stack (after push, merge, undo, redo and a
push after undo)."""

from __future__ import annotations

import pytest
from helpers import drag, line
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from containerstudio.model import AddElement, ContainerDocument, ReplaceElement, Stroke, UndoStack
from containerstudio.ui.kit.theme import color
from containerstudio.ui.studio.history_dock import HistoryDock


def stroke(sid: str, x: float = 10.0) -> Stroke:
    return Stroke(
        id=sid,
        part="outside",
        tool="pencil",
        color="#333333",
        width=4.0,
        opacity=1.0,
        points=((x, 10.0, 0.5), (x + 30, 40.0, 0.5)),
    )


def shown(dock: HistoryDock) -> list[tuple[str, bool]]:
    """Each row's text and whether it is shown as undone (the theme's disabled text)."""
    rows = dock.list
    undone = color("disabled_text")
    return [
        (rows.item(i).text(), rows.item(i).foreground().color() == undone)
        for i in range(rows.count())
    ]


def expected(stack: UndoStack) -> list[tuple[str, bool]]:
    names = ["Start", *stack.names()]
    return [(name, row > stack.index) for row, name in enumerate(names)]


def assert_matches(dock: HistoryDock, stack: UndoStack) -> None:
    assert shown(dock) == expected(stack)
    assert dock.list.currentRow() == stack.index


class RowCounter:
    """Counts the rows the panel builds (its one row-making method)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        original = HistoryDock._new_row

        def counting(dock: HistoryDock, *args, **kwargs):
            self.calls += 1
            return original(dock, *args, **kwargs)

        monkeypatch.setattr(HistoryDock, "_new_row", counting)

    def since(self, before: int) -> int:
        return self.calls - before


@pytest.fixture
def followed(qtbot):
    stack = UndoStack(ContainerDocument())
    for i in range(50):
        stack.push(AddElement(stroke(f"s{i}"), name=f"Step {i}"))
    dock = HistoryDock()
    qtbot.addWidget(dock)
    dock.set_stack(stack)
    return dock, stack


def test_each_change_builds_at_most_one_row(followed, monkeypatch) -> None:
    dock, stack = followed
    rows = RowCounter(monkeypatch)
    assert_matches(dock, stack)

    stack.push(AddElement(stroke("new"), name="Pencil stroke"))
    assert rows.calls == 1
    assert_matches(dock, stack)

    stack.push(ReplaceElement(stroke("new", 20.0), name="Move", merge_key="drag"))
    stack.push(ReplaceElement(stroke("new", 30.0), name="Move", merge_key="drag"))  # merged
    assert rows.calls == 2
    assert_matches(dock, stack)

    for _ in range(3):
        stack.undo()
        assert_matches(dock, stack)
    stack.redo()
    assert_matches(dock, stack)
    assert rows.calls == 2, "undo and redo move the current row; they build none"

    stack.push(AddElement(stroke("branch"), name="Marker stroke"))  # the redo steps go
    assert rows.calls == 3
    assert_matches(dock, stack)
    assert dock.list.count() == stack.step_count + 1


def test_marking_the_saved_state_builds_no_row(followed, monkeypatch) -> None:
    dock, stack = followed
    rows = RowCounter(monkeypatch)
    stack.undo()
    stack.set_clean()
    stack.redo()
    stack.set_clean()
    assert rows.calls == 0
    assert_matches(dock, stack)


def test_a_cleared_history_shows_only_the_start(followed) -> None:
    dock, stack = followed
    stack.clear()
    assert shown(dock) == [("Start", False)]


def test_a_detached_panel_no_longer_follows(followed, monkeypatch) -> None:
    dock, stack = followed
    rows = RowCounter(monkeypatch)
    dock.set_stack(None)
    stack.push(AddElement(stroke("later"), name="Pencil stroke"))
    assert dock.list.count() == 0 and rows.calls == 0


def test_drawing_in_the_window_adds_one_row_and_autosave_none(
    open_window, qtbot, monkeypatch
) -> None:
    window = open_window()
    window.studio.history.show()
    drag(window, line(200, 200, 900, 200))
    autosaver = window.current.autosaver
    qtbot.waitUntil(lambda: not autosaver.dirty, timeout=10000)
    rows = RowCounter(monkeypatch)
    with qtbot.waitSignal(autosaver.saved, timeout=10000):
        drag(window, line(200, 400, 900, 400))
    assert rows.calls == 1, "one pen release, one row; its autosave adds none"
    assert_matches(window.studio.history, window.current.stack)
    window.undo_action.trigger()
    with qtbot.waitSignal(autosaver.saved, timeout=10000):
        drag(window, line(200, 600, 900, 600))
    assert rows.calls == 2
    assert_matches(window.studio.history, window.current.stack)


def _row_colours(dock: HistoryDock, row: int) -> set[tuple[int, int, int]]:
    """The colours painted in one row of the list, as the person sees it."""
    rows = dock.list
    image = rows.viewport().grab().toImage()
    rect = rows.visualItemRect(rows.item(row))
    return {
        (c.red(), c.green(), c.blue())
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), min(rect.right(), image.width() - 1) + 1)
        if (c := image.pixelColor(x, y)) is not None
    }


def _darkest(colours: set[tuple[int, int, int]]) -> int:
    return min(sum(c) for c in colours)


def test_rows_are_painted_as_they_stand(followed, qtbot) -> None:
    """Done steps in the text colour, undone ones grey, the current one highlighted."""
    dock, stack = followed
    dock.resize(260, 600)
    dock.show()
    qtbot.waitExposed(dock)
    stack.undo()
    stack.undo()
    rows = dock.list
    rows.scrollToItem(rows.item(stack.index))
    QApplication.processEvents()
    highlight = rows.palette().highlight().color()
    current = _row_colours(dock, stack.index)
    # Fusion shades an unfocused list's selection a touch: near the highlight is enough.
    assert any(
        max(
            abs(c[0] - highlight.red()), abs(c[1] - highlight.green()), abs(c[2] - highlight.blue())
        )
        <= 6
        for c in current
    ), "the current step is highlighted"
    done, undone = _row_colours(dock, stack.index - 1), _row_colours(dock, stack.index + 1)
    assert len(done) > 1 and len(undone) > 1, "each row shows its text"
    text = rows.palette().text().color()
    assert _darkest(done) <= sum((text.red(), text.green(), text.blue())) + 120
    assert _darkest(undone) > _darkest(done) + 120, "an undone step is shown grey"


def test_a_new_step_repaints_only_its_row_and_the_screen_stays_true(followed, qtbot) -> None:
    """A push adds one row at the end: the panel paints that row and scrolls by one
    (not every visible row again, 2-3 ms at each pen release), and what is on screen is
    exactly what a full repaint of the list would show."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QMainWindow

    dock, stack = followed
    window = QMainWindow()  # in a window, as the app has it
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(520, 420)
    window.show()
    qtbot.waitExposed(window)
    rows = dock.list
    painted: list[int] = []

    class PaintWatch(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(event.region().boundingRect().height())
            return False

    def painted_after(change) -> int:
        """The height repainted for one change (the window paints on its next frame)."""
        painted.clear()
        change()
        qtbot.waitUntil(lambda: bool(painted), timeout=5000)
        return max(painted)

    watch = PaintWatch()
    rows.viewport().installEventFilter(watch)
    try:
        painted_after(rows.scrollToBottom)
        pushes = [
            painted_after(lambda i=i: stack.push(AddElement(stroke(f"more{i}"), name=f"M{i}")))
            for i in range(3)
        ]
        on_screen = window.screen().grabWindow(window.winId()).toImage()
        fresh = window.grab().toImage().convertToFormat(on_screen.format())
    finally:
        rows.viewport().removeEventFilter(watch)
        dock.setParent(None)  # the fixture's, closed by it
        window.deleteLater()
    assert_matches(dock, stack)
    height = rows.viewport().height()
    assert max(pushes) < height / 3, f"repainted {pushes} px of {height} px at a push"
    new_row = rows.visualItemRect(rows.item(stack.index))
    assert rows.viewport().rect().contains(new_row), "the newest step is in view"
    assert on_screen.size() == fresh.size()
    assert on_screen == fresh, "what is shown differs from the list drawn anew"


def test_a_long_history_repaints_no_scroll_bar_and_stays_true(qtbot) -> None:
    """With a long history a new step leaves the scroll bar's handle on its pixels: the
    bar (and the window, panel and list behind it) is not painted again at each pen
    release, and once the handle moves the screen shows it where it is."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QMainWindow

    stack = UndoStack(ContainerDocument())
    for i in range(3000):
        stack.push(AddElement(stroke(f"s{i}"), name=f"Step {i}"))
    dock = HistoryDock()
    window = QMainWindow()
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.set_stack(stack)
    window.resize(520, 420)
    window.show()
    qtbot.waitExposed(window)
    rows = dock.list
    rows.scrollToBottom()
    stack.push(AddElement(stroke("first"), name="First"))  # the list is long: a steady bar
    qtbot.waitUntil(lambda: type(rows.verticalScrollBar()).__name__ == "SteadyScrollBar")
    bar = rows.verticalScrollBar()
    painted: list[QObject] = []

    class PaintWatch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(obj)
            return False

    watch = PaintWatch()
    for watched in (rows.viewport(), bar):
        watched.installEventFilter(watch)
    try:
        QApplication.processEvents()
        handle = SteadyHandle(bar)
        painted.clear()
        stack.push(AddElement(stroke("one more"), name="One more"))
        qtbot.waitUntil(lambda: rows.viewport() in painted, timeout=5000)
        QApplication.processEvents()
        assert handle.same(), "the handle is on the same pixels"
        assert bar not in painted, "the scroll bar was painted again for the same pixels"
        rows.scrollToItem(rows.item(1000))  # the handle moves up
        qtbot.waitUntil(lambda: bar in painted, timeout=5000)
        assert not handle.same(), "the handle moved"
        QApplication.processEvents()
        on_screen = window.screen().grabWindow(window.winId()).toImage()
        fresh = window.grab().toImage().convertToFormat(on_screen.format())
    finally:
        for watched in (rows.viewport(), bar):
            watched.removeEventFilter(watch)
        window.close()
        window.deleteLater()
    assert_matches(dock, stack)
    assert on_screen == fresh, "what is shown differs from the window drawn anew"


class SteadyHandle:
    """Whether a scroll bar's handle is where it was when this was made."""

    def __init__(self, bar) -> None:
        self.bar, self.rect = bar, self._rect(bar)

    @staticmethod
    def _rect(bar):
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider

        option = QStyleOptionSlider()
        bar.initStyleOption(option)
        return bar.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar
        )

    def same(self) -> bool:
        return self._rect(self.bar) == self.rect


def test_a_pen_release_and_its_autosave_update_the_undo_buttons_once(
    open_window, qtbot, monkeypatch
) -> None:
    """The undo and redo buttons (their tooltips name the step) follow the steps: the
    release updates them once, and its autosave, which moves no step, not again."""
    from containerstudio.ui.shell.main_window import MainWindow

    window = open_window()
    drag(window, line(200, 200, 900, 200))
    autosaver = window.current.autosaver
    qtbot.waitUntil(lambda: not autosaver.dirty, timeout=10000)
    updates: list[str] = []
    original = MainWindow._update_undo_actions

    def counting(self: MainWindow) -> None:
        original(self)
        updates.append(self.undo_action.toolTip())

    monkeypatch.setattr(MainWindow, "_update_undo_actions", counting)
    with qtbot.waitSignal(autosaver.saved, timeout=10000):
        drag(window, line(200, 400, 900, 400))
    qtbot.waitUntil(lambda: not autosaver.dirty, timeout=10000)
    assert len(updates) == 1, f"undo buttons updated {len(updates)} times for one stroke"
    assert window.current.stack.undo_name() in updates[0]
    window.undo_action.trigger()
    assert len(updates) == 2 and window.redo_action.isEnabled()
