"""Helpers for driving the canvas tools the way a person does (clicks, drags, keys, pen)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget

from containerstudio.ui.canvas.render import render_scene


def choose_tool(qtbot, window, tool: str) -> None:
    """Click the tool's button in the side panel."""
    qtbot.mouseClick(window.tool_panel.tool_buttons[tool], Qt.MouseButton.LeftButton)
    assert window.tool_settings.state.tool == tool


def click_list_item(qtbot, lst: QListWidget, row: int) -> None:
    rect = lst.visualItemRect(lst.item(row))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_canvas(window, x: float, y: float) -> None:
    pos = window.canvas.mapFromScene(QPointF(x, y))
    QTest.mouseClick(
        window.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos
    )


def pixels(image: QImage) -> np.ndarray:
    """(h, w, 4) BGRA copy of an image."""
    img = image.convertToFormat(QImage.Format.Format_ARGB32)
    arr = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    h, w = img.height(), img.width()
    return arr.reshape(h, img.bytesPerLine())[:, : w * 4].reshape(h, w, 4).copy()


def render_array(window, paper: bool = True) -> np.ndarray:
    return pixels(render_scene(window.current.scene, paper=paper))


def color_near(arr: np.ndarray, x: int, y: int, hex_color: str, tol: int = 24) -> bool:
    r, g, b = int(hex_color[1:3], 16), int(hex_color[3:5], 16), int(hex_color[5:7], 16)
    bb, gg, rr, _ = (int(v) for v in arr[y, x])
    return max(abs(rr - r), abs(gg - g), abs(bb - b)) <= tol


def inked_rows(arr: np.ndarray, x: int, y0: int, y1: int, paper=(0xF8, 0xFD, 0xFF)) -> int:
    """How many pixels of column x between y0 and y1 differ clearly from the paper."""
    column = arr[y0:y1, x, :3].astype(int)
    return int((np.abs(column - np.array(paper)).max(axis=1) > 40).sum())


def tablet_stroke(window, points: list[tuple[float, float, float]]) -> None:
    """Send a pen stroke (x, y, pressure) as synthesized QTabletEvents to the view."""
    device = QPointingDevice(
        "test stylus",
        4242,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )
    view = window.canvas
    kinds = (
        [QTabletEvent.Type.TabletPress]
        + [QTabletEvent.Type.TabletMove] * (len(points) - 2)
        + [QTabletEvent.Type.TabletRelease]
    )
    for kind, (x, y, pressure) in zip(kinds, points, strict=True):
        local = QPointF(view.viewport().mapTo(view, window.canvas.mapFromScene(QPointF(x, y))))
        buttons = (
            Qt.MouseButton.NoButton
            if kind == QTabletEvent.Type.TabletRelease
            else Qt.MouseButton.LeftButton
        )
        event = QTabletEvent(
            kind,
            device,
            local,
            QPointF(view.mapToGlobal(local.toPoint())),
            pressure,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            buttons,
        )
        QApplication.sendEvent(view, event)


def inked_pixels(
    arr: np.ndarray, x0: int, y0: int, x1: int, y1: int, paper=(0xF8, 0xFD, 0xFF)
) -> int:
    """How many pixels in the box differ clearly from the paper."""
    box = arr[y0:y1, x0:x1, :3].astype(int)
    return int((np.abs(box - np.array(paper)).max(axis=2) > 40).sum())
