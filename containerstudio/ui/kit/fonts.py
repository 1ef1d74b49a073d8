"""The shipped fonts (DejaVu Sans), so text looks the same on every computer."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from containerstudio.resources import resources_dir


@cache
def load_app_fonts() -> list[str]:
    """Register resources/fonts/*.ttf with Qt once; returns the families available.

    Reading the font files takes 10-20 ms, so start-up does it while the library opens
    (ui/shell/startup.py), and attaching a library makes sure it was done."""
    if "DejaVu Sans" in QFontDatabase.families():
        return ["DejaVu Sans"]
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families
