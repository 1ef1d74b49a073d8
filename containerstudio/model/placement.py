"""Where a new sticker or photo arrives: at the centre of what the person sees, stepped
down and to the right past any placed element already sitting there, so two in a row
never hide one another."""

from __future__ import annotations

from collections.abc import Iterable

CASCADE_STEP = 32.0
"""How far each arrival steps from the one before (page pixels)."""

SAME_SPOT = 4.0
"""Closer than this, two placements count as on top of each other."""


def cascade_from(
    centre: tuple[float, float],
    taken: Iterable[tuple[float, float]],
    bounds: tuple[float, float, float, float],
    step: float = CASCADE_STEP,
) -> tuple[float, float]:
    """The first free spot from `centre` down the diagonal, inside `bounds` (left, top,
    right, bottom); past the edge it starts again from the top left of the diagonal."""
    spots = list(taken)
    left, top, right, bottom = bounds
    x, y = centre
    for _ in range(200):  # a page holds far fewer; the bound keeps a bad page finite
        if all(abs(x - tx) > SAME_SPOT or abs(y - ty) > SAME_SPOT for tx, ty in spots):
            return x, y
        x, y = x + step, y + step
        if x > right or y > bottom:
            x, y = max(left, x - (right - left) // 2), max(top, y - (bottom - top) // 2)
    return x, y
