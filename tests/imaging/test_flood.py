"""Flood fill finds exactly the closed area clicked, without Qt."""

from __future__ import annotations

import numpy as np

from containerstudio.imaging.flood import connected_region, fill_region


def ring_image() -> np.ndarray:
    img = np.full((60, 80, 4), 255, dtype=np.uint8)
    img[10:50, 20] = img[10:50, 60] = (0, 0, 0, 255)
    img[10, 20:61] = img[49, 20:61] = (0, 0, 0, 255)
    return img


def test_fill_inside_a_closed_ring_stays_inside():
    mask = fill_region(ring_image(), 40, 30, spread=0)
    assert mask[30, 40] and mask[11, 21] and mask[48, 59]
    assert not mask[5, 5] and not mask[30, 10] and not mask[10, 20]
    assert mask.sum() == 38 * 39  # rows 11..48, columns 21..59


def test_fill_outside_goes_around_the_ring():
    mask = fill_region(ring_image(), 2, 2, spread=0)
    assert mask[55, 75] and mask[30, 70] and not mask[30, 40]


def test_spread_tucks_under_the_line_edge():
    mask = fill_region(ring_image(), 40, 30, spread=1)
    assert mask[30, 20] and not mask[30, 19]


def test_diagonal_gap_does_not_leak():
    sim = np.ones((5, 5), dtype=bool)
    sim[2, :] = False
    assert connected_region(sim, 0, 0).sum() == 10


def test_click_outside_image_is_empty():
    assert not fill_region(ring_image(), 500, 500).any()
