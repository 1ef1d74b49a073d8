"""Rendering a scene to images (thumbnails, PNG export, tests)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from containerstudio.ui.canvas.items.image_item import settle_photos
from containerstudio.ui.canvas.scene import CanvasScene

MAX_DIRECT_SHRINK = 2
"""The most a render shrinks the page in one go (see render_scene)."""


def render_scene(
    scene: CanvasScene, size: QSize | None = None, paper: bool = True, cover: bool = True
) -> QImage:
    """The canvas as an image (1:1 by default), with or without the paper behind it and
    the cover a closed container shows in place of a lid not drawn (`cover`)."""
    scene.settle()
    settle_photos(scene)  # a render shows each photo itself, never its placeholder
    source = QRectF(scene.canvas_rect)
    size = size or scene.canvas_rect.size()
    full = scene.canvas_rect.size()
    if size.width() * MAX_DIRECT_SHRINK < full.width():
        # Drawn straight at a small size, the cached stroke pixels are sampled, not
        # averaged, and a thin line can fall between the samples and vanish (a library
        # picture missing its last pencil stroke). Drawn at a few times the size, then
        # averaged down, every line keeps its share of ink.
        step = QSize(
            min(full.width(), size.width() * MAX_DIRECT_SHRINK),
            min(full.height(), size.height() * MAX_DIRECT_SHRINK),
        )
        large = render_scene(scene, step, paper=paper, cover=cover)
        return large.scaled(
            size,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    was_visible = scene.paper.isVisible()
    cover_shown = scene.closed_cover.isVisible()
    scene.paper.setVisible(paper)
    scene.closed_cover.setVisible(cover_shown and cover)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    scene.paper.setVisible(was_visible)
    scene.closed_cover.setVisible(cover_shown)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as a str here (bytes are refused); the stubs say bytes.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def thumbnail_image(scene: CanvasScene, max_side: int = 320) -> QImage:
    """A small picture of the canvas (drawn on the UI thread; a QImage may then be
    compressed on any thread)."""
    w, h = scene.canvas_rect.width(), scene.canvas_rect.height()
    scale = max_side / max(w, h)
    return render_scene(scene, QSize(max(1, int(w * scale)), max(1, int(h * scale))))


def thumbnail_png(scene: CanvasScene, max_side: int = 320) -> bytes:
    """A small PNG of the canvas for the library and the version timeline."""
    return png_bytes(thumbnail_image(scene, max_side))
