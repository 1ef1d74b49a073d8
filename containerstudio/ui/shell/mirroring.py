"""A right-to-left language mirrors the main window's sides, not only its widgets.

Qt mirrors layouts, text and widgets by itself, but a QMainWindow keeps its tool bars
and docks in the areas they were added to: in Arabic or Hebrew the tool rail would stay
on the left, beside the start of the text instead of its end. `mirror_sides` swaps left
and right for every tool bar and dock once the window is built (tabbed docks stay
together, in their order).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar

_TOOLBAR_SIDES = {
    Qt.ToolBarArea.LeftToolBarArea: Qt.ToolBarArea.RightToolBarArea,
    Qt.ToolBarArea.RightToolBarArea: Qt.ToolBarArea.LeftToolBarArea,
}
_DOCK_SIDES = {
    Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
    Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea,
}


def mirror_sides(window: QMainWindow) -> bool:
    """In a right-to-left layout, move each side tool bar and dock to the other side;
    False (nothing moved) in a left-to-right one."""
    if not window.isRightToLeft():
        return False
    for bar in window.findChildren(QToolBar):
        if bar.parentWidget() is window:
            side = window.toolBarArea(bar)
            if side in _TOOLBAR_SIDES:
                window.addToolBar(_TOOLBAR_SIDES[side], bar)
    docks = [d for d in window.findChildren(QDockWidget) if d.parentWidget() is window]
    moved: set[QDockWidget] = set()
    for dock in docks:
        area = window.dockWidgetArea(dock)
        if dock in moved or area not in _DOCK_SIDES:
            continue
        tabs = [dock, *window.tabifiedDockWidgets(dock)]
        tabs.sort(key=docks.index)
        front = [t for t in tabs if not t.visibleRegion().isEmpty()]
        for tab in tabs:
            window.addDockWidget(_DOCK_SIDES[area], tab)
        for tab in tabs[1:]:
            window.tabifyDockWidget(tabs[0], tab)
        if front:
            front[0].raise_()
        moved.update(tabs)
    return True
