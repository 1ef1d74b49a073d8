"""Printing exported PDFs: the system print dialog with a preview of the same pages.

The pages are the exported PDF's own pages (rendered by pypdfium2 at the printer's
resolution), so the preview and the paper match the saved PDF exactly.
"""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QLineEdit, QToolBar, QToolButton, QWidget

from containerstudio.export.preview import page_count, page_images

MAX_PRINT_DPI = 300


def pil_to_qimage(image: Image.Image) -> QImage:
    """A deep copy of a Pillow RGB image as a QImage."""
    rgb = image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


def paint_pages(device: QPagedPaintDevice, pdf: bytes, dpi: int | None = None) -> int:
    """Paint every page of `pdf` onto a paged device (a printer, or a QPdfWriter in
    tests), each fitted to the page; return the number of pages painted."""
    resolution = dpi or min(MAX_PRINT_DPI, max(72, device.logicalDpiX()))
    count = page_count(pdf)
    painter = QPainter(device)
    try:
        for index in range(count):
            if index:
                device.newPage()
            image = pil_to_qimage(page_images(pdf, resolution, first=index, last=index)[0])
            target = QRectF(0, 0, device.width(), device.height())
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF((target.width() - w) / 2, 0, w, h), image)
    finally:
        painter.end()
    return count


def print_with_preview(parent: QWidget, pdf: bytes) -> QPrintPreviewDialog:
    """Open the system print dialog's preview for `pdf`; printing goes from there."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setAccessibleName(QCoreApplication.translate("PrintPages", "Print preview"))
    dialog.paintRequested.connect(lambda p: paint_pages(p, pdf))
    # Kept alive as long as the dialog (not as `printer`, which would hide its method).
    dialog.kept_printer = printer  # type: ignore[attr-defined]
    dialog.finished.connect(dialog.deleteLater)
    name_preview_controls(dialog)
    dialog.open()  # not exec(): Hide now and Pause must be able to cover it
    return dialog


def name_preview_controls(dialog: QPrintPreviewDialog) -> None:
    """Qt's preview leaves two controls without a name a screen reader can say: its
    tool bar's "more" button and the page number field."""
    for bar in dialog.findChildren(QToolBar):
        for button in bar.findChildren(QToolButton, "qt_toolbar_ext_button"):
            button.setAccessibleName(QCoreApplication.translate("PrintPages", "More actions"))
        for field in bar.findChildren(QLineEdit):
            if not field.accessibleName():
                field.setAccessibleName(QCoreApplication.translate("PrintPages", "Page number"))
