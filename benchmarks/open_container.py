"""open_container: open a container with 200 versions to a usable canvas, against opening
an empty container, through MainWindow.open_container (what the library's Open does)."""

from __future__ import annotations

import time

from benchmarks.documents import add_strokes
from benchmarks.env import qapp, temp_library
from benchmarks.figures import Figure, median
from containerstudio.model import ContainerDocument, UndoStack


def run(quick: bool) -> list[Figure]:
    from containerstudio.ui.background import BackgroundWork
    from containerstudio.ui.main_window import MainWindow

    app = qapp()
    versions = 50 if quick else 200
    repeats = 3 if quick else 7
    library, _ = temp_library()
    big = library.create_container("many versions")
    doc = ContainerDocument()
    stack = UndoStack(doc)
    for i in range(versions):
        add_strokes(stack, 1, seed=i)
        library.save_version(big, doc, name=f"v{i}", kind="step")
    empty = library.create_container("empty")
    neutral = library.create_container("neutral")
    work = BackgroundWork()
    window = MainWindow(library, work)
    window.show()
    app.processEvents()

    def open_once(cid: int) -> float:
        window.open_container(neutral)  # every opening starts from the same state
        app.processEvents()
        t0 = time.perf_counter()
        window.open_container(cid)
        app.processEvents()  # first paint of the canvas
        return time.perf_counter() - t0

    first = open_once(big)  # nothing cached yet: every stroke is drawn
    t_big, t_empty = [], []
    for _ in range(repeats):
        t_empty.append(open_once(empty))
        t_big.append(open_once(big))
    window.close()
    work.wait()
    library.db.close()
    b, e = median(t_big), median(t_empty)
    return [
        Figure(
            "open_container",
            b * 1000,
            e * 1000,
            "ratio <= 1.5",
            b / e <= 1.5,
            "ms",
            f"{versions} versions, one stroke each; median of {repeats}; "
            f"first opening, nothing cached: {first * 1000:.0f} ms",
        )
    ]
