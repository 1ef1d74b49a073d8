"""Tab follows the screen: the header, the tool rail, the options of the tool in hand, the
strip and the canvas, the arranging actions, the guide, then the tray under the canvas.

Qt's own focus chain follows the order widgets were made in, which in this window jumps
(the guide is built before the studio, steps add their fields later). The window asks
here instead: its regions in screen order, and in each region its controls from top to
bottom and left to right, as a person reads them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget

TAB = Qt.FocusPolicy.TabFocus


def takes_tab(widget: QWidget) -> bool:
    """True when Tab may stop on `widget` now (shown, enabled, not a stand-in)."""
    return (
        widget.isVisible()
        and widget.isEnabled()
        and (widget.focusPolicy() & TAB) == TAB
        and widget.focusProxy() is None
        and not widget.isWindow()
    )


def reading_order(widgets: list[QWidget]) -> list[QWidget]:
    """`widgets` as a person reads them: row by row (widgets whose middles lie within the
    first one's height share its row), each row from left to right."""
    placed = [(w.mapToGlobal(w.rect().topLeft()), w) for w in widgets]
    placed.sort(key=lambda p: (p[0].y(), p[0].x()))
    rows: list[list[tuple[int, QWidget]]] = []
    row_bottom = None
    for top_left, widget in placed:
        middle = top_left.y() + widget.height() // 2
        if row_bottom is None or middle > row_bottom:
            rows.append([])
            row_bottom = top_left.y() + widget.height()
        rows[-1].append((top_left.x(), widget))
    return [widget for row in rows for _x, widget in sorted(row, key=lambda p: p[0])]


def region_stops(region: QWidget) -> list[QWidget]:
    """The controls of one region that Tab stops on, in reading order."""
    return reading_order([w for w in (region, *region.findChildren(QWidget)) if takes_tab(w)])


class FocusOrder:
    """The window's Tab stops, region by region (`regions` gives them in screen order)."""

    def __init__(self, regions: Callable[[], Sequence[QWidget | None]]) -> None:
        self.regions = regions

    def stops(self) -> list[QWidget]:
        chain: list[QWidget] = []
        seen: set[int] = set()
        for region in self.regions():
            if region is None or not region.isVisible():
                continue
            for widget in region_stops(region):
                if id(widget) not in seen:
                    seen.add(id(widget))
                    chain.append(widget)
        return chain

    def region_of(self, widget: QWidget | None) -> int | None:
        """The index of the region holding `widget`, or None."""
        for i, region in enumerate(self.regions()):
            if widget is None or region is None:
                continue
            if widget is region or region.isAncestorOf(widget):
                return i
        return None

    def move(self, forward: bool) -> bool:
        """Give the focus to the next (or previous) stop; False when there is none."""
        chain = self.stops()
        if not chain:
            return False
        focused = QApplication.focusWidget()
        at = -1
        while focused is not None and at < 0:
            at = next((i for i, w in enumerate(chain) if w is focused), -1)
            focused = focused.parentWidget()  # a field's inner part: its field
        step = 1 if forward else -1
        target = chain[(at + step) % len(chain)] if at >= 0 else chain[0 if forward else -1]
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True


def let_tab_reach_buttons(bars: Sequence[QToolBar]) -> None:
    """Tool bar buttons take no focus by default; these may be reached with Tab (a click
    still leaves the focus where it was, on the canvas for instance)."""
    for bar in bars:
        for button in bar.findChildren(QToolButton):
            if button.objectName() != "qt_toolbar_ext_button":
                button.setFocusPolicy(TAB)
