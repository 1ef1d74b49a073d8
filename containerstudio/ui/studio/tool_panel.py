"""The tool bar on the side: the rail of tool icons and, under it, only the options of the
tool in hand (colours for what draws in colour, size, opacity, smoothing, fill for shapes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from containerstudio.model.tools import (
    CROP,
    CUTOUT,
    DEFAULT_COLOR,
    EYEDROPPER,
    FILL,
    FREEHAND,
    SELECT,
    SHAPE,
    TEXT,
    TOOLS,
    TOOLS_BY_ID,
)
from containerstudio.resources import Palette
from containerstudio.ui.canvas.tool_settings import ToolSettings
from containerstudio.ui.kit.theme import set_role
from containerstudio.ui.kit.widgets import make_action, shown_name

TOOL_COLUMNS = 4
"""Tool buttons to a row: icons alone; with their words beside (Show labels) half as many."""


def tool_labels() -> list[tuple[str, str, str, str]]:
    """(tool id, translated label, shortcut, icon) in panel order, from the registry."""
    t = QCoreApplication.translate
    return [(tool.id, t("ToolPanel", tool.label), tool.shortcut, tool.icon) for tool in TOOLS]


def _palette_word(english: str) -> str:
    """A palette's or colour's name (English in resources/palettes) in the UI's language."""
    return QCoreApplication.translate("Palettes", english)


