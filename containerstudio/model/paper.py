"""The paper every drawing sits on and the inks on it, as "#rrggbb" (the canvas, the PDF
and the library's blank thumbnails share them, so a picture looks the same on screen and
on paper)."""

from __future__ import annotations

PAPER = "#fffdf8"
"""The sheet's colour."""
PAPER_EDGE = "#d8d2c4"
"""The thin line around a sheet (and around a slip of paper)."""
INK = "#333333"
"""The colour of an element made without one (a stroke, words, a shape, a fill)."""
PRINT_INK = "#2f3a40"
"""The colour of printed words: titles, captions and notes on every PDF page."""
