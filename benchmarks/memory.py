"""memory: peak RSS growth when the 2,000-stroke, 10-photo container is opened in the
window, against a bare window process holding the same data in plain Python structures
(every photo decoded to RGBA bytes with Pillow, every stroke's points as tuples).

The library is built in this process; fresh processes open it (and read the plain data),
so nothing else in the run inflates either figure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

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
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.shell.main_window import MainWindow
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
print(json.dumps({'growth': status('VmHWM') - before}))
"""

# The baseline: a bare window, then the same strokes and photos read into plain Python
# structures (a list of point tuples per stroke, RGBA bytes per decoded photo).
PLAIN = """
import io, json, sys
from benchmarks.env import qapp
from PIL import Image
from PySide6.QtWidgets import QMainWindow
def status(field):
    for line in open('/proc/self/status'):
        if line.startswith(field):
            return int(line.split()[1]) * 1024
app = qapp()
window = QMainWindow(); window.resize(1200, 820); window.show()
for _ in range(3):
    app.processEvents()
import gc; gc.collect()
before = status('VmRSS')
with open('/proc/self/clear_refs', 'w') as fh:
    fh.write('5')
with open(sys.argv[1]) as fh:
    strokes = [[tuple(p) for p in points] for points in json.load(fh)]
photos = []
for path in sys.argv[2:]:
    with open(path, 'rb') as fh:
        photos.append(Image.open(io.BytesIO(fh.read())).convert('RGBA').tobytes())
print(json.dumps({'growth': status('VmHWM') - before, 'kept': len(strokes) + len(photos)}))
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
    plain = _plain_data(doc)
    app = _growth(PROBE, str(folder), str(cid))
    base = _growth(PLAIN, *plain)
    return [
        Figure(
            "memory",
            app / 1e6,
            base / 1e6,
            "ratio <= 1.5",
            app / base <= 1.5,
            "MB",
            f"{strokes} strokes, {photos} photos ({raw / 1e6:.0f} MB of decoded pixels); "
            "baseline: a bare window process holding the same data in plain Python "
            "structures, in the same run",
        )
    ]


def _plain_data(doc) -> list[str]:
    """The drawing's strokes (a JSON file of points) and photos (their image files)."""
    folder = Path(tempfile.mkdtemp(prefix="cs-bench-plain-"))
    points = [[list(p) for p in e.points] for e in doc if e.kind == "stroke"]
    (folder / "strokes.json").write_text(json.dumps(points))
    files = [str(folder / "strokes.json")]
    for i, data in enumerate(doc.used_assets().values()):
        path = folder / f"photo{i}"
        path.write_bytes(data)
        files.append(str(path))
    return files


def _growth(code: str, *args: str) -> int:
    """Peak RSS growth in bytes that a fresh process running `code` reports."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": root}
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    return int(json.loads(out.strip().splitlines()[-1])["growth"])
