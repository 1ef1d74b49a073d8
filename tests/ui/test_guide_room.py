"""The guide has room (issue 15, acceptance 1): at 1280×800, 1024×700 and 1920×1080,
on every step of every shipped pack, "Step N of M", the step's title, Back / Skip / Next
and the step's first field lie inside the visible guide without scrolling; at 1280×800
and up no step needs its inner scroll bar, and the slips step's write, fold and put
inside fit too. No label or button, in the window or on any step, shows clipped text.
Geometry is measured against what is on screen (the dock, the window, and the step's
scroll area viewport)."""

from __future__ import annotations

import pytest
from guide_helpers import click, panel
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from screen_fit import clipped_texts

SIZES = [(1280, 800), (1024, 700), (1920, 1080)]


def _on_screen(widget: QWidget, within: QWidget) -> QRect:
    """`widget`'s rectangle in `within`'s coordinates."""
    return QRect(widget.mapTo(within, widget.rect().topLeft()), widget.size())


def _visible_in(widget: QWidget, within: QWidget) -> bool:
    return widget.isVisible() and within.rect().contains(_on_screen(widget, within))


def _first_field(body: QWidget) -> QWidget | None:
    """The step's first control a person can type into or press (in reading order)."""
    found = [
        w
        for w in body.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.objectName() != "qt_scrollarea_viewport"
    ]
    found.sort(
        key=lambda w: (w.mapTo(body, w.rect().topLeft()).y(), w.mapTo(body, w.rect().topLeft()).x())
    )
    return found[0] if found else None


def _settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(5)


def _check_step(window, size, problems: list[str], pack: str) -> None:
    p = panel(window)
    dock = window.guide.dock
    step = window.guide.controller.session.current_step
    where = f"{size[0]}×{size[1]} {pack} step {step.id!r}"
    scroll = p.step_scroll
    viewport = scroll.viewport()
    if scroll.verticalScrollBar().value() != 0:
        problems.append(f"{where}: opened scrolled")
    for name, widget in (
        ("Step N of M", p.progress),
        ("title", p.step_title),
        ("Back", p.back_button),
        ("Skip", p.skip_button),
        ("Next", p.next_button),
    ):
        if not (_visible_in(widget, dock) and _visible_in(widget, window)):
            problems.append(f"{where}: {name} out of view")
    for problem in clipped_texts(dock):
        problems.append(f"{where}: {problem}")
    field = _first_field(p.body)
    if field is not None and not _visible_in(field, viewport):
        problems.append(f"{where}: first field {field.accessibleName()!r} out of view")
    roomy = size[0] >= 1280
    if roomy and scroll.verticalScrollBar().maximum() > 0:
        problems.append(
            f"{where}: needs the inner scroll bar ({scroll.verticalScrollBar().maximum()} px)"
        )
    if step.kind == "slips" and roomy:
        slips = p.slips
        for name, widget in (
            ("write", slips.word),
            ("fold", slips.fold),
            ("put inside", slips.add_button),
        ):
            if not _visible_in(widget, viewport):
                problems.append(f"{where}: slips {name} out of view")


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_step_of_every_pack_fits_the_guide(open_window, qtbot, size):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    p = panel(window)
    problems: list[str] = [f"{size}: {problem}" for problem in clipped_texts(window)]
    packs = [p.pack_box.itemText(i) for i in range(p.pack_box.count())]
    assert len(packs) >= 3, "too few packs seen for the check to mean anything"
    steps_seen = 0
    for index, pack in enumerate(packs):
        p.pack_box.setCurrentIndex(index)
        _settle(qtbot)
        if not _visible_in(p.start_button, window.guide.dock):
            problems.append(f"{size} {pack}: Begin out of view")
        overview = p.minutes.parentWidget()
        while not isinstance(overview, QScrollArea):
            overview = overview.parentWidget()
        if not _visible_in(p.minutes, overview.viewport()):
            problems.append(f"{size} {pack}: the session length out of view")
        click(p.start_button)
        while True:
            _settle(qtbot)
            _check_step(window, size, problems, pack)
            steps_seen += 1
            if p.next_button.text() != "Next":
                break
            click(p.next_button)
        click(p.next_button)  # Finish
        _settle(qtbot)
        click(p.again_button)
        _settle(qtbot)
    assert steps_seen >= 20
    assert problems == [], "\n".join(problems)
