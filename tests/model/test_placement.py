"""New stickers and photos cascade instead of landing on top of each other."""

from __future__ import annotations

from containerstudio.model.placement import CASCADE_STEP, cascade_from

BOUNDS = (50.0, 50.0, 1550.0, 1150.0)


def test_a_free_centre_is_used_as_it_is():
    assert cascade_from((800, 600), [], BOUNDS) == (800, 600)
    assert cascade_from((800, 600), [(300, 300)], BOUNDS) == (800, 600)


def test_each_arrival_steps_past_the_ones_already_there():
    taken: list[tuple[float, float]] = []
    for _ in range(5):
        taken.append(cascade_from((800, 600), taken, BOUNDS))
    assert len(set(taken)) == 5
    assert taken[1] == (800 + CASCADE_STEP, 600 + CASCADE_STEP)


def test_the_cascade_stays_on_the_page():
    taken: list[tuple[float, float]] = []
    for _ in range(60):
        x, y = cascade_from((1500, 1100), taken, BOUNDS)
        assert BOUNDS[0] <= x <= BOUNDS[2] and BOUNDS[1] <= y <= BOUNDS[3]
        taken.append((x, y))
    assert len(set(taken)) == 60
