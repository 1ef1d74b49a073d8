"""Drawing over a collage of photos repaints them from their screen-resolution cache,
not from the photo on every pen move (with Qt's default 10 MB pixmap cache, ten photos
on screen did not fit, and each move redrew them: 13 ms a move, measured)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent, QPixmapCache
from PySide6.QtWidgets import QApplication

from benchmarks.documents import build_document
from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from containerstudio.ui.canvas.items.image_item import ImageItem
from containerstudio.ui.canvas.open_container import OpenContainer
from containerstudio.ui.canvas.tool_settings import ToolSettings
from containerstudio.ui.canvas.view import CanvasView
from containerstudio.ui.kit.background import BackgroundWork


def _mouse(kind, pos: QPointF, button, buttons) -> QMouseEvent:
    return QMouseEvent(kind, pos, pos, button, buttons, Qt.KeyboardModifier.NoModifier)


def _on_screen(view: CanvasView) -> int:
    """Bytes of the screen-resolution pixmaps of the photos in view."""
    total = 0
    for item in view.scene().items():
        if isinstance(item, ImageItem):
            shown = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
            shown = shown.intersected(view.viewport().rect())
            total += shown.width() * shown.height() * 4
    return total


def test_pen_moves_over_ten_photos_do_not_redraw_them(data_dir, qtbot, monkeypatch):
    painted = []  # (patched before any photo item exists: PySide looks the method up once)
    real_paint = ImageItem.paint
    monkeypatch.setattr(
        ImageItem, "paint", lambda self, *a: painted.append(self) or real_paint(self, *a)
    )
    db = open_database(data_dir)
    work = BackgroundWork()
    library = Library(db)
    doc, _stack, _raw = build_document(0, 10)  # ten 2-megapixel photos, as imported
    opened = OpenContainer(library, library.create_container("collage"), doc, ToolSettings(), work)
    view = CanvasView(opened.scene)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    qtbot.waitExposed(view)
    view.set_tool(opened.tool_for("pencil"))
    view.fit_to_window()
    # Shown once: every photo is then cached at screen resolution.
    qtbot.waitUntil(lambda: len({id(item) for item in painted}) == 10, timeout=30000)
    QApplication.processEvents()
    assert painted, "the photos were painted when shown"
    painted.clear()

    viewport = view.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    rows = (200, 420, 640, 860, 1080)
    for y in rows:  # strokes across every photo, a repaint after every move
        pos = QPointF(view.mapFromScene(QPointF(100, y)))
        QApplication.sendEvent(viewport, _mouse(QMouseEvent.Type.MouseButtonPress, pos, left, left))
        for i in range(1, 41):
            pos = QPointF(view.mapFromScene(QPointF(100 + i * 35, y + (i % 7) * 6)))
            QApplication.sendEvent(viewport, _mouse(QMouseEvent.Type.MouseMove, pos, none, left))
            QApplication.processEvents()
        QApplication.sendEvent(
            viewport, _mouse(QMouseEvent.Type.MouseButtonRelease, pos, left, none)
        )
        opened.autosaver.flush()  # kept, with a thumbnail of the canvas, as after a pause
        QApplication.processEvents()
    try:
        assert len(doc) == 10 + len(rows)  # the strokes were drawn over the photos
        # At most one redraw per photo per stroke (190 with Qt's default cache).
        assert len(painted) <= 10 * len(rows), f"photos redrawn {len(painted)} times"
        assert _on_screen(view) <= QPixmapCache.cacheLimit() * 1024
    finally:
        opened.autosaver.detach()
        work.wait()
        view.close()
        opened.scene.detach()
        db.close()
