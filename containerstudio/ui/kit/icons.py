"""The app's icons: one loader for the drawn set in `resources/icons/ui/`.

`icon("undo")` is a QIcon drawn from `undo.svg` in the current palette's text colour:
the button text colour normally, the disabled text colour when greyed out, and the
selected text colour when highlighted or checked (the theme puts checked buttons on
its selection colour). Each picture is rendered when Qt first asks for it, at the size
asked, and kept per (name, colour, size); so no start-up time goes to icons nobody
sees, and a palette change (View → Theme) reaches every icon at the next repaint,
which Qt makes on every widget; the loader listens for the application's palette
change and forgets the old colours' pictures.

The SVGs draw with `currentColor`; the loader puts the colour in before rendering.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from containerstudio.resources import resources_dir

ICON_FOLDER = ("icons", "ui")

_pixmaps: dict[tuple[str, str, int, int], QPixmap] = {}
"""Rendered pictures by (icon name, colour "#rrggbb", width, height)."""


def icon_names() -> list[str]:
    """Every icon of the set, by name (the SVG file's stem), sorted."""
    folder = resources_dir().joinpath(*ICON_FOLDER)
    return sorted(path.stem for path in folder.glob("*.svg"))


@cache
def svg_source(name: str) -> str:
    """The SVG text of icon `name` (FileNotFoundError for a name the set lacks)."""
    return resources_dir().joinpath(*ICON_FOLDER, f"{name}.svg").read_text(encoding="utf-8")


def icon_colour(mode: QIcon.Mode, state: QIcon.State, palette: QPalette | None = None) -> str:
    """The colour an icon is drawn in, for a button's mode and state, from the palette."""
    pal = palette if palette is not None else QApplication.palette()
    Group, Role = QPalette.ColorGroup, QPalette.ColorRole
    if mode == QIcon.Mode.Disabled:
        colour = pal.color(Group.Disabled, Role.ButtonText)
    elif mode == QIcon.Mode.Selected or state == QIcon.State.On:
        colour = pal.color(Group.Active, Role.HighlightedText)
    else:
        colour = pal.color(Group.Active, Role.ButtonText)
    return colour.name()


def render(name: str, colour: str, size: QSize) -> QPixmap:
    """Icon `name` in `colour` at `size` (device pixels), from the cache when drawn before."""
    key = (name, colour, size.width(), size.height())
    found = _pixmaps.get(key)
    if found is None:
        found = QPixmap(size)
        found.fill(Qt.GlobalColor.transparent)
        renderer = QSvgRenderer(
            QByteArray(svg_source(name).replace("currentColor", colour).encode())
        )
        painter = QPainter(found)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(size.width(), size.height())  # square, centred in the space given
        x, y = (size.width() - side) / 2, (size.height() - side) / 2
        renderer.render(painter, QRectF(x, y, side, side))
        painter.end()
        _pixmaps[key] = found
    return found


class _SvgIconEngine(QIconEngine):
    """Draws one icon of the set in the colour of the palette at the time of asking."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return QPixmap(render(self.name, icon_colour(mode, state), size))

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixels = QSize(round(size.width() * scale), round(size.height() * scale))
        found = QPixmap(render(self.name, icon_colour(mode, state), pixels))
        found.setDevicePixelRatio(scale)
        return found

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatio() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self.name)

    def key(self) -> str:
        return "containerstudio-svg"


class _PaletteFollower(QObject):
    """Forgets the old colours' pictures when the app's palette changes (a theme
    switch): Qt repaints every widget then, and the icons ask for the new colour."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and watched is self.parent():
            _pixmaps.clear()
        return False


@cache
def _follow_palette(app: QApplication) -> _PaletteFollower:
    follower = _PaletteFollower(app)
    app.installEventFilter(follower)
    return follower


_icons: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon `name` of the set (FileNotFoundError for a name the set lacks)."""
    found = _icons.get(name)
    if found is None:
        svg_source(name)  # an unknown name is found here, not at the first paint
        app = QApplication.instance()
        if isinstance(app, QApplication):
            _follow_palette(app)
        found = _icons[name] = QIcon(_SvgIconEngine(name))
    return found


def cached_pictures() -> int:
    """How many rendered pictures the cache holds (for tests)."""
    return len(_pixmaps)
