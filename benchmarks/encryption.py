"""encryption: the cost of a passcode. Opening a container, saving a version and the
autosave of one more stroke (stroke release), each with encryption on against the same
library work with it off, measured interleaved in the same run; and the time of one
unlock (Argon2id with the shipped parameters), which should be bearable for a person
and slow for someone guessing."""

from __future__ import annotations

import random
import time

from benchmarks.documents import build_document, random_stroke
from benchmarks.env import temp_library
from benchmarks.figures import Figure, median
from containerstudio.model import AddElement


def _libraries():
    from containerstudio.storage.encryption import enable_encryption

    plain, _ = temp_library()
    sealed, folder = temp_library()
    enable_encryption(sealed, "a passcode for the benchmark")
    return plain, sealed, folder


def run(quick: bool) -> list[Figure]:
    from containerstudio.storage.keys import KdfParams, KeyRing
    from containerstudio.storage.library import Library

    strokes, photos = (300, 2) if quick else (2000, 10)
    repeats = 9 if quick else 15
    doc, stack, _raw = build_document(strokes, photos)
    plain, sealed, folder = _libraries()
    libraries = {"plain": plain, "sealed": sealed}
    ids = {name: lib.create_container("bench") for name, lib in libraries.items()}
    for name, lib in libraries.items():
        lib.save_version(ids[name], doc, name="start")
    times: dict[str, dict[str, list[float]]] = {
        what: {"plain": [], "sealed": []} for what in ("open", "version", "stroke")
    }
    rng = random.Random(5)
    for round_ in range(repeats):
        # Interleaved, the order swapped every round: one busy moment hits both alike.
        order = list(libraries.items())[:: 1 if round_ % 2 else -1]
        stack.push(AddElement(random_stroke(rng, doc.canvas_size), name="Pencil stroke"))
        for name, lib in order:
            t0 = time.perf_counter()
            lib.save_working(ids[name], doc)
            times["stroke"][name].append(time.perf_counter() - t0)
        stack.push(AddElement(random_stroke(rng, doc.canvas_size), name="Pencil stroke"))
        for name, lib in order:
            t0 = time.perf_counter()
            lib.save_version(ids[name], doc, name="one more stroke")
            times["version"][name].append(time.perf_counter() - t0)
        for name, lib in order:
            # A fresh Library object: nothing decoded yet (as at start-up), keys unwrapped.
            fresh = Library(lib.db, lib.codec)
            t0 = time.perf_counter()
            fresh.load_working(ids[name])
            times["open"][name].append(time.perf_counter() - t0)

    unlocks, unlock_cpu = [], []
    ring = KeyRing.open(folder)
    for _ in range(3 if quick else 5):
        ring.lock()
        t0, c0 = time.perf_counter(), time.process_time()
        ring.unlock("a passcode for the benchmark")
        unlocks.append(time.perf_counter() - t0)
        unlock_cpu.append(time.process_time() - c0)
    for lib in libraries.values():
        lib.db.close()

    note = f"{strokes} strokes, {photos} photos; median of {repeats}, interleaved"
    labels = {
        "open": ("encrypted_open", "read a container's drawing"),
        "version": ("encrypted_version_save", "save a version after one more stroke"),
        "stroke": ("encrypted_stroke_release", "autosave of one more stroke"),
    }
    figures = []
    for what, (name, says) in labels.items():
        on, off = median(times[what]["sealed"]), median(times[what]["plain"])
        figures.append(
            Figure(
                name,
                on * 1000,
                off * 1000,
                "ratio <= 1.3",
                on / off <= 1.3,
                "ms",
                f"{says}; encryption on vs off; {note}",
            )
        )
    kdf = KdfParams()
    params = (
        f"Argon2id {kdf.memory_kib // 1024} MiB, {kdf.iterations} iterations, "
        f"{kdf.lanes} lanes; median of {len(unlocks)}"
    )
    # Wall time is what a person waits; processor time is the same work on an idle
    # machine (the derivation runs on one thread), which a busy shared machine hides.
    for name, values, says in (
        ("unlock_time", unlocks, "wall clock"),
        ("unlock_cpu_time", unlock_cpu, "processor time"),
    ):
        value = median(values)
        figures.append(
            Figure(
                name,
                value * 1000,
                1000.0,
                "300 ms <= value <= 1000 ms",
                0.3 <= value <= 1.0,
                "ms",
                f"{says}; {params}",
            )
        )
    return figures