class ColorSwatchButton(QToolButton):
    """One palette colour; its label is its accessible name."""

    def __init__(self, hex_color: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hex_color = hex_color
        self.setAccessibleName(label)
        self.setToolTip(label)
        self.setCheckable(True)
        self.setAutoRaise(False)
        self.setFixedSize(QSize(28, 28))
        # The swatch shows the drawing colour; its border and rings come from the theme.
        self.setProperty("swatch", True)
        self.setStyleSheet(f"QToolButton {{ background: {hex_color}; }}")


class PaletteWidget(QWidget):
    """A grid of colour swatches plus a button for any other colour."""

    color_chosen = Signal(str)
    """Emitted with the chosen colour as "#rrggbb"."""

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.setSpacing(4)
        self.swatches: list[ColorSwatchButton] = []
        self.current = DEFAULT_COLOR
        self.color_dialog: QColorDialog | None = None  # "Other colour…", while it is open
        self.custom = QToolButton(self)
        self.custom.setText(self.tr("Other colour…"))
        self.custom.setAccessibleName(self.tr("Choose any colour"))
        self.custom.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.custom.clicked.connect(self._on_custom_clicked)
        self.set_palette(palette)

    def set_palette(self, palette: Palette) -> None:
        """Show another palette's swatches."""
        for button in self.swatches:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.swatches = []
        self.setAccessibleName(self.tr("Colours: %s") % _palette_word(palette.name))
        for i, color in enumerate(palette.colors):
            button = ColorSwatchButton(color.hex, _palette_word(color.label), self)
            button.clicked.connect(lambda _c=False, h=color.hex: self._choose(h))
            self._layout.addWidget(button, i // 4, i % 4)
            self.swatches.append(button)
        self._layout.removeWidget(self.custom)
        self._layout.addWidget(self.custom, (len(palette.colors) + 3) // 4, 0, 1, 4)
        self.show_current(self.current)

    def _choose(self, hex_color: str) -> None:
        self.show_current(hex_color)
        self.color_chosen.emit(hex_color)

    def show_current(self, hex_color: str) -> None:
        self.current = hex_color
        for button in self.swatches:
            button.setChecked(button.hex_color.lower() == hex_color.lower())

    def _on_custom_clicked(self) -> None:
        """Qt's own colour dialog (never the platform's, which the safety controls could
        neither reach nor cover), opened without blocking, like every dialog of the app."""
        if self.color_dialog is not None:
            self.color_dialog.raise_()
            self.color_dialog.activateWindow()
            return
        dialog = QColorDialog(QColor(self.current), self)
        dialog.setWindowTitle(self.tr("Choose a colour"))
        dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.colorSelected.connect(lambda color: self._choose(color.name()))
        dialog.destroyed.connect(self._on_color_dialog_gone)
        self.color_dialog = dialog
        dialog.open()

    def _on_color_dialog_gone(self) -> None:
        self.color_dialog = None


def _layout_of(group: QWidget) -> QVBoxLayout:
    """The column an option group was made with (`ToolPanel._group`)."""
    lay = group.layout()
    assert isinstance(lay, QVBoxLayout)
    return lay


def _slider(parent: QWidget, name: str, lo: int, hi: int) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal, parent)
    slider.setRange(lo, hi)
    slider.setAccessibleName(name)
    return slider


OPTIONS_BY_FAMILY: dict[str, frozenset[str]] = {
    FREEHAND: frozenset({"colour", "size", "opacity", "smoothing"}),
    SHAPE: frozenset({"colour", "size", "opacity", "fill"}),
    FILL: frozenset({"colour", "opacity"}),
    TEXT: frozenset({"colour", "size"}),
    SELECT: frozenset({"colour"}),  # "Colour it" gives the selection this colour
    EYEDROPPER: frozenset({"colour"}),  # shows the colour it picked
    CROP: frozenset(),
    CUTOUT: frozenset(),
}
"""The options shown for the tool in hand, by the tool's family (the eraser has no colour)."""


def tool_options(tool_id: str) -> frozenset[str]:
    """The option groups ("colour", "size", "opacity", "smoothing", "fill") of a tool."""
    spec = TOOLS_BY_ID.get(tool_id)
    if spec is None:
        return frozenset()
    found = OPTIONS_BY_FAMILY.get(spec.family, frozenset())
    return found - {"colour"} if tool_id == "eraser" else found


class ToolPanel(QToolBar):
    """The tool rail (an icon per tool) and, under it, only the options of the tool in
    hand; follows and edits a ToolSettings."""

    def __init__(self, settings: ToolSettings, palettes: list[Palette], parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("ToolPanel", "Tools"), parent)
        self.setObjectName("tool_panel")
        self.settings = settings
        self.palettes = palettes
        self.option_groups: dict[str, QWidget] = {}
        self.setAccessibleName(self.tr("Drawing tools"))
        self.setMovable(False)
        box = QWidget(self)
        box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.setSpacing(6)
        self.rail = QWidget(box)
        self.rail.setObjectName("tool_rail")
        self.rail.setAccessibleName(self.tr("Tools"))
        grid = self._tool_grid = QGridLayout(self.rail)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(3)
        group = QActionGroup(self)
        self.tool_actions: dict[str, QAction] = {}
        self.tool_buttons: dict[str, QToolButton] = {}
        for tool, text, key, picture in tool_labels():
            action = make_action(
                parent, text, lambda t=tool: settings.set_tool(t), [key], icon=picture
            )
            action.setCheckable(True)
            group.addAction(action)
            button = QToolButton(self.rail)
            button.setDefaultAction(action)
            button.setIconSize(QSize(24, 24))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(text)
            button.setAccessibleDescription(action.toolTip())
            self.tool_actions[tool] = action
            self.tool_buttons[tool] = button
        self.set_show_labels(False)
        lay.addWidget(self.rail)
        self.options = QWidget(box)
        self.options.setObjectName("tool_options")
        self.options.setAccessibleName(self.tr("Options of the tool in hand"))
        opts = QVBoxLayout(self.options)
        opts.setContentsMargins(0, 0, 0, 0)
        opts.setSpacing(6)
        lay.addWidget(self.options)
        self.options_title = QLabel(self.options)
        self.options_title.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.options_title, "muted")
        opts.addWidget(self.options_title)
        colour = self._group("colour", opts)
        self.palette_choice = QComboBox(colour)
        self.palette_choice.setAccessibleName(self.tr("Colour palette"))
        for palette in palettes:
            self.palette_choice.addItem(_palette_word(palette.name), palette.id)
        self.palette_choice.currentIndexChanged.connect(self._on_palette_choice_changed)
        _layout_of(colour).addWidget(self.palette_choice)
        self.palette_widget = PaletteWidget(self._palette(settings.state.palette), colour)
        self.palette_widget.color_chosen.connect(settings.set_color)
        _layout_of(colour).addWidget(self.palette_widget)
        self.size_label = QLabel(self.options)
        self.size_slider = _slider(self.options, self.tr("Brush size"), 1, 120)
        self.size_slider.valueChanged.connect(lambda v: settings.set_width(float(v)))
        self.opacity_label = QLabel(self.options)
        self.opacity_slider = _slider(self.options, self.tr("Opacity"), 5, 100)
        self.opacity_slider.valueChanged.connect(lambda v: settings.set_opacity(v / 100))
        self.smoothing_label = QLabel(self.options)
        self.smoothing_slider = _slider(self.options, self.tr("Smoothing"), 0, 90)
        self.smoothing_slider.valueChanged.connect(lambda v: settings.set_smoothing(v / 100))
        for name, label, slider in (
            ("size", self.size_label, self.size_slider),
            ("opacity", self.opacity_label, self.opacity_slider),
            ("smoothing", self.smoothing_label, self.smoothing_slider),
        ):
            group_box = self._group(name, opts)
            label.setParent(group_box)
            slider.setParent(group_box)
            label.setBuddy(slider)
            _layout_of(group_box).addWidget(label)
            _layout_of(group_box).addWidget(slider)
        fill = self._group("fill", opts)
        self.fill_shapes = QCheckBox(self.tr("Filled shapes"), fill)
        self.fill_shapes.setAccessibleName(self.tr("Filled shapes"))
        self.fill_shapes.toggled.connect(settings.set_shape_fill)
        _layout_of(fill).addWidget(self.fill_shapes)
        self.no_options = QLabel(self.tr("Drag on a photo to use this tool."), self.options)
        self.no_options.setWordWrap(True)
        self.no_options.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.no_options, "muted")
        opts.addWidget(self.no_options)
        lay.addStretch(1)
        self.addWidget(box)
        settings.changed.connect(self._on_settings_changed)
        self._on_settings_changed()

    def _group(self, name: str, into: QVBoxLayout) -> QWidget:
        """One option group (its widgets shown or hidden together)."""
        group = QWidget(self.options)
        group.setObjectName(f"options_{name}")
        lay = QVBoxLayout(group)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        into.addWidget(group)
        self.option_groups[name] = group
        return group

    def shown_options(self) -> set[str]:
        """The option groups now shown (those of the tool in hand)."""
        return {name for name, group in self.option_groups.items() if not group.isHidden()}

    def _show_options_of(self, tool_id: str) -> None:
        wanted = tool_options(tool_id)
        for name, group in self.option_groups.items():
            group.setHidden(name not in wanted)
        self.no_options.setHidden(bool(wanted))
        action = self.tool_actions.get(tool_id)
        name = shown_name(action) if action is not None else ""
        self.options_title.setText(name)

    def set_show_labels(self, on: bool) -> None:
        """Icons alone, four to a row; or with their names beside them, two to a row."""
        style = Qt.ToolButtonStyle
        columns = TOOL_COLUMNS // 2 if on else TOOL_COLUMNS
        for i, button in enumerate(self.tool_buttons.values()):
            self._tool_grid.removeWidget(button)
            button.setToolButtonStyle(
                style.ToolButtonTextBesideIcon if on else style.ToolButtonIconOnly
            )
            self._tool_grid.addWidget(button, i // columns, i % columns)

    def _palette(self, palette_id: str) -> Palette:
        return next((p for p in self.palettes if p.id == palette_id), self.palettes[0])

    def _on_palette_choice_changed(self, index: int) -> None:
        palette_id = self.palette_choice.itemData(index)
        self.palette_widget.set_palette(self._palette(palette_id))
        self.settings.set_palette(palette_id)

    def _on_settings_changed(self) -> None:
        st = self.settings.state
        action = self.tool_actions.get(st.tool)
        # Tool actions call set_tool on `triggered`, which setChecked does not emit; their
        # `changed` signal must flow so the buttons show the current tool.
        widgets = (
            self.size_slider,
            self.opacity_slider,
            self.smoothing_slider,
            self.fill_shapes,
            self.palette_choice,
        )
        for widget in widgets:
            widget.blockSignals(True)
        if action is not None:
            action.setChecked(True)
        self.size_slider.setValue(round(st.width))
        self.opacity_slider.setValue(round(st.opacity * 100))
        self.smoothing_slider.setValue(round(st.smoothing * 100))
        self.fill_shapes.setChecked(st.shape_fill)
        index = self.palette_choice.findData(st.palette)
        if index >= 0 and index != self.palette_choice.currentIndex():
            self.palette_choice.setCurrentIndex(index)
            self.palette_widget.set_palette(self._palette(st.palette))
        for widget in widgets:
            widget.blockSignals(False)
        size_text = self.tr("&Text size: %d") if st.tool == "text" else self.tr("&Size: %d")
        self.size_label.setText(size_text % round(st.width))
        self.opacity_label.setText(self.tr("O&pacity: %d %%") % round(st.opacity * 100))
        smooth = round(st.smoothing * 100)
        self.smoothing_label.setText(
            self.tr("S&moothing: %d") % smooth if smooth else self.tr("S&moothing: off")
        )
        self.palette_widget.show_current(st.color)
        self._show_options_of(st.tool)
