"""version_save: saving a version after one new stroke, against saving the whole document
fresh, in time and in bytes added to the library (write-ahead log folded in)."""

from __future__ import annotations

import random
import time

from benchmarks.documents import build_document, random_stroke
from benchmarks.env import file_bytes, temp_library
from benchmarks.figures import Figure, median
from containerstudio.model import AddElement


def run(quick: bool) -> list[Figure]:
    strokes, photos = (500, 3) if quick else (2000, 10)
    repeats = 3 if quick else 7
    doc, stack, _raw = build_document(strokes, photos)
    full_times, full_bytes, step_times, step_bytes = [], [], [], []
    rng = random.Random(3)
    for _ in range(repeats):
        library, folder = temp_library()
        cid = library.create_container("bench")
        library.db.checkpoint()
        before = file_bytes(folder)
        t0 = time.perf_counter()
        library.save_version(cid, doc, name="whole")
        full_times.append(time.perf_counter() - t0)
        library.db.checkpoint()
        full_bytes.append(file_bytes(folder) - before)

        stack.push(AddElement(random_stroke(rng, doc.canvas_size), name="Pencil stroke"))
        before = file_bytes(folder)
        t0 = time.perf_counter()
        library.save_version(cid, doc, name="one more stroke")
        step_times.append(time.perf_counter() - t0)
        library.db.checkpoint()
        step_bytes.append(file_bytes(folder) - before)
        library.db.close()
    # SQLite grows its file in whole pages; a page or two is the floor for any change.
    t_full, t_step = median(full_times), median(step_times)
    b_full, b_step = median(full_bytes), median(step_bytes)
    note = f"{strokes} strokes, {photos} photos; median of {repeats}"
    return [
        Figure(
            "version_save_time",
            t_step * 1000,
            t_full * 1000,
            "ratio <= 0.10",
            t_step / t_full <= 0.10,
            "ms",
            note,
        ),
        Figure(
            "version_save_bytes",
            b_step,
            b_full,
            "ratio <= 0.02",
            b_step / b_full <= 0.02,
            "bytes",
            note,
        ),
    ]
