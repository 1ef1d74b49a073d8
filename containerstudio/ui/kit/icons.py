"""The app's icons: one loader for the drawn set in `resources/icons/ui/`.

`icon("undo")` is a QIcon drawn from `undo.svg` in the current palette's text colour:
the button text colour normally, the disabled text colour when greyed out, and the
selected text colour when highlighted or checked (the theme puts checked buttons on
its selection colour). Each picture is rendered when Qt first asks for it, at the size
asked, and kept per (name, colour, size); so no start-up time goes to icons nobody
sees, and a palette change (View → Theme) reaches every icon at the next repaint,
which Qt makes on every widget; the loader sees the application's palette change at
its next picture and forgets the old colours' pictures then (no event filter on the
whole application: that would be called for every event of every widget).

Each icon is drawn from its SVG once per size, as a shape; a colour is that shape
filled (so a theme switch costs no SVG work). The SVGs draw with `currentColor`.

The app keeps the pictures on disk too (`use_disk_cache`, a folder in the data folder):
the window's first paint then reads its thirty-odd icons back instead of drawing each
from its SVG. A picture is found by its icon's SVG text, colour and size, so a changed
SVG or another theme's colour is drawn anew; a file that does not read back as a
picture of that size is passed over and drawn again.
"""

from __future__ import annotations

import contextlib
import hashlib
import struct
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from containerstudio.atomic_files import write_private
from containerstudio.resources import resources_dir

ICON_FOLDER = ("icons", "ui")

_shapes: dict[tuple[str, int, int], QImage] = {}
"""Each icon drawn once per size as its shape (black, with its anti-aliased edges)."""
_pixmaps: dict[tuple[str, str, int, int], QPixmap] = {}
"""Rendered pictures by (icon name, colour "#rrggbb", width, height)."""
_drawn_for: list[int | None] = [None]
"""The cache key of the application palette the pictures in `_pixmaps` were drawn for."""
_disk: list[Path | None] = [None]
"""The folder keeping rendered pictures across runs (None: kept in memory only)."""
DISK_FORMAT = 1
"""Part of every picture's key on disk: raised when the drawing of a picture changes."""
DISK_SUFFIX = ".icon"
_HEADER = b"CSICON1\n"
_DIMENSIONS = struct.Struct("<II")
_HEADER_SIZE = len(_HEADER) + _DIMENSIONS.size


def _folder() -> Path:
    return resources_dir().joinpath(*ICON_FOLDER)


@cache
def _known() -> frozenset[str]:
    """The names of the set, from one look at the folder (no file is read for it)."""
    return frozenset(path.stem for path in _folder().glob("*.svg"))


def icon_names() -> list[str]:
    """Every icon of the set, by name (the SVG file's stem), sorted."""
    return sorted(_known())


@cache
def svg_source(name: str) -> str:
    """The SVG text of icon `name` (FileNotFoundError for a name the set lacks)."""
    return _folder().joinpath(f"{name}.svg").read_text(encoding="utf-8")


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


def _shape(name: str, size: QSize) -> QImage:
    """Icon `name` at `size`, drawn once: every colour is this shape filled."""
    key = (name, size.width(), size.height())
    found = _shapes.get(key)
    if found is None:
        found = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        found.fill(Qt.GlobalColor.transparent)
        source = svg_source(name).replace("currentColor", "#000000")
        renderer = QSvgRenderer(QByteArray(source.encode()))
        painter = QPainter(found)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(size.width(), size.height())  # square, centred in the space given
        x, y = (size.width() - side) / 2, (size.height() - side) / 2
        renderer.render(painter, QRectF(x, y, side, side))
        painter.end()
        _shapes[key] = found
    return found


def _forget_old_colours() -> None:
    """After a change of the application's palette (a theme switch), the pictures drawn
    in the old colours are of no more use: let them go."""
    palette = QApplication.palette().cacheKey()
    if palette != _drawn_for[0]:
        _pixmaps.clear()
        _drawn_for[0] = palette


