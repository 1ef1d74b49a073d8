"""The canvas view: pointer and tablet input, zoom and pan."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPixmapCache,
    QResizeEvent,
    QTabletEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGestureEvent, QGraphicsView, QPinchGesture, QWidget

from containerstudio.ui.canvas.keyboard_pen import KeyboardPen
from containerstudio.ui.canvas.scene import CanvasScene
from containerstudio.ui.canvas.tools import MOUSE_PRESSURE, CanvasTool
from containerstudio.ui.kit.theme import color

MIN_ZOOM, MAX_ZOOM = 0.1, 16.0
# Photos, stickers and text keep a screen-resolution pixmap in QPixmapCache (see
# PlacedItem). Qt's default 10 MB holds only a few photos on screen; beyond that every
# pen move over them redrew them from scratch (13 ms a move with ten photos, measured),
# so the canvas asks for room for a full screen of them.
PIXMAP_CACHE_KB = 160 * 1024


class CanvasView(QGraphicsView):
    """Routes input to the active tool; only the dirty region is repainted."""

    zoom_changed = Signal(float)
    """Emitted with the new zoom factor (1.0 = 100 %)."""
    images_dropped = Signal(list)
    """Emitted with what was dropped: a list of file paths (str) and image bytes."""

    def __init__(self, scene: CanvasScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        self.tool: CanvasTool | None = None
        self._panning = False
        self._space_down = False
        self._space_panned = False  # Space held for a mouse pan is not a pen tap
        self.keyboard_pen = KeyboardPen(
            self, lambda: self.tool
        )  # arrows move a pen, Space puts it down
        self._pan_origin = QPointF()
        self._tablet_down = False
        self._fit_mode = True  # keep fitting the canvas to the window until the user zooms
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(color("canvas_surround"))
        self.setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_TabletTracking, False)
        self.setAcceptDrops(True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setAccessibleName(self.tr("Drawing canvas"))
        self.setAccessibleDescription(
            self.tr(
                "Draw with the mouse or a pen, or from the keys: the arrow keys move the pen "
                "and Space puts it down and lifts it. Space and drag, or the middle button, pans."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # another theme: the surround follows
            self.setBackgroundBrush(color("canvas_surround"))
        super().changeEvent(event)

    def set_scene(self, scene: CanvasScene) -> None:
        self.setScene(scene)

    def set_tool(self, tool: CanvasTool | None) -> None:
        if self.tool is not None and self.tool.active:
            self.tool.cancel()
        self.keyboard_pen.lifted()
        self.tool = tool
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # The canvas is on screen now; cached drawing pixels may follow (see RunCache).
        fetch = getattr(self.scene(), "fetch_cached_pixels", None)
        if fetch is not None:
            fetch()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """Tools draw previews and handles here, so they never reach renders or saves."""
        paint_overlay = getattr(self.tool, "paint_overlay", None)
        if paint_overlay is not None:
            painter.save()
            paint_overlay(painter, self.zoom())
            painter.restore()
        painter.save()
        self.keyboard_pen.paint(painter, self.zoom())
        painter.restore()

    # -- zoom -------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        self._fit_mode = False
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.resetTransform()
        self.scale(factor, factor)
        self.zoom_changed.emit(factor)

    def zoom_by(self, step: float) -> None:
        self.set_zoom(self.zoom() * step)

    def fit_to_window(self) -> None:
        self._fit_mode = True
        margin = 16
        self.fitInView(
            self.sceneRect().adjusted(-margin, -margin, margin, margin),
            Qt.AspectRatioMode.KeepAspectRatio,
        )
        self.zoom_changed.emit(self.zoom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_mode:
            self.fit_to_window()

    # -- pinch: touchpads send native zoom gestures, touch screens a QPinchGesture ------
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.NativeGesture:
            gesture: QNativeGestureEvent = event  # type: ignore[assignment]
            if gesture.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1.0 + gesture.value())
                return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if isinstance(pinch, QPinchGesture):
                change = pinch.changeFlags()
                if change & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                    self.zoom_by(pinch.scaleFactor())
                if isinstance(event, QGestureEvent):
                    event.accept(pinch)
                return True
        return super().viewportEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # scroll
            return
        delta = event.angleDelta().y()
        if delta:
            self.zoom_by(1.0015**delta)
        event.accept()

    # -- pan --------------------------------------------------------------------
    def _start_pan(self, pos: QPointF) -> None:
        self._panning = True
        self._pan_origin = pos
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def _pan_to(self, pos: QPointF) -> None:
        delta = pos - self._pan_origin
        self._pan_origin = pos
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))

    def _end_pan(self) -> None:
        self._panning = False
        self.viewport().unsetCursor()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.scene() is not None and self.scene().focusItem() is not None:
            super().keyPressEvent(event)  # typing words on the canvas
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self._space_panned = False
            event.accept()
            return
        held = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if held == Qt.KeyboardModifier.NoModifier and self.keyboard_pen.key_pressed(event):
            event.accept()  # Ctrl+arrows and the like stay the window's
            return
        if event.key() == Qt.Key.Key_Escape and self.tool is not None and self.tool.active:
            self.tool.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if self.scene() is not None and self.scene().focusItem() is not None:
            super().keyReleaseEvent(event)
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            if not self._space_panned:  # a tap, not a pan: the keyboard pen
                self.keyboard_pen.toggle()
            event.accept()
            return
        super().keyReleaseEvent(event)

    # -- mouse ------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._settle_scene()
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_down
        ):
            self._space_panned = self._space_down
            self._start_pan(event.position())
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and self.tool is not None:
            self.tool.press(self._scene_pos(event.position()), MOUSE_PRESSURE)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._panning:
            self._pan_to(event.position())
            return
        if self.tool is not None and self.tool.active:
            self.tool.move(self._scene_pos(event.position()), MOUSE_PRESSURE)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning:
            self._end_pan()
            return
        if event.button() == Qt.MouseButton.LeftButton and self.tool is not None:
            if self.tool.active:
                self.tool.release(self._scene_pos(event.position()), MOUSE_PRESSURE)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _scene_pos(self, pos: QPointF) -> QPointF:
        # Keep sub-pixel precision: map through the inverse transform, not toPoint().
        return self.mapToScene(0, 0) + pos / self.zoom()

    # -- tablet: pressure where present ----------------------------------------------
    def _settle_scene(self) -> None:
        """Before a gesture touches the drawing, cached pixels still on their way arrive."""
        settle = getattr(self.scene(), "settle", None)
        if settle is not None:
            settle()

    def tabletEvent(self, event: QTabletEvent) -> None:
        if event.type() == QEvent.Type.TabletPress:
            self._settle_scene()
        if self.tool is None:
            event.ignore()
            return
        # Tablet events arrive at the view (in its coordinates), not at the viewport.
        pos = self._scene_pos(event.position() - QPointF(self.viewport().pos()))
        pressure = float(event.pressure())
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._tablet_down = True
            self.tool.press(pos, pressure)
        elif kind == QEvent.Type.TabletMove and self._tablet_down:
            self.tool.move(pos, pressure)
        elif kind == QEvent.Type.TabletRelease and self._tablet_down:
            self._tablet_down = False
            self.tool.release(pos, pressure)
        event.accept()  # no synthesized mouse event follows

    # -- drag and drop of photos ----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        found = dropped_images(event.mimeData())
        if found:
            event.acceptProposedAction()
            self.images_dropped.emit(found)
        else:
            event.ignore()


def dropped_images(mime: QMimeData | None) -> list[str | bytes]:
    """Local files first; else image data (from a browser or an editor) as PNG bytes."""
    from containerstudio.ui.canvas.render import png_bytes

    if mime is None:
        return []
    paths: list[str | bytes] = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
    if paths:
        return paths
    if mime.hasImage():
        image = mime.imageData()
        if image is not None and not image.isNull():
            return [png_bytes(image)]
    return []
