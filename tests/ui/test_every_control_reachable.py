"""Acceptance (issue 16, point 1): a walk over every widget of every screen and dialog
fails on an interactive control without an accessible name and, with large targets on,
on a clickable target smaller than 44×44 px.

The screens: the main window before a session, at every step of the container pack
and when it is over, the Pause and Hide now covers; the dialogs: every stop of the
safety walk (`WALK`, which itself fails when a dialog class is not in it).
"""

from __future__ import annotations

import pytest
from guide_helpers import click, panel, session
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from test_safety_everywhere import (  # noqa: F401
    WALK,
    _close_all_but,
    _newly_visible,
    app_named,
    marked_window,
)

from containerstudio.ui.kit import preferences

INTERACTIVE = (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)
LARGE = preferences.LARGE_TARGET_PX


def _inner_part(w: QWidget) -> bool:
    """Qt's own inner parts of a control (a spin box's editor, a combo's line edit): the
    control they are in is what is named and clicked."""
    return isinstance(w, QLineEdit) and isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def _describe(w: QWidget) -> str:
    text = w.text() if hasattr(w, "text") and callable(w.text) else ""
    return f"{type(w).__name__} {w.objectName() or ''!r} {text!r}"


def spoken_name(w: QWidget) -> str:
    """The name assistive technology is given for `w` (its accessible name, else what
    Qt derives: a button's text, a field's label)."""
    face = QAccessible.queryAccessibleInterface(w)
    return (face.text(QAccessible.Text.Name) if face is not None else "").strip()


def _small_targets(w: QWidget) -> list[QRect]:
    """The clickable rectangles of `w` smaller than the large target."""
    if isinstance(w, QScrollBar):
        return []  # the system's scroll bars; every list also scrolls by keys and wheel
    if isinstance(w, QTabBar):
        rects = [w.tabRect(i) for i in range(w.count())]
    elif isinstance(w, QHeaderView):  # its titles are targets only when they sort
        if not w.sectionsClickable() or not w.count():
            return []
        first = w.logicalIndex(0)
        rects = [QRect(w.sectionViewportPosition(first), 0, w.sectionSize(first), w.height())]
        if w.orientation() == Qt.Orientation.Vertical:
            rects = [QRect(0, w.sectionViewportPosition(first), w.width(), w.sectionSize(first))]
    elif isinstance(w, QAbstractItemView) and w.model() is not None:
        rects = [w.visualRect(w.model().index(0, 0))] if w.model().rowCount() else []
        rects = [r for r in rects if r.isValid()]
    elif isinstance(w, (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractSlider, QLineEdit)):
        rects = [w.rect()]
    else:
        return []
    return [r for r in rects if r.width() < LARGE or r.height() < LARGE]


def check_window(top: QWidget, where: str, large: bool) -> list[str]:
    """What is wrong on `top` (every visible widget in it): unnamed controls, and with
    `large` the targets below 44 px."""
    problems = []
    checked = 0
    for w in [top, *top.findChildren(QWidget)]:
        if not isinstance(w, INTERACTIVE) or not _shown(w) or _inner_part(w):
            continue
        if isinstance(w, QScrollBar):
            continue
        if isinstance(w, QTabBar) and isinstance(w.parentWidget(), QWidget) and w.count() == 0:
            continue
        checked += 1
        # A tab bar and a list's header are said by their tabs' and columns' titles.
        if not spoken_name(w) and not isinstance(w, (QTabBar, QHeaderView)):
            problems.append(f"{where}: no accessible name: {_describe(w)}")
        if large:
            for r in _small_targets(w):
                problems.append(f"{where}: {r.width()}×{r.height()} px: {_describe(w)}")
    assert checked, f"{where}: no control seen"
    return problems


def _walk_every_screen(window, qtbot, large: bool) -> list[str]:
    problems = check_window(window, "main window", large)
    safety = window.guide.safety
    for cover, lift, name in (
        (safety.pause, lambda: click(safety.pause_screen.resume_button), "Pause"),
        (safety.hide_now, lambda: click(safety.hide_screen.return_button), "Hide now"),
    ):
        cover()
        problems += check_window(window, name, large)
        lift()
    for stop in WALK:
        before = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        stop.open(window)
        qtbot.waitUntil(
            lambda stop=stop, before=before: any(
                type(w).__name__ == stop.kind for w in _newly_visible(before)
            ),
            timeout=10000,
        )
        QApplication.processEvents()
        for top in _newly_visible(before):
            problems += check_window(top, stop.name, large)
        _close_all_but(window)
    return problems


@pytest.mark.parametrize("large", [False, True], ids=["as-is", "large-targets"])
def test_every_control_is_named_and_large_enough(marked_window, qtbot, qapp, large):  # noqa: F811
    window = marked_window  # in a session, on the slips step, with versions and a trash
    if large:  # switched on while the app runs, as from Settings
        preferences.apply_preferences(qapp, preferences.Preferences(large_targets=True))
        QApplication.processEvents()
    problems = _walk_every_screen(window, qtbot, large)
    # The rest of this session, its end, then the overview and every step from the first.
    while not session(window).finished:
        click(panel(window).next_button)
    problems += check_window(window, "finished", large)
    click(panel(window).again_button)
    problems += check_window(window, "overview", large)
    click(panel(window).start_button)
    seen = []
    while not session(window).finished:
        seen.append(session(window).current_step.id)
        problems += check_window(window, f"step {seen[-1]}", large)
        click(panel(window).next_button)
    assert len(seen) == len(session(window).pack.steps) and "check-in" in seen
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_walk_sees_an_unnamed_or_small_control(qtbot):
    """The check itself can fail: a button with only an icon, and a small one."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    unnamed = QPushButton(page)
    named = QPushButton("Keep", page)
    named.setFixedSize(30, 20)
    layout.addWidget(unnamed)
    layout.addWidget(named)
    page.show()
    qtbot.waitExposed(page)
    said = check_window(page, "page", large=True)
    assert any("no accessible name" in p and "QPushButton" in p for p in said), said
    assert any("30×20 px" in p and "'Keep'" in p for p in said), said
    assert check_window(page, "page", large=False) == [said[0]]
