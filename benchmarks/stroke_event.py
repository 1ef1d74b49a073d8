"""stroke_event_p99: the cost of one pointer-move event while drawing.

Measured on the real main window with every panel shown (`benchmarks/main_window.py`):
a QMouseEvent is delivered to the canvas viewport, then the event loop runs the repaint
of the dirty region. Baseline: the same on an empty canvas, in the same run.
"""

from __future__ import annotations

from benchmarks.documents import build_document
from benchmarks.figures import Figure, median, percentile
from benchmarks.main_window import StudioWindow


def _p99_of_one_window(strokes: int, photos: int, moves: int) -> float:
    """The p99 of pointer moves on a real main window showing a drawing of `strokes`
    strokes and `photos` photos, opened from the library, every panel shown."""
    doc = build_document(strokes, photos)[0] if strokes or photos else None
    win = StudioWindow(doc)
    try:
        costs: list[float] = []
        per_stroke = 40
        while len(costs) < moves:
            costs.extend(win.stroke(per_stroke)[1:-1])  # the moves, not press and release
        return percentile(costs[:moves], 99)
    finally:
        win.close()


def run(quick: bool) -> list[Figure]:
    moves = 200 if quick else 1200
    rounds = 1 if quick else 3
    big_strokes, photos = (400, 2) if quick else (2000, 10)
    many = 2000 if quick else 10000
    sizes = {"empty": (0, 0), "loaded": (big_strokes, photos), "history": (many, 0)}
    # The windows take turns, round after round (one at a time, each freshly made), so
    # that a busy moment of the machine falls on all of them alike; each figure is the
    # median of its rounds' p99.
    p99s: dict[str, list[float]] = {name: [] for name in sizes}
    for _ in range(rounds):
        for name, (strokes, photos_on_it) in sizes.items():
            p99s[name].append(_p99_of_one_window(strokes, photos_on_it, moves))
    empty, loaded, history = (median(p99s[name]) for name in ("empty", "loaded", "history"))
    about = (
        "real main window, every panel shown; "
        f"median of {rounds} interleaved rounds of {moves} events"
    )
    return [
        Figure(
            "stroke_event_p99",
            loaded * 1000,
            empty * 1000,
            "ratio <= 1.2 and p99 <= 8 ms",
            loaded / empty <= 1.2 and loaded * 1000 <= 8,
            "ms",
            f"{big_strokes} strokes and {photos} photos vs an empty canvas; {about}",
        ),
        Figure(
            "stroke_event_p99_history",
            history * 1000,
            empty * 1000,
            "ratio <= 1.3",
            history / empty <= 1.3,
            "ms",
            f"{many} earlier strokes vs an empty canvas; {about}",
        ),
    ]
