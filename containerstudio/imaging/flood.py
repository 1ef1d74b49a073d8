"""Flood fill on a rendered canvas: which pixels a bucket fill at (x, y) covers.

Works on runs of similar pixels per row, so a fill of the whole 1600 × 1200 canvas is
a few thousand small steps rather than two million. Qt-free (numpy only).
"""

from __future__ import annotations

from collections import deque

import numpy as np

DEFAULT_TOLERANCE = 40  # per channel, 0..255: antialiased grey stays outside a black line


def similar_to_seed(rgba: np.ndarray, x: int, y: int, tolerance: int) -> np.ndarray:
    """Boolean mask of pixels whose every channel is within `tolerance` of the seed."""
    seed = rgba[y, x].astype(np.int16)
    distance: np.ndarray = np.abs(rgba.astype(np.int16) - seed).max(axis=2)
    return distance <= tolerance


def connected_region(similar: np.ndarray, x: int, y: int) -> np.ndarray:
    """Pixels of `similar` 4-connected to (x, y)."""
    h, w = similar.shape
    mask = np.zeros((h, w), dtype=bool)
    if not similar[y, x]:
        return mask
    padded = np.zeros((h, w + 2), dtype=np.int8)
    padded[:, 1:-1] = similar
    edges = np.diff(padded, axis=1)
    run_row, run_start = np.nonzero(edges == 1)
    _, run_end = np.nonzero(edges == -1)  # exclusive; same order as the starts
    first_run = np.searchsorted(run_row, np.arange(h + 1))
    seen = np.zeros(len(run_row), dtype=bool)

    def runs_touching(row: int, s: int, e: int) -> range:
        lo, hi = first_run[row], first_run[row + 1]
        # Runs in this row overlapping [s, e): start < e and end > s.
        a = lo + int(np.searchsorted(run_end[lo:hi], s, side="right"))
        b = lo + int(np.searchsorted(run_start[lo:hi], e, side="left"))
        return range(a, b)

    seed = next(iter(runs_touching(y, x, x + 1)))
    seen[seed] = True
    queue = deque([seed])
    while queue:
        r = queue.popleft()
        row, s, e = int(run_row[r]), int(run_start[r]), int(run_end[r])
        mask[row, s:e] = True
        for other in (row - 1, row + 1):
            if 0 <= other < h:
                for n in runs_touching(other, s, e):
                    if not seen[n]:
                        seen[n] = True
                        queue.append(n)
    return mask


def grow(mask: np.ndarray, pixels: int = 1) -> np.ndarray:
    """Grow a mask by `pixels` (4-neighbourhood), so a fill tucks under soft line edges."""
    out = mask.copy()
    for _ in range(pixels):
        grown = out.copy()
        grown[1:, :] |= out[:-1, :]
        grown[:-1, :] |= out[1:, :]
        grown[:, 1:] |= out[:, :-1]
        grown[:, :-1] |= out[:, 1:]
        out = grown
    return out


def fill_region(
    rgba: np.ndarray, x: int, y: int, tolerance: int = DEFAULT_TOLERANCE, spread: int = 1
) -> np.ndarray:
    """The bucket-fill mask for a click at (x, y) on an (h, w, 4) uint8 image."""
    h, w = rgba.shape[:2]
    if not (0 <= x < w and 0 <= y < h):
        return np.zeros((h, w), dtype=bool)
    region = connected_region(similar_to_seed(rgba, x, y, tolerance), x, y)
    return grow(region, spread) if spread else region
