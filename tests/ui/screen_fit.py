"""Finding text that does not fit: a label or button whose words are wider (or, wrapped,
taller) than the room it has on screen."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)


def _lines(text: str) -> list[str]:
    return [
        line
        for line in text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\n")
        if line
    ]


def _label_clipped(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect()
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        return f"needs {need} px high, has {label.height()}" if need > label.height() else None
    fm = label.fontMetrics()
    wide = max((fm.horizontalAdvance(line) for line in _lines(text)), default=0)
    return f"needs {wide} px, has {room.width()}" if wide > room.width() else None


def _button_clipped(button: QAbstractButton) -> str | None:
    lines = _lines(button.text())
    if not lines:
        return None
    if isinstance(button, QToolButton):
        if button.toolButtonStyle().name == "ToolButtonIconOnly":
            return None
        need = button.sizeHint().width()
        return f"needs {need} px, has {button.width()}" if need > button.width() else None
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    element = {
        QPushButton: QStyle.SubElement.SE_PushButtonContents,
        QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
        QRadioButton: QStyle.SubElement.SE_RadioButtonContents,
    }
    kind = next((e for cls, e in element.items() if isinstance(button, cls)), None)
    if kind is None:
        return None
    room = button.style().subElementRect(kind, option, button).width()
    if not button.icon().isNull() and isinstance(button, QPushButton):
        room -= button.iconSize().width() + 4
    wide = max(button.fontMetrics().horizontalAdvance(line) for line in lines)
    return f"needs {wide} px, has {room}" if wide > room else None


def clipped_texts(top: QWidget) -> list[str]:
    """Every shown label or button under `top` whose text does not fit, described."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            problem = _label_clipped(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_clipped(widget)
        else:
            continue
        if problem:
            name = widget.accessibleName() or widget.text()
            found.append(f"{type(widget).__name__} {name!r}: {problem}")
    return found
