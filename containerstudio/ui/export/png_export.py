"""PNG export of the artwork at a chosen width, through the canvas's own renderer."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from containerstudio.export.common import ExportKind, ExportProblem, write_atomically
from containerstudio.model.document import ContainerDocument
from containerstudio.model.parts import DEFAULT_VIEW, PARTS, view_parts
from containerstudio.ui.canvas.render import png_bytes, render_scene
from containerstudio.ui.canvas.scene import CanvasScene

MAX_PNG_SIDE = 12000


def artwork_png(doc: ContainerDocument, width: int, view: str = DEFAULT_VIEW) -> bytes:
    """The artwork as PNG bytes, `width` pixels wide (height keeps the proportions)."""
    if not 16 <= width <= MAX_PNG_SIDE:
        raise ExportProblem(ExportKind.PNG_WIDTH, low=16, high=MAX_PNG_SIDE)
    scene = CanvasScene(doc)
    try:
        shown = view_parts(view)
        for part in PARTS:
            scene.set_part_visible(part, part in shown)
        cw, ch = doc.canvas_size
        return png_bytes(render_scene(scene, QSize(width, max(1, round(width * ch / cw)))))
    finally:
        scene.detach()


def export_png(target: Path, doc: ContainerDocument, width: int, view: str = DEFAULT_VIEW) -> Path:
    """Write the artwork PNG atomically (command line: starts a headless GUI app if needed)."""
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        export_png.app = QApplication([])  # type: ignore[attr-defined]
    data = artwork_png(doc, width, view)
    return write_atomically(Path(target), lambda fh: fh.write(data))
