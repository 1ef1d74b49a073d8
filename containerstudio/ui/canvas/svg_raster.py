"""SVG stickers and templates as PNG bytes, for the Qt-free export (QSvgRenderer)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from containerstudio.export.artwork import SvgRasterizer
from containerstudio.ui.canvas.items.sticker_item import tinted
from containerstudio.ui.canvas.render import png_bytes


def svg_png(path: Path, width: int, height: int, tint: str | None = None) -> bytes:
    """Render an SVG file to a transparent PNG of width x height, recoloured if tinted.

    Safe off the UI thread: it paints on a QImage only.
    """
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(path))
    if renderer.isValid():
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        if tint:
            # The canvas's own recolouring: dark lines take the tint, light fills stay light.
            image = tinted(image, tint)
    return png_bytes(image)


def headless_svg_rasterizer() -> SvgRasterizer:
    """The rasterizer for the command line: makes sure a (headless) Qt app exists.

    A QApplication (not only a QGuiApplication), so a later widget in the same
    process still works.
    """
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        headless_svg_rasterizer.app = QApplication([])  # type: ignore[attr-defined]
    return svg_png
