"""Render the app icon to PNG at every size desktops ask for, in the hicolor layout.

Usage: python packaging/make_icons.py OUT_DIR

Writes OUT_DIR/hicolor/NxN/apps/<id>.png for each size in SIZES and
OUT_DIR/hicolor/scalable/apps/<id>.svg, from `resources/icons/containerstudio.svg` (the
one drawn icon; the PNGs are made, never committed). Qt's SVG renderer draws it, the same
one the app uses, offscreen, so no display and no other tool is needed.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # after the platform is chosen
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "containerstudio.svg"
ICON_ID = "org.containerstudio.ContainerStudio"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon drawn anew at `size` px (not scaled from another size), on transparency."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def write_icons(out: Path) -> list[Path]:
    """Write the PNGs and the scalable SVG under `out/hicolor`; return the files written."""
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"The icon {SOURCE} could not be read as SVG.")
    written = []
    for size in SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            raise SystemExit(f"Could not write {target}.")
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{ICON_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    written.append(scalable)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    _app = QGuiApplication(sys.argv[:1])
    for path in write_icons(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