def use_disk_cache(folder: Path | None) -> None:
    """Keep rendered pictures in `folder` across runs (made private, 0700), or only in
    memory (None). The app sets it at start, before its window paints."""
    _disk[0] = folder


@cache
def _svg_hash(name: str) -> str:
    return hashlib.sha256(svg_source(name).encode()).hexdigest()


def disk_file(name: str, colour: str, size: QSize) -> Path | None:
    """Where the picture of `name` in `colour` at `size` is kept on disk (None: no disk
    cache). The name holds the SVG's hash, so an edited SVG never finds an old file."""
    folder = _disk[0]
    if folder is None:
        return None
    key = f"{DISK_FORMAT}|{name}|{_svg_hash(name)}|{colour}|{size.width()}x{size.height()}"
    return folder / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}{DISK_SUFFIX}"


def _read_disk(path: Path, size: QSize) -> QImage | None:
    """The picture kept at `path`, or None when it is missing or is not a whole picture
    of `size` (a damaged or foreign file: drawn again, calmly).

    The file holds the pixels as they are in memory (premultiplied ARGB32) after a short
    header: reading them back is a copy, with no image decoder (loading Qt's decoders
    costs more than drawing the thirty-odd icons)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    width, height = size.width(), size.height()
    if data[: len(_HEADER)] != _HEADER or len(data) != _HEADER_SIZE + width * height * 4:
        return None
    if _DIMENSIONS.unpack_from(data, len(_HEADER)) != (width, height):
        return None
    pixels = data[_HEADER_SIZE:]
    image = QImage(pixels, width, height, width * 4, QImage.Format.Format_ARGB32_Premultiplied)
    return image.copy()  # owns its pixels; the bytes object goes away


def _write_disk(path: Path, image: QImage) -> None:
    """Keep `image` at `path`: written whole to a private temporary file (0600), then
    moved in place. A folder that cannot be written to only means drawing again."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    width, height = image.width(), image.height()
    rows = bytes(image.constBits())
    stride = image.bytesPerLine()
    pixels = b"".join(rows[y * stride : y * stride + width * 4] for y in range(height))
    blob = _HEADER + _DIMENSIONS.pack(width, height) + pixels
    if not path.parents[2].is_dir():  # kept in the data folder, never making it
        return
    with contextlib.suppress(OSError):  # a folder that refuses files: drawn again next time
        write_private(path, lambda out: out.write(blob), durable=False)


def _draw(name: str, colour: str, size: QSize) -> QImage:
    """Icon `name` in `colour` at `size`: its shape, filled with the colour."""
    image = QImage(_shape(name, size))
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), QColor(colour))  # the shape, in the colour
    painter.end()
    return image


def render(name: str, colour: str, size: QSize) -> QPixmap:
    """Icon `name` in `colour` at `size` (device pixels), from the cache when drawn before
    (in this run, or in an earlier one when the disk cache is on)."""
    _forget_old_colours()
    key = (name, colour, size.width(), size.height())
    found = _pixmaps.get(key)
    if found is None:
        path = disk_file(name, colour, size)
        image = None if path is None else _read_disk(path, size)
        if image is None:
            image = _draw(name, colour, size)
            if path is not None:
                _write_disk(path, image)
        found = _pixmaps[key] = QPixmap.fromImage(image)
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


_icons: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon `name` of the set (FileNotFoundError for a name the set lacks)."""
    found = _icons.get(name)
    if found is None:
        if name not in _known():  # found here, not at the first paint
            raise FileNotFoundError(f"no icon {name!r} in {_folder()}")
        found = _icons[name] = QIcon(_SvgIconEngine(name))
    return found


def cached_pictures() -> int:
    """How many rendered pictures the cache holds (for tests)."""
    _forget_old_colours()
    return len(_pixmaps)


def forget_pictures() -> None:
    """Let go of every picture and shape held in memory, as a new run starts without
    them (for tests: the disk cache is what is left)."""
    _pixmaps.clear()
    _shapes.clear()
