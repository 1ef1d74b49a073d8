"""Checks on the artwork and data under ``resources/``.

Templates, stickers, the app icon, palettes and fonts are what a client sees first, so
every file must be indexed, licensed, render cleanly with Qt's SVG renderer (which
implements SVG Tiny 1.2, not full SVG) and stay inside the subset that renderer draws
faithfully.
"""

from __future__ import annotations

import os
import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# PySide6 must be imported after QT_QPA_PLATFORM is set, so these imports come late.
import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TEMPLATES = RESOURCES / "templates"
STICKERS = RESOURCES / "stickers"
PALETTES = RESOURCES / "palettes"
ICON = RESOURCES / "icons" / "containerstudio.svg"

REQUIRED_TEMPLATES = {"box", "jar", "chest", "safe", "bottle", "envelope", "blank"}
STICKER_CATEGORIES = {"locks", "protection", "nature", "comfort", "shapes"}
TEMPLATE_VIEWBOX = (0.0, 0.0, 1600.0, 1200.0)
STICKER_VIEWBOX = (0.0, 0.0, 256.0, 256.0)

SVG_NS = "{http://www.w3.org/2000/svg}"
# What Qt's SVG Tiny renderer draws faithfully. Qt silently ignores much of the rest
# (filters, masks, text styling, CSS), so anything outside this set is refused here.
ALLOWED_ELEMENTS = {
    "svg",
    "g",
    "defs",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "linearGradient",
    "radialGradient",
    "stop",
}
FORBIDDEN_ATTRIBUTES = {"style", "class", "filter", "mask", "clip-path"}
HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
URL_REFERENCE = re.compile(r"url\(#([^)]+)\)")

TEMPLATE_FILES = sorted(TEMPLATES.glob("*.svg"))
STICKER_FILES = sorted(STICKERS.glob("*.svg"))
ALL_SVGS = [*TEMPLATE_FILES, *STICKER_FILES, ICON]
PALETTE_FILES = sorted(PALETTES.glob("*.toml"))


def _rel(path: Path) -> str:
    return path.relative_to(RESOURCES).as_posix()


