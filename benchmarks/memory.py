"""memory: peak RSS growth after loading the 2,000-stroke, 10-photo document into the
window, against the raw pixel bytes of its photos plus its stroke data. Runs in a fresh
process so nothing else in this run inflates the figure."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from benchmarks.figures import Figure

PROBE = """
import json, sys
sys.path.insert(0, sys.argv[3])
from benchmarks.env import qapp, temp_library
def rss(field):
    for line in open('/proc/self/status'):
        if line.startswith(field):
            return int(line.split()[1]) * 1024
app = qapp()
from containerstudio.ui.background import BackgroundWork
from containerstudio.ui.main_window import MainWindow
from benchmarks.documents import build_document
from containerstudio.model.serialize import element_bytes
library, _ = temp_library()
doc, stack, raw = build_document(int(sys.argv[1]), int(sys.argv[2]))
cid = library.create_container('bench')
library.save_working(cid, doc)
del doc, stack
stroke_bytes = 0
window = MainWindow(library, BackgroundWork())
window.show(); app.processEvents()
import gc; gc.collect()
before = rss('VmRSS')
window.open_container(cid)
app.processEvents()
for e in window.current.doc:
    if e.kind == 'stroke':
        stroke_bytes += len(e.points) * 24
peak = rss('VmHWM')
print(json.dumps({'growth': peak - before, 'raw': raw, 'strokes': stroke_bytes}))
"""


def run(quick: bool) -> list[Figure]:
    strokes, photos = (500, 3) if quick else (2000, 10)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(strokes), str(photos), root],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    data = json.loads(out.strip().splitlines()[-1])
    base = data["raw"] + data["strokes"]
    return [
        Figure(
            "memory",
            data["growth"] / 1e6,
            base / 1e6,
            "ratio <= 1.5",
            data["growth"] / base <= 1.5,
            "MB",
            f"{strokes} strokes, {photos} photos; baseline = photo pixels + stroke data",
        )
    ]
