"""Acceptance (canvas 6): the scene of a fixed document matches reference images.

The fixed document (render_fixture.py) holds strokes of each brush and an eraser,
shapes, a fill, stickers (one tinted), a template, text in DejaVu Sans and a photo made
in code (cropped and cut out). The references in tests/ui/reference/ are generated,
never hand-edited, by:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.make_references

A render passes when the mean absolute difference is below 2 (of 255) and fewer than
0.5 % of pixels differ by more than 40 in any channel, which absorbs antialiasing
differences between Qt builds but not a moved, missing or recoloured element.
"""

from __future__ import annotations

import numpy as np
import pytest
from canvas_helpers import pixels
from make_references import CASES, REFERENCE_DIR, render_case
from PySide6.QtGui import QImage

MEAN_LIMIT = 2.0
OFF_LIMIT = 0.005


def difference(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    diff = np.abs(a.astype(np.int16) - b.astype(np.int16))
    return float(diff.mean()), float((diff.max(axis=2) > 40).mean())


@pytest.mark.parametrize(("name", "paper"), list(CASES.items()))
def test_fixed_document_matches_reference(qapp, name, paper):
    reference = QImage(str(REFERENCE_DIR / name))
    assert not reference.isNull(), f"missing {name}; see the module docstring"
    rendered = pixels(render_case(paper))
    expected = pixels(reference)
    assert rendered.shape == expected.shape
    mean, off = difference(rendered, expected)
    assert mean < MEAN_LIMIT and off < OFF_LIMIT, (mean, off)


def test_the_comparison_notices_a_change(qapp):
    """The tolerance is not so loose that a moved element would pass."""
    rendered = pixels(render_case(True))
    shifted = np.roll(rendered, 12, axis=1)
    mean, off = difference(rendered, shifted)
    assert mean >= MEAN_LIMIT or off >= OFF_LIMIT
