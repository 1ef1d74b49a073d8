"""pdf_export: the session PDF of a page with six 12-megapixel photos.

Baselines in the same run: QPdfWriter drawing the same composed page (the canvas scene
rendered onto an A4 PDF page, as a Qt app would print it), for time and file size, and
the same export with 1-megapixel photos. Photos enter through the app's import path, as
when a user adds them.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.documents import add_strokes, photo_bytes
from benchmarks.env import qapp
from benchmarks.figures import Figure, median
from benchmarks.photos import place_photo
from containerstudio.model import ContainerDocument, UndoStack


def _document(megapixels: float) -> ContainerDocument:
    doc = ContainerDocument()
    stack = UndoStack(doc)
    width = int((megapixels * 1e6 * 4 / 3) ** 0.5)
    for i in range(6):
        place_photo(stack, photo_bytes(100 + i, width, width * 3 // 4), index=i, of=6)
    add_strokes(stack, 150)
    return doc


def _export(doc: ContainerDocument, target: Path) -> float:
    from containerstudio.export.artwork import ArtworkOptions
    from containerstudio.export.session_pdf import SessionExportContent, export_session_pdf
    from containerstudio.ui.canvas.svg_raster import svg_png

    t0 = time.perf_counter()
    export_session_pdf(
        target,
        doc,
        SessionExportContent(title="Container"),
        options=ArtworkOptions(svg_rasterizer=svg_png),
    )
    return time.perf_counter() - t0


def _qpdfwriter(doc: ContainerDocument, target: Path) -> float:
    from PySide6.QtCore import QMarginsF, QRectF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    from containerstudio.ui.canvas.scene import CanvasScene

    t0 = time.perf_counter()
    scene = CanvasScene(doc)
    writer = QPdfWriter(str(target))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
        )
    )
    writer.setResolution(300)
    painter = QPainter(writer)
    page = writer.pageLayout().paintRectPixels(300)
    w, h = doc.canvas_size
    scale = min(page.width() / w, page.height() / h)
    scene.render(painter, QRectF(0, 0, w * scale, h * scale), QRectF(0, 0, w, h))
    painter.end()
    scene.detach()
    return time.perf_counter() - t0


def run(quick: bool) -> list[Figure]:
    qapp()
    repeats = 1 if quick else 5
    folder = Path(tempfile.mkdtemp(prefix="cs-bench-pdf-"))
    big, small = _document(12.0), _document(1.0)
    t_big, t_small, t_qt = [], [], []
    for i in range(repeats):
        t_big.append(_export(big, folder / f"big{i}.pdf"))
        t_small.append(_export(small, folder / f"small{i}.pdf"))
        t_qt.append(_qpdfwriter(big, folder / f"qt{i}.pdf"))
    size = (folder / "big0.pdf").stat().st_size
    qt_size = (folder / "qt0.pdf").stat().st_size
    b, s, q = median(t_big), median(t_small), median(t_qt)
    note = f"median of {repeats}; QPdfWriter file {qt_size / 1e6:.1f} MB"
    return [
        Figure(
            "pdf_export", b * 1000, q * 1000, "ratio <= 1.0 (vs QPdfWriter)", b <= q, "ms", note
        ),
        Figure(
            "pdf_export_12mp_vs_1mp", b * 1000, s * 1000, "ratio <= 1.3", b / s <= 1.3, "ms", note
        ),
        Figure(
            "pdf_export_size",
            size / 1e6,
            qt_size / 1e6,
            "<= 5 MB and ratio <= 1.0 (vs QPdfWriter)",
            size <= 5e6 and size <= qt_size,
            "MB",
            "six 12-megapixel photos on one page; baseline: the file QPdfWriter makes of "
            "the same composed page, in the same run",
        ),
    ]
