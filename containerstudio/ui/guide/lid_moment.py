"""The moment the lid closes: the lid comes gently down over the inside.

About three quarters of a second, eased, silent. With Reduce motion the canvas goes
straight to the still picture of the closed container and no animation runs at all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractAnimation, QEasingCurve, QObject, QVariantAnimation
from shiboken6 import isValid

from containerstudio.ui.canvas.scene import CanvasScene

CLOSING_MS = 750


class LidMoment(QObject):
    """Shows a scene closing; `reduced_motion()` is asked each time the lid closes."""

    def __init__(self, reduced_motion: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reduced_motion = reduced_motion
        self.animation: QVariantAnimation | None = None
        self._scene: CanvasScene | None = None

    @property
    def running(self) -> bool:
        return (
            self.animation is not None
            and self.animation.state() == QAbstractAnimation.State.Running
        )

    def close(self, scene: CanvasScene) -> None:
        """Show `scene` closed, with the closing animation unless motion is reduced."""
        self.stop()
        scene.set_sealed(True)
        if self.reduced_motion():
            return  # the still picture only
        animation = QVariantAnimation(self)
        animation.setObjectName("lid_closing_animation")
        animation.setDuration(CLOSING_MS)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        animation.valueChanged.connect(self._on_animation_value_changed)
        animation.finished.connect(self._on_animation_finished)
        self.animation, self._scene = animation, scene
        scene.show_closing(0.0)
        animation.start()

    def stop(self) -> None:
        """End a closing still under way, at its still picture (e.g. another container
        opens, or the lid opens again)."""
        if self.animation is not None:
            self.animation.stop()
            self._on_animation_finished()

    def _on_animation_value_changed(self, value: float) -> None:
        if self._scene is not None and isValid(self._scene):
            self._scene.show_closing(float(value))

    def _on_animation_finished(self) -> None:
        if self._scene is not None and isValid(self._scene):
            self._scene.show_closing(None)
        if self.animation is not None:
            self.animation.deleteLater()
        self.animation, self._scene = None, None
