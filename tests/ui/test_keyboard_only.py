"""Acceptance (issue 16, point 2): the whole container pack, three canvas tools and a
PDF export, from the keyboard alone.

Nothing here clicks: each control is reached with Tab (or a key the app offers, such
as a tool's letter or Ctrl+E) from wherever the focus is, and pressed with Space,
Enter or typed into. An application-wide filter counts mouse, wheel and tablet events
and the test ends by checking there was not one.
"""

from __future__ import annotations

from pathlib import Path

from guide_helpers import panel, session
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from containerstudio.model.elements import Stroke
from containerstudio.model.placed import StickerElement
from containerstudio.model.shapes import ShapeElement
from containerstudio.ui.guide.step_widgets import KeptWhereWidget, NoteWidget, RatingWidget

POINTER_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
    QEvent.Type.TabletMove,
    QEvent.Type.TabletRelease,
    QEvent.Type.TouchBegin,
}
TAB_LIMIT = 400


class PointerWatch(QObject):
    """Counts every pointer event the application delivers, and every key press."""

    def __init__(self) -> None:
        super().__init__()
        self.pointer: list[str] = []
        self.keys = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in POINTER_EVENTS:
            self.pointer.append(f"{event.type().name} to {type(watched).__name__}")
        elif event.type() == QEvent.Type.KeyPress:
            self.keys += 1
        return False


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, f"nothing has the keyboard focus ({QApplication.activeWindow()})"
    return widget


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key, into whatever has the focus."""
    QTest.keyClick(focused(), k, modifier)
    QApplication.processEvents()


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)
    QApplication.processEvents()


def tab_to(target: QWidget) -> None:
    """Press Tab until `target` has the focus (failing when Tab never gets there)."""
    for _ in range(TAB_LIMIT):
        if focused() is target:
            return
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {type(target).__name__} {target.accessibleName()!r}")


def press(target: QWidget) -> None:
    """Reach a button with Tab and press it with Space."""
    tab_to(target)
    key(Qt.Key.Key_Space)


def draw(steps: list[tuple[Qt.Key, int]]) -> None:
    """On the focused canvas: pen down (Space), the arrow moves, pen up (Space)."""
    key(Qt.Key.Key_Space)
    for arrow, times in steps:
        for _ in range(times):
            key(arrow)
    key(Qt.Key.Key_Space)


def body_widget(window, cls):
    found = [w for w in panel(window).body.findChildren(cls) if w.isVisible()]
    return found[0] if found else None


def test_the_whole_pack_three_tools_and_a_pdf_from_the_keyboard(open_window, qtbot, tmp_path):
    window = open_window()
    watch = PointerWatch()
    app = QApplication.instance()
    app.installEventFilter(watch)
    try:
        _walk_by_keys(window, qtbot, tmp_path)
    finally:
        app.removeEventFilter(watch)
    assert watch.keys > 50
    assert watch.pointer == [], f"pointer events: {watch.pointer[:10]}"


def _walk_by_keys(window, qtbot, tmp_path: Path) -> None:
    qtbot.waitUntil(lambda: window.canvas is not None and session(window) is None)
    p = panel(window)
    doc = window.current.doc
    press(p.start_button)
    assert session(window).current_step.id == "what-to-expect"
    steps_seen = []
    while not session(window).finished:
        step = session(window).current_step
        steps_seen.append(step.id)
        rating = body_widget(window, RatingWidget)
        if rating is not None:  # Tab reaches the scale; the arrows move along it
            tab_to(rating.buttons[0])
            for _ in range(3):
                key(Qt.Key.Key_Right)
            assert focused() is rating.buttons[3], focused().accessibleName()
            key(Qt.Key.Key_Space)
            assert rating.value() == 3
        if step.id == "intention":
            tab_to(body_widget(window, NoteWidget))
            type_text("Hold the week for me")
        elif step.id == "choose-container":
            studio = window.studio
            press(p.body.findChild(QWidget, "suggested_templates"))  # "Show Container shapes"
            templates = studio.artwork.templates
            tab_to(templates)
            key(Qt.Key.Key_Home)
            key(Qt.Key.Key_Right)
            key(Qt.Key.Key_Right)  # the third outline: the chest
            key(Qt.Key.Key_Return)
            assert any(isinstance(e, StickerElement) and e.name == "chest" for e in doc)
        elif step.id == "outside":
            tab_to(window.canvas)
            key(Qt.Key.Key_P)  # the pencil
            draw([(Qt.Key.Key_Right, 12), (Qt.Key.Key_Down, 4)])
            key(Qt.Key.Key_R)  # a rectangle
            draw([(Qt.Key.Key_Left, 6), (Qt.Key.Key_Down, 6)])
            assert any(isinstance(e, ShapeElement) and e.shape == "rect" for e in doc)
        elif step.id == "lid-lock-key":
            tab_to(window.canvas)
            key(Qt.Key.Key_M)  # the marker, on the lid (the step turned the canvas there)
            draw([(Qt.Key.Key_Up, 5), (Qt.Key.Key_Right, 5)])
            markers = [e for e in doc if isinstance(e, Stroke) and e.tool == "marker"]
            assert markers and markers[-1].part == "lid"
        elif step.kind == "slips":
            slips = p.slips
            tab_to(slips.word)
            type_text(f"a slip for {step.id}")
            if step.id != "practice":
                press(slips.fold)
                assert slips.fold.isChecked()
                press(slips.add_button)
            else:
                key(Qt.Key.Key_Return)
        elif step.kind == "close":
            kept = body_widget(window, KeptWhereWidget)
            tab_to(kept.edit)
            type_text("far away, in a vault")
            key(Qt.Key.Key_Return)
            close = next(
                b for b in p.body.findChildren(QWidget) if b.accessibleName() == "Close the lid"
            )
            press(close)
            qtbot.waitUntil(lambda: window.guide.lid_closed(), timeout=5000)
        press(p.next_button)
    assert "check-in" in steps_seen and "slips-inside" in steps_seen
    assert len(steps_seen) == len(session(window).pack.steps)
    pencil = [e for e in doc if isinstance(e, Stroke) and e.tool == "pencil"]
    assert pencil and len(pencil[-1].points) >= 10, "the pencil followed the arrows"
    assert len(window.guide.slips()) == 2 and window.guide.slips()[1].folded

    # Export a PDF: Ctrl+E, Tab to Save PDF…, type where, Enter.
    tab_to(window.canvas)
    key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.export_actions.dialog is not None, timeout=10000)
    dialog = window.export_actions.dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    press(dialog.save_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog), timeout=5000)
    target = tmp_path / "by-keys.pdf"
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(str(target))
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: target.is_file() and target.stat().st_size > 0, timeout=30000)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=30000)
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 1
    key(Qt.Key.Key_Escape)  # the export dialog closes from the keyboard too
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_the_watch_sees_a_click(qtbot):
    """The pointer watch can fail: one click is counted."""
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Keep")
    qtbot.addWidget(button)
    button.show()
    watch = PointerWatch()
    QApplication.instance().installEventFilter(watch)
    try:
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert any(p.startswith("MouseButtonPress") for p in watch.pointer)
