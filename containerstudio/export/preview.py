"""Exported PDF pages as images, for the export preview and for printing the very
same pages (pypdfium2; Qt-free).

PDFium is not thread-safe: no two threads may be inside it at once, not even with
different documents. Previews render on background threads while printing renders
on the UI thread, so every entry into PDFium in the app goes through this module and
holds `PDFIUM_LOCK` from opening a document to closing it (pages and bitmaps are
closed explicitly inside the lock, so no finalizer enters PDFium later from another
thread).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pypdfium2 as pdfium
from PIL import Image

PDFIUM_LOCK = threading.Lock()
"""Held by whoever is inside PDFium; take it (through `pdfium_document`) for any other use."""


@contextmanager
def pdfium_document(data: bytes, password: str | None = None) -> Iterator[pdfium.PdfDocument]:
    """An open PDFium document, used and closed while holding `PDFIUM_LOCK`."""
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data, password=password)
        try:
            yield pdf
        finally:
            pdf.close()


def page_count(data: bytes, password: str | None = None) -> int:
    with pdfium_document(data, password) as pdf:
        return len(pdf)


def page_images(
    data: bytes, dpi: float = 96, password: str | None = None, first: int = 0, last: int = -1
) -> list[Image.Image]:
    """Pages `first`..`last` (inclusive; -1 = to the end) of a PDF as RGB images."""
    with pdfium_document(data, password) as pdf:
        end = len(pdf) - 1 if last < 0 else min(last, len(pdf) - 1)
        images = []
        for index in range(first, end + 1):
            page = pdf[index]
            try:
                bitmap = page.render(scale=dpi / 72)
                try:
                    # convert() copies: the image keeps nothing of PDFium's buffer.
                    images.append(bitmap.to_pil().convert("RGB"))
                finally:
                    bitmap.close()
            finally:
                page.close()
        return images
