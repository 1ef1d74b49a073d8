"""PDFium is not thread-safe: previews (background threads) and printing (the UI thread)
render PDF pages through export/preview.py, which lets one thread into PDFium at a time.
A full suite run once ended in a segmentation fault inside PDFium on a worker thread."""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from containerstudio.export.preview import page_count, page_images, pdfium_document

PAGES = 3


def _pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for n in range(PAGES):
        canvas.setFillColorRGB(0.2 * n, 0.4, 0.6)
        canvas.rect(50, 50, 400, 600, fill=1)
        canvas.drawString(80, 700, f"Page {n + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_previews_from_many_threads_enter_pdfium_one_at_a_time(pdfium_entries):
    data = _pdf()
    reference = [image.tobytes() for image in page_images(data, dpi=24)]

    def preview(n: int) -> tuple[int, list[bytes]]:
        if n % 2:
            return page_count(data), []
        return PAGES, [image.tobytes() for image in page_images(data, dpi=24)]

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(preview, range(24)))

    assert all(count == PAGES for count, _ in results)
    assert all(pages in ([], reference) for _, pages in results), "every page rendered whole"
    assert len(pdfium_entries.threads) >= 2, "several threads rendered"
    assert pdfium_entries.calls > 100
    assert pdfium_entries.most == 1, f"{pdfium_entries.most} threads were inside PDFium at once"


def test_other_uses_of_pdfium_take_the_same_lock(pdfium_entries):
    """`pdfium_document` is the way in for anything beyond previews (tests included)."""
    data = _pdf()

    def read(_n: int) -> int:
        with pdfium_document(data) as pdf:
            return int(pdf[0].get_width())

    with ThreadPoolExecutor(max_workers=4) as pool:
        widths = list(pool.map(read, range(8)))
        images = pool.submit(page_images, data, 24).result()
    assert widths == [595] * 8 and len(images) == PAGES
    assert pdfium_entries.most == 1
