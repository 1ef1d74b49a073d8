"""Looking at what a person would see: visible windows, their texts and their pixels."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

KEYS = {
    "F1": (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
    "F2": (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
    "F12": (Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier),
    "Ctrl+G": (Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier),
    "Ctrl+H": (Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier),
    "Ctrl+W": (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    "Ctrl+Q": (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
}


def press(widget: QWidget, name: str) -> None:
    """A key as the person types it, into `widget` (its focus child when it has one)."""
    key, modifier = KEYS[name]
    target = widget.focusWidget() or widget
    QTest.keyClick(target, key, modifier)
    QApplication.processEvents()


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]


def texts_of(window: QWidget) -> list[str]:
    """Every text a person (or a screen reader) could read in `window` right now."""
    found = [window.windowTitle()]
    for w in [window, *window.findChildren(QWidget)]:
        if w.isVisible():
            found.extend(texts_of_one(w))
    return [t for t in found if t]


def texts_of_one(w: QWidget) -> list[str]:
    """The texts of one widget (not its children)."""
    found = [w.toolTip()]
    if isinstance(w, QLabel | QAbstractButton | QLineEdit):
        found.append(w.text())
    elif isinstance(w, QTextEdit | QPlainTextEdit):
        found.append(w.toPlainText())
    elif isinstance(w, QListWidget):
        found.extend(w.item(i).text() for i in range(w.count()))
    elif isinstance(w, QComboBox):
        found.extend(w.itemText(i) for i in range(w.count()))
    elif isinstance(w, QTreeWidget):
        it = QTreeWidgetItemIterator(w)
        while it.value():
            item = it.value()
            found.extend(item.text(c) for c in range(item.columnCount()))
            it += 1
    return [t for t in found if t]


def colour_count(image: QImage, rgb: tuple[int, int, int], tolerance: int = 12) -> int:
    """How many pixels of `image` are within `tolerance` of `rgb`."""
    img = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = img.width(), img.height(), img.bytesPerLine()
    data = np.frombuffer(img.constBits(), dtype=np.uint8, count=stride * h).reshape(h, stride)
    pixels = data[:, : w * 3].reshape(h, w, 3).astype(np.int16)
    close = np.abs(pixels - np.array(rgb, dtype=np.int16)).max(axis=2) <= tolerance
    return int(close.sum())


def shows_marker(window: QWidget, word: str, rgb: tuple[int, int, int]) -> list[str]:
    """What of the marker `window` shows: [] when nothing."""
    found = []
    if any(word in t for t in texts_of(window)):
        holders = [
            _path(w)
            for w in [window, *window.findChildren(QWidget)]
            if w.isVisible() and any(word in t for t in texts_of_one(w))
        ]
        found.append(f"the word in {type(window).__name__} ({', '.join(holders)})")
    if colour_count(window.grab().toImage(), rgb):
        found.append(f"the colour in {type(window).__name__}")
    return found


def first_text_field(window: QWidget) -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    """The first field a person could type into (visible, enabled, writable)."""
    for w in window.findChildren(QWidget):
        if not (w.isVisible() and w.isEnabled()):
            continue
        if isinstance(w, QLineEdit) and not w.isReadOnly():
            return w
        if isinstance(w, QPlainTextEdit | QTextEdit) and not w.isReadOnly():
            return w
    return None


def _path(w: QWidget) -> str:
    names = []
    while w is not None:
        names.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(names))


def field_text(field: QWidget) -> str:
    if isinstance(field, QLineEdit):
        return field.text()
    return field.toPlainText()  # type: ignore[attr-defined]
