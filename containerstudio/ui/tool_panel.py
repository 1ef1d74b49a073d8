"""The tool bar on the side: brushes, colours and size."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QActionGroup, QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QGridLayout,
    QLabel,
    QSlider,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from containerstudio.resources import Palette
from containerstudio.ui.canvas.tool_settings import ToolSettings
from containerstudio.ui.widgets import add_to_toolbar, make_action


class ColorSwatchButton(QToolButton):
    """One palette colour; its label is its accessible name."""

    def __init__(self, hex_color: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hex_color = hex_color
        self.setAccessibleName(label)
        self.setToolTip(label)
        self.setCheckable(True)
        self.setAutoRaise(False)
        self.setMinimumSize(QSize(28, 28))
        self.setStyleSheet(
            f"QToolButton {{ background: {hex_color}; border: 1px solid #8a8577;"
            " border-radius: 14px; }"
            " QToolButton:checked { border: 3px solid #2c4a57; }"
            " QToolButton:focus { border: 2px dashed #2c4a57; }"
        )


class PaletteWidget(QWidget):
    """A grid of colour swatches plus a button for any other colour."""

    color_chosen = Signal(str)
    """Emitted with the chosen colour as "#rrggbb"."""

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Colours: %s") % palette.name)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.setSpacing(4)
        self.swatches: list[ColorSwatchButton] = []
        for i, color in enumerate(palette.colors):
            button = ColorSwatchButton(color.hex, color.label, self)
            button.clicked.connect(lambda _c=False, h=color.hex: self._choose(h))
            self._layout.addWidget(button, i // 4, i % 4)
            self.swatches.append(button)
        self.custom = QToolButton(self)
        self.custom.setText(self.tr("Other colour…"))
        self.custom.setAccessibleName(self.tr("Choose any colour"))
        self.custom.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.custom.clicked.connect(self._on_custom_clicked)
        self._layout.addWidget(self.custom, (len(palette.colors) + 3) // 4, 0, 1, 4)

    def _choose(self, hex_color: str) -> None:
        self.show_current(hex_color)
        self.color_chosen.emit(hex_color)

    def show_current(self, hex_color: str) -> None:
        for button in self.swatches:
            button.setChecked(button.hex_color.lower() == hex_color.lower())

    def _on_custom_clicked(self) -> None:
        color = QColorDialog.getColor(QColor("#3b5b6d"), self, self.tr("Choose a colour"))
        if color.isValid():
            self._choose(color.name())


class ToolPanel(QToolBar):
    """Brushes, colours and size; follows and edits a ToolSettings."""

    def __init__(self, settings: ToolSettings, palette: Palette, parent: QWidget) -> None:
        super().__init__(parent.tr("Tools"), parent)
        self.setObjectName("tool_panel")
        self.settings = settings
        self.setAccessibleName(self.tr("Drawing tools"))
        self.setIconSize(QSize(24, 24))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        group = QActionGroup(self)
        self.tool_actions = {}
        for tool, text, key in (
            ("pencil", self.tr("Pencil"), "P"),
            ("marker", self.tr("Marker"), "M"),
            ("brush", self.tr("Soft brush"), "B"),
            ("eraser", self.tr("Eraser"), "E"),
        ):
            action = make_action(
                parent, text, lambda t=tool: settings.set_tool(t), [key], checkable=False
            )
            action.setCheckable(True)
            group.addAction(action)
            add_to_toolbar(self, action)
            self.tool_actions[tool] = action
        self.addSeparator()
        self.palette_widget = PaletteWidget(palette, self)
        self.palette_widget.color_chosen.connect(settings.set_color)
        self.addWidget(self.palette_widget)
        self.addSeparator()
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(4, 4, 4, 4)
        self.size_label = QLabel(box)
        self.size_slider = QSlider(Qt.Orientation.Horizontal, box)
        self.size_slider.setRange(1, 120)
        self.size_slider.setAccessibleName(self.tr("Brush size"))
        self.size_slider.valueChanged.connect(lambda v: settings.set_width(float(v)))
        self.size_label.setBuddy(self.size_slider)
        lay.addWidget(self.size_label)
        lay.addWidget(self.size_slider)
        self.addWidget(box)
        settings.changed.connect(self._on_settings_changed)
        self._on_settings_changed()

    def _on_settings_changed(self) -> None:
        st = self.settings.state
        action = self.tool_actions.get(st.tool)
        if action is not None:
            action.blockSignals(True)
            action.setChecked(True)
            action.blockSignals(False)
        self.size_slider.blockSignals(True)
        self.size_slider.setValue(round(st.width))
        self.size_slider.blockSignals(False)
        self.size_label.setText(self.tr("&Size: %d") % round(st.width))
        self.palette_widget.show_current(st.color)
