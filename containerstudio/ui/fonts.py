"""The shipped fonts (DejaVu Sans), so text looks the same on every computer."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from containerstudio.resources import resources_dir


def load_app_fonts() -> list[str]:
    """Register resources/fonts/*.ttf with Qt once; returns the families available."""
    if "DejaVu Sans" in QFontDatabase.families():
        return ["DejaVu Sans"]
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families
