"""Looking at every visible window as a person would: the words shown and the pixels.

`visible_texts()` walks every visible widget of every visible top-level window (labels,
buttons, edits, item views, tooltips, titles); `windows_with_colour()` grabs each
visible top-level window and looks for a marker colour in its pixels.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def _model_texts(model, parent: QModelIndex | None = None) -> list[str]:
    parent = QModelIndex() if parent is None else parent
    found = []
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in ROLES:
                value = model.data(index, role)
                if isinstance(value, str):
                    found.append(value)
            if not isinstance(model, QAbstractListModel) and model.hasChildren(index):
                found.extend(_model_texts(model, index))
    return found


def widget_texts(widget: QWidget) -> list[str]:
    """The words one widget shows (or says on hover)."""
    texts = [widget.toolTip(), widget.windowTitle() if widget.isWindow() else ""]
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        texts.append(widget.text())
    if isinstance(widget, QPlainTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        texts.extend(widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabBar):
        texts.extend(widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts.extend(_model_texts(widget.model()))
    return [t for t in texts if t]


def visible_texts() -> list[str]:
    """Every word on screen, over all visible widgets of all visible top-level windows."""
    texts = []
    for top in visible_windows():
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.isVisible():
                texts.extend(widget_texts(widget))
    return texts


def texts_with(word: str) -> list[str]:
    return [t for t in visible_texts() if word.lower() in t.lower()]


def colour_pixels(image: QImage, hex_color: str, tol: int = 16) -> int:
    """How many pixels of `image` are within `tol` of the colour."""
    img = image.convertToFormat(QImage.Format.Format_ARGB32)
    arr = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    h, w = img.height(), img.width()
    arr = arr.reshape(h, img.bytesPerLine())[:, : w * 4].reshape(h, w, 4).astype(int)
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    near = (
        (np.abs(arr[..., 2] - r) <= tol)
        & (np.abs(arr[..., 1] - g) <= tol)
        & (np.abs(arr[..., 0] - b) <= tol)
    )
    return int(near.sum())


def windows_with_colour(hex_color: str) -> list[str]:
    """Titles of the visible top-level windows whose grab shows the colour."""
    QApplication.processEvents()
    return [
        w.windowTitle() or type(w).__name__
        for w in visible_windows()
        if colour_pixels(w.grab().toImage(), hex_color)
    ]
