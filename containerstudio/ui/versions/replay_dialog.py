"""Replay how a container grew: its elements appear one by one, at a chosen pace.

The replay works on a private copy of the document, so nothing the user made is
changed. With reduced motion it never starts by itself; the step buttons move
through the growth one element at a time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from containerstudio.model.commands import AddElement
from containerstudio.model.document import ContainerDocument
from containerstudio.ui.canvas.scene import CanvasScene
from containerstudio.ui.canvas.view import CanvasView

DEFAULT_STEPS_PER_SECOND = 6


class ReplayDialog(QDialog):
    """Shows `source`'s elements appearing in the order they were made."""

    def __init__(
        self,
        source: ContainerDocument,
        caption: str,
        *,
        reduced_motion: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How it grew: %s") % caption)
        self.setAccessibleName(self.windowTitle())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.elements = source.elements()
        self.doc = ContainerDocument(source.canvas_size)
        self.doc.load([], source.used_assets())
        self._applied: list[AddElement] = []
        self.scene = CanvasScene(self.doc, self)
        self.view = CanvasView(self.scene, self)
        self.view.setAccessibleName(self.tr("Replay canvas"))
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.step_forward)

        self.position_label = QLabel(self)
        self.position_label.setAccessibleName(self.tr("Replay position"))
        self.start_button = self._button(self.tr("From the start"), self.rewind)
        self.back_button = self._button(self.tr("Step back"), self.step_back)
        self.play_button = self._button(self.tr("Play"), self.toggle_play)
        self.forward_button = self._button(self.tr("Step forward"), self.step_forward)
        self.speed = QSlider(Qt.Orientation.Horizontal, self)
        self.speed.setRange(1, 30)
        self.speed.setValue(DEFAULT_STEPS_PER_SECOND)
        self.speed.setAccessibleName(self.tr("Replay speed (steps per second)"))
        self.speed.valueChanged.connect(self._on_speed_value_changed)
        close = self._button(self.tr("Close"), self.close)

        controls = QHBoxLayout()
        for widget in (self.start_button, self.back_button, self.play_button):
            controls.addWidget(widget)
        controls.addWidget(self.forward_button)
        controls.addWidget(QLabel(self.tr("Speed"), self))
        controls.addWidget(self.speed, 1)
        controls.addWidget(self.position_label)
        controls.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(controls)
        self.resize(900, 760)
        self._on_speed_value_changed(self.speed.value())
        self._update_controls()
        if not reduced_motion and self.elements:
            self.play()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- stepping ----------------------------------------------------------------------
    @property
    def position(self) -> int:
        return len(self._applied)

    def step_forward(self) -> None:
        if self.position >= len(self.elements):
            self.pause()
            return
        command = AddElement(self.elements[self.position])
        command.redo(self.doc)
        self._applied.append(command)
        self._update_controls()
        if self.position >= len(self.elements):
            self.pause()

    def step_back(self) -> None:
        if self._applied:
            self._applied.pop().undo(self.doc)
            self._update_controls()

    def rewind(self) -> None:
        self.pause()
        while self._applied:
            self._applied.pop().undo(self.doc)
        self._update_controls()

    def play(self) -> None:
        if self.position >= len(self.elements):
            self.rewind()
        self.timer.start()
        self._update_controls()

    def pause(self) -> None:
        self.timer.stop()
        self._update_controls()

    def toggle_play(self) -> None:
        if self.timer.isActive():
            self.pause()
        else:
            self.play()

    def _on_speed_value_changed(self, steps_per_second: int) -> None:
        self.timer.setInterval(max(1, 1000 // steps_per_second))

    def _update_controls(self) -> None:
        total = len(self.elements)
        self.position_label.setText(self.tr("%d of %d") % (self.position, total))
        self.play_button.setText(self.tr("Pause") if self.timer.isActive() else self.tr("Play"))
        self.play_button.setAccessibleName(self.play_button.text())
        self.back_button.setEnabled(self.position > 0)
        self.start_button.setEnabled(self.position > 0)
        self.forward_button.setEnabled(self.position < total)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        self.scene.detach()
        super().closeEvent(event)