def _load_toml(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


@contextmanager
def captured_qt_messages() -> Iterator[list[str]]:
    """Collect every Qt message above debug level emitted inside the block."""
    messages: list[str] = []

    def handler(msg_type: QtMsgType, _context: object, message: str) -> None:
        if msg_type != QtMsgType.QtDebugMsg:
            messages.append(f"{msg_type.name}: {message}")

    previous = qInstallMessageHandler(handler)
    try:
        yield messages
    finally:
        qInstallMessageHandler(previous)


def _render(renderer: QSvgRenderer, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def _opaque_pixel_count(image: QImage) -> int:
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    rows = np.frombuffer(alpha.constBits(), dtype=np.uint8, count=alpha.sizeInBytes())
    rows = rows.reshape(alpha.height(), alpha.bytesPerLine())[:, : alpha.width()]
    return int(np.count_nonzero(rows))


def _viewbox(root: ET.Element) -> tuple[float, ...]:
    return tuple(float(v) for v in root.get("viewBox", "").replace(",", " ").split())


# --- the sets of files ---------------------------------------------------------------


def test_all_required_templates_exist() -> None:
    names = {path.stem for path in TEMPLATE_FILES}
    assert len(TEMPLATE_FILES) >= 7
    assert names >= REQUIRED_TEMPLATES, f"missing: {sorted(REQUIRED_TEMPLATES - names)}"


def test_there_are_enough_stickers() -> None:
    assert len(STICKER_FILES) >= 24


@pytest.mark.parametrize(
    ("folder", "table"),
    [(TEMPLATES, "template"), (STICKERS, "sticker")],
    ids=["templates", "stickers"],
)
def test_index_matches_the_svg_files(folder: Path, table: str) -> None:
    entries = _load_toml(folder / "index.toml")[table]
    listed = [entry["file"] for entry in entries]
    assert len(listed) == len(set(listed)), "a file is listed twice"
    for name in listed:
        assert (folder / name).is_file(), f"{folder.name}/index.toml lists missing {name}"
    on_disk = {path.name for path in folder.glob("*.svg")}
    assert on_disk == set(listed), f"not in the index: {sorted(on_disk - set(listed))}"
    for entry in entries:
        assert isinstance(entry["label"], str)
        assert entry["label"].strip(), f"{entry['file']} has an empty label"


def test_sticker_categories_are_known() -> None:
    for entry in _load_toml(STICKERS / "index.toml")["sticker"]:
        assert entry["category"] in STICKER_CATEGORIES, entry


def test_template_order_is_unique() -> None:
    orders = [entry["order"] for entry in _load_toml(TEMPLATES / "index.toml")["template"]]
    assert all(isinstance(order, int) for order in orders)
    assert len(orders) == len(set(orders))


# --- every SVG ---------------------------------------------------------------------------


def test_warning_capture_sees_svg_warnings(qapp) -> None:
    """Guard the guard: a broken reference must show up as a captured warning."""
    broken = (
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">'
        b'<rect width="4" height="4" fill="url(#nothing)"/></svg>'
    )
    with captured_qt_messages() as messages:
        _render(QSvgRenderer(QByteArray(broken)), 8, 8)
    assert messages


@pytest.mark.parametrize("path", ALL_SVGS, ids=_rel)
def test_svg_renders_without_warnings(qapp, path: Path) -> None:
    with captured_qt_messages() as messages:
        renderer = QSvgRenderer(str(path))
        assert renderer.isValid()
        # Rendered at a small scale of the viewBox: templates 400x300, stickers 128x128.
        width, height = (400, 300) if path.parent == TEMPLATES else (128, 128)
        image = _render(renderer, width, height)
    assert messages == []
    drawn = _opaque_pixel_count(image)
    if path.name == "blank.svg":
        assert drawn == 0
    else:
        assert drawn > width * height // 50, f"{_rel(path)} draws almost nothing"


@pytest.mark.parametrize("path", ALL_SVGS, ids=_rel)
def test_svg_stays_inside_the_tiny_subset(path: Path) -> None:
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG_NS}svg"
    expected = TEMPLATE_VIEWBOX if path.parent == TEMPLATES else STICKER_VIEWBOX
    assert _viewbox(root) == expected
    ids = {element.get("id") for element in root.iter() if element.get("id")}
    for element in root.iter():
        assert element.tag.startswith(SVG_NS), f"foreign element {element.tag}"
        name = element.tag.removeprefix(SVG_NS)
        assert name in ALLOWED_ELEMENTS, f"<{name}> is outside the supported subset"
        for attribute, value in element.attrib.items():
            assert "href" not in attribute, "no external or internal references by href"
            assert attribute not in FORBIDDEN_ATTRIBUTES, f"{attribute}= on <{name}>"
            for target in URL_REFERENCE.findall(value):
                assert target in ids, f"url(#{target}) points nowhere"


@pytest.mark.parametrize("path", [p for p in TEMPLATE_FILES if p.stem != "blank"], ids=_rel)
def test_template_has_outside_and_lid_groups(path: Path) -> None:
    root = ET.parse(path).getroot()
    groups = {g.get("id"): g for g in root.iter(f"{SVG_NS}g") if g.get("id")}
    for part in ("outside", "lid"):
        assert part in groups, f"no <g id={part!r}>"
        assert len(groups[part]) > 0, f"<g id={part!r}> is empty"
    renderer = QSvgRenderer(str(path))
    assert renderer.elementExists("outside")
    assert renderer.elementExists("lid")


def test_blank_template_has_no_shapes() -> None:
    root = ET.parse(TEMPLATES / "blank.svg").getroot()
    assert len(root) == 0


# --- palettes ------------------------------------------------------------------------


def test_the_three_palettes_exist_and_calm_is_default() -> None:
    palettes = {path.stem: _load_toml(path) for path in PALETTE_FILES}
    assert {"calm", "high-contrast", "colour-blind-safe"} <= palettes.keys()
    defaults = [stem for stem, palette in palettes.items() if palette.get("default")]
    assert defaults == ["calm"]


@pytest.mark.parametrize("path", PALETTE_FILES, ids=_rel)
def test_palette_is_well_formed(path: Path) -> None:
    palette = _load_toml(path)
    assert palette["id"] == path.stem
    assert isinstance(palette["name"], str)
    assert palette["name"].strip()
    colours = palette["colors"]
    assert len(colours) >= 8
    for colour in colours:
        assert HEX_COLOUR.match(colour["hex"]), colour
        assert isinstance(colour["label"], str)
        assert colour["label"].strip(), colour
    hexes = [colour["hex"].upper() for colour in colours]
    labels = [colour["label"] for colour in colours]
    assert len(hexes) == len(set(hexes)), "a colour appears twice"
    assert len(labels) == len(set(labels)), "two colours share an accessible name"


# --- licences --------------------------------------------------------------------------


def test_licenses_md_lists_every_file() -> None:
    text = (RESOURCES / "LICENSES.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\|\s*`([^`]+)`\s*\|", text, flags=re.MULTILINE))
    on_disk = {
        _rel(path) for path in RESOURCES.rglob("*") if path.is_file() and path.name != "LICENSES.md"
    }
    assert not on_disk - listed, f"not in LICENSES.md: {sorted(on_disk - listed)}"
    assert not listed - on_disk, f"LICENSES.md lists missing files: {sorted(listed - on_disk)}"


def test_fonts_come_with_their_licence() -> None:
    fonts = RESOURCES / "fonts"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVu-LICENSE.txt"):
        assert (fonts / name).is_file(), name
    licence = (fonts / "DejaVu-LICENSE.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in licence
