"""memory: peak RSS growth when the 2,000-stroke, 10-photo container is opened in the
window, against the raw pixel bytes of its photos plus its stroke data.

The library is built in this process; a fresh process opens it, so nothing else in the
run inflates the figure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from benchmarks.documents import build_document
from benchmarks.env import temp_library
from benchmarks.figures import Figure
from containerstudio.storage.library import LAST_OPEN_KEY

PROBE = """
import json, sys
from pathlib import Path
from benchmarks.env import qapp
def status(field):
    for line in open('/proc/self/status'):
        if line.startswith(field):
            return int(line.split()[1]) * 1024
app = qapp()
from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from containerstudio.ui.background import BackgroundWork
from containerstudio.ui.main_window import MainWindow
library = Library(open_database(Path(sys.argv[1])))
window = MainWindow(BackgroundWork(), library)
window.show()
for _ in range(3):
    app.processEvents()
import gc; gc.collect()
before = status('VmRSS')
with open('/proc/self/clear_refs', 'w') as fh:
    fh.write('5')  # start the peak (VmHWM) afresh from here
window.open_container(int(sys.argv[2]))
for _ in range(3):
    app.processEvents()  # paint: photos are decoded now
strokes = sum(len(e.points) * 24 for e in window.current.doc if e.kind == 'stroke')
print(json.dumps({'growth': status('VmHWM') - before, 'strokes': strokes}))
"""


def run(quick: bool) -> list[Figure]:
    # Quick mode too measures the full document (about 5 s): at a quarter of the size the
    # canvas's fixed costs (a screen-sized cache) outweigh the document, and the ratio
    # would describe the canvas, not how memory grows with a drawing.
    strokes, photos = 2000, 10
    library, folder = temp_library()
    doc, _stack, raw = build_document(strokes, photos)
    cid = library.create_container("bench")
    library.save_working(cid, doc)
    start = library.create_container("empty")
    library.set_setting(LAST_OPEN_KEY, str(start))
    library.db.close()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": root}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder), str(cid)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    data = json.loads(out.strip().splitlines()[-1])
    base = raw + data["strokes"]
    return [
        Figure(
            "memory",
            data["growth"] / 1e6,
            base / 1e6,
            "ratio <= 1.5",
            data["growth"] / base <= 1.5,
            "MB",
            f"{strokes} strokes, {photos} photos; baseline = decoded photo pixels + "
            "stroke points (24 bytes each)",
        )
    ]
