"""The paper every drawing sits on, as "#rrggbb" (the canvas, the PDF and the library's
blank thumbnails share it, so a picture looks the same on screen and on paper)."""

from __future__ import annotations

PAPER = "#fffdf8"
"""The sheet's colour."""
PAPER_EDGE = "#d8d2c4"
"""The thin line around a sheet (and around a slip of paper)."""
