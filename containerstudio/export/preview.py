"""Exported PDF pages as images, for the export preview and for printing the very
same pages (pypdfium2; Qt-free)."""

from __future__ import annotations

import pypdfium2 as pdfium
from PIL import Image


def page_count(data: bytes, password: str | None = None) -> int:
    pdf = pdfium.PdfDocument(data, password=password)
    try:
        return len(pdf)
    finally:
        pdf.close()


def page_images(
    data: bytes, dpi: float = 96, password: str | None = None, first: int = 0, last: int = -1
) -> list[Image.Image]:
    """Pages `first`..`last` (inclusive; -1 = to the end) of a PDF as RGB images."""
    pdf = pdfium.PdfDocument(data, password=password)
    try:
        end = len(pdf) - 1 if last < 0 else min(last, len(pdf) - 1)
        images = []
        for index in range(first, end + 1):
            page = pdf[index]
            images.append(page.render(scale=dpi / 72).to_pil().convert("RGB"))
            page.close()
        return images
    finally:
        pdf.close()
