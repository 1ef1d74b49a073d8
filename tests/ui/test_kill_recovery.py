"""Acceptance 1: the real app, drawing continuously, killed at 20 random moments.

After every SIGKILL the library passes `PRAGMA integrity_check`, the working copy and
every version load completely, no version changed, and every stroke released more
than 5 seconds before the kill is there.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from containerstudio.model.elements import Stroke
from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from containerstudio.storage.versions import history_fingerprint

PROBE = Path(__file__).with_name("app_probe.py")
KILLS = 20
LONG_RUNS = 4  # of the kills, this many come after more than 5 s of drawing
MAX_LOSS_SECONDS = 5.0


def _draw_and_kill(data_dir: Path, delay: float) -> tuple[list[tuple[int, float]], float, str]:
    """Start the drawing app; kill it `delay` s after its first stroke. Return the log."""
    proc = subprocess.Popen(
        [sys.executable, str(PROBE), "draw", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    released: list[tuple[int, float]] = []
    first = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            if line.startswith("STROKE"):
                _, count, when = line.split()
                released.append((int(count), float(when)))
                first.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.monotonic() + 60
    while not first.wait(0.1):
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "the app did not start drawing"
    time.sleep(delay)
    killed_at = time.monotonic()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    reader.join(timeout=30)
    return released, killed_at, proc.stderr.read()


def test_twenty_kills_lose_at_most_five_seconds(data_dir):
    seed = int(os.environ.get("KILL_TEST_SEED", time.time_ns() % 100_000))
    rng = random.Random(seed)
    history: list[tuple] = []
    kept_before = 0
    worst_loss = 0.0
    total_drawn = 0
    delays = [rng.uniform(5.5, 7.5) for _ in range(LONG_RUNS)]
    delays += [rng.uniform(0.1, 2.5) for _ in range(KILLS - LONG_RUNS)]
    rng.shuffle(delays)
    for round_, delay in enumerate(delays):
        released, killed_at, stderr = _draw_and_kill(data_dir, delay)
        assert "Traceback" not in stderr, stderr
        where = f"seed {seed}, kill {round_ + 1} after {delay:.2f} s"

        conn = sqlite3.connect(data_dir / "library.sqlite3")
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", where
        finally:
            conn.close()
        db = open_database(data_dir)
        try:
            library = Library(db)
            (info,) = library.list_containers()
            doc = library.load_working(info.id)
            kept = sum(isinstance(e, Stroke) for e in doc)
            versions = library.list_versions(info.id)
            for version in versions:
                assert len(library.load_version(version.id)) > 0, where
            now = history_fingerprint(library, info.id)
            assert now[: len(history)] == history, f"a version changed ({where})"
            history = now
        finally:
            db.close()

        assert kept >= kept_before, f"earlier work was lost ({where})"
        missing = [when for count, when in released if count > kept]
        loss = max((killed_at - when for when in missing), default=0.0)
        assert loss <= MAX_LOSS_SECONDS, f"{loss:.2f} s of drawing lost ({where})"
        worst_loss = max(worst_loss, loss)
        total_drawn += len(released)
        kept_before = kept
    print(
        f"seed {seed}: {total_drawn} strokes released over {KILLS} kills, "
        f"{kept_before} kept, worst loss {worst_loss:.2f} s, {len(history)} versions"
    )
    assert kept_before > 0 and history, "the test drew nothing"
