"""Issue 15: no colour is written inline in the UI's chrome; every colour of the app's
own comes from the theme module (`ui/kit/theme.py`), by role.

Drawing content is not chrome and keeps its colours: the person's strokes and their
defaults, the page's paper, the lid drawn over the page, sticker tints, the slip of paper
the person writes on. Those literals are listed here one by one, with their file, so a
new chrome colour in the same file is still found.
"""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "containerstudio" / "ui"
THEME_MODULE = "kit/theme.py"

HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b")
QCOLOR_LITERAL = re.compile(r"QColor\(\s*(?:[\"'\d]|Qt\.)")
RGB = re.compile(r"\brgba?\(", re.IGNORECASE)
GLOBAL_COLOR = re.compile(r"GlobalColor\.(?!transparent\b)(\w+)")
NAMED_IN_SHEET = re.compile(
    r"(?:color|background(?:-color)?|border(?:-\w+)?)\s*:[^;\"']*"
    r"\b(?:dark|light|medium|dim|pale)?(white|black|red|green|blue|gr[ae]y|yellow|orange|purple|pink|brown|navy|teal|"
    r"silver|maroon|olive|lime|aqua|fuchsia|beige|ivory|khaki|lavender|salmon|tan)\b",
    re.IGNORECASE,
)

CONTENT = {
    # the person's drawing: default ink, and black when a colour cannot be read
    "canvas/tool_settings.py": {'"#3b5b6d"'},
    "studio/tool_panel.py": {'"#3b5b6d"'},
    "studio/arrange_bar.py": {'"#333333"'},
    "canvas/stroke_painter.py": {"QColor(0, 0, 0, 255)"},
    "canvas/items/sticker_item.py": {'"#000000"'},
    # the page's paper and its edge (on the canvas, and a blank container's thumbnail)
    "canvas/scene.py": {'QColor("#fffdf8")', 'QColor("#d8d2c4")'},
    "library/dialog.py": {'QColor("#d8d2c4")'},
    # an icon's shape is drawn once in black as a mask, then filled with the theme's colour
    "kit/icons.py": {"#000000"},
    # a photo's faint stand-in on the page while its pixels are decoded
    "canvas/items/image_item.py": {"QColor(0, 0, 0, 18)"},
    # the lid, drawn over the page as part of the picture
    "canvas/lid_cover.py": {'QColor("#e9e1d0")', 'QColor("#cfc3aa")', 'QColor("#a89b80")'},
    # the slip of paper a person writes on, and their writing
    "guide/slips_widget.py": {'QColor("#fffaf0")', 'QColor("#d8d2c4")', 'QColor("#3b5b6d")'},
}


def _code(line: str) -> str:
    """The line without a trailing comment (a `#` outside quotes)."""
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            return line[:i]
    return line


def colour_literals(text: str) -> list[tuple[int, str]]:
    """(line number, literal) for each colour literal in Python source `text`."""
    found = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = _code(raw)
        for pattern in (HEX, QCOLOR_LITERAL, RGB, GLOBAL_COLOR, NAMED_IN_SHEET):
            for match in pattern.finditer(line):
                found.append((number, line.strip() if pattern is not HEX else match.group()))
    return found


def _allowed(rel: str, literal: str) -> bool:
    return any(ok in literal or literal.strip("\"'") in ok for ok in CONTENT.get(rel, ()))


def test_no_colour_literal_in_the_ui_outside_the_theme():
    offending = []
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(UI).as_posix()
        if rel == THEME_MODULE:
            continue
        for number, literal in colour_literals(path.read_text(encoding="utf-8")):
            if not _allowed(rel, literal):
                offending.append(f"ui/{rel}:{number}: {literal}")
    assert offending == [], "name a theme role instead:\n" + "\n".join(offending)


def test_the_scan_finds_each_kind_of_literal():
    planted = "\n".join(
        [
            'label.setStyleSheet("color: #4a4a4a;")',
            'painter.setBrush(QColor("#e3eeec"))',
            "painter.setBrush(QColor(44, 110, 138, 40))",
            'w.setStyleSheet("background: rgb(10, 20, 30)")',
            "item.setForeground(Qt.GlobalColor.gray)",
            'w.setStyleSheet("QLabel { color: white; }")',
            'w.setStyleSheet("border: 1px solid darkgray")',
        ]
    )
    lines = {number for number, _ in colour_literals(planted)}
    assert lines == set(range(1, 8))


def test_the_scan_leaves_comments_object_names_and_transparent_alone():
    fine = "\n".join(
        [
            "pixmap.fill(Qt.GlobalColor.transparent)",
            'w.setObjectName("lock_screen")  # styled by #lock_screen in the theme',
            'set_role(label, "muted")',
            "painter.setBrush(color('accent'))",
        ]
    )
    assert colour_literals(fine) == []
