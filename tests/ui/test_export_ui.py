"""The export dialog, PNG, paper container and print paths in the real window."""

from __future__ import annotations

import re

import pypdf
from helpers import drag, line, open_export
from PIL import Image
from PySide6.QtGui import QPageSize, QPdfWriter
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit

from containerstudio.ui.kit.print_pages import paint_pages

JUDGING = re.compile(r"\b(error|failed|invalid|wrong|must|should|failure|bad)\b", re.I)


def open_dialog(qtbot, window):
    drag(window, line(300, 300, 1200, 800))
    dialog = open_export(qtbot, window)
    qtbot.addWidget(dialog)
    # The first preview may be ready already: wait for it, not for its signal.
    qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=20000)
    return dialog


def test_export_dialog_defaults_reminder_and_save(qtbot, open_window, tmp_path):
    window = open_window()
    dialog = open_dialog(qtbot, window)
    try:
        assert not dialog.sections["slips"].isChecked()
        assert not dialog.slips_reminder.isVisible()
        assert not dialog.preview.pixmap().isNull()
        with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
            dialog.sections["slips"].setChecked(True)
        assert dialog.slips_reminder.isVisible()
        dialog.sections["slips"].setChecked(False)
        dialog.page_choice.setCurrentIndex(dialog.page_choice.findData("letter"))
        target = tmp_path / "session.pdf"
        with qtbot.waitSignal(dialog.exported, timeout=20000) as done:
            dialog.save_to(target)
        assert done.args == [str(target)]
        r = pypdf.PdfReader(str(target))
        assert float(r.pages[0].mediabox.width) == 612
        assert "My container" in r.pages[0].extract_text()
        assert "Saved as" in dialog.status.text()
    finally:
        dialog.close()


def test_export_dialog_controls_are_named_and_calm(qtbot, open_window):
    window = open_window()
    dialog = open_dialog(qtbot, window)
    try:
        controls = dialog.findChildren(QAbstractButton) + dialog.findChildren(QComboBox)
        controls += dialog.findChildren(QLineEdit)
        assert len(controls) >= 9
        for control in controls:
            assert control.accessibleName(), control
        texts = [
            w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
        ]
        texts += [dialog.windowTitle(), dialog.password.placeholderText()]
        for text in texts:
            assert not JUDGING.search(text), text
    finally:
        dialog.close()


def test_export_to_a_folder_that_refuses_files_says_so_calmly(qtbot, open_window, tmp_path):
    window = open_window()
    dialog = open_dialog(qtbot, window)
    try:
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("a file")
        dialog.save_to(blocker / "c.pdf")
        qtbot.waitUntil(
            lambda: "cannot write into the folder" in dialog.status.text(), timeout=20000
        )
        assert str(blocker) in dialog.status.text()
        assert not JUDGING.search(dialog.status.text())
    finally:
        dialog.close()


def test_png_and_paper_container_from_the_window(qtbot, open_window, tmp_path):
    window = open_window()
    drag(window, line(200, 200, 1400, 1000))
    png = tmp_path / "art.png"
    window.export_actions.export_png(png, 800)
    qtbot.waitUntil(lambda: "Saved as" in window.statusBar().currentMessage(), timeout=20000)
    with Image.open(png) as image:
        assert image.size == (800, 600)
    box = tmp_path / "box.pdf"
    window.export_actions.export_box(box)
    qtbot.waitUntil(lambda: str(box) in window.statusBar().currentMessage(), timeout=20000)
    assert len(pypdf.PdfReader(str(box)).pages) == 3


def test_print_paints_the_same_pages(qapp, tmp_path):
    import io

    from containerstudio.export.paper_box import build_paper_container
    from tests.export.export_fixtures import drawing_document

    buffer = io.BytesIO()
    build_paper_container(buffer, drawing_document())
    out = tmp_path / "printed.pdf"
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    assert paint_pages(writer, buffer.getvalue(), dpi=60) == 3
    del writer
    assert len(pypdf.PdfReader(str(out)).pages) == 3


def test_previews_and_printing_enter_pdfium_one_at_a_time(
    qtbot, open_window, tmp_path, pdfium_entries
):
    """Previews render on the background pool while printing paints on the UI thread;
    PDFium (not thread-safe) sees one of them at a time."""
    import io
    import threading
    import time

    from containerstudio.export.paper_box import build_paper_container
    from tests.export.export_fixtures import drawing_document

    buffer = io.BytesIO()
    build_paper_container(buffer, drawing_document())
    window = open_window()
    dialog = open_dialog(qtbot, window)
    ready: list[int] = []
    dialog.preview_ready.connect(lambda: ready.append(1))
    try:
        for turn in range(3):
            ready.clear()
            dialog.view_choice.setCurrentIndex((turn + 1) % 2)  # a new preview, off the UI thread
            deadline = time.monotonic() + 60
            while not ready:  # printing meanwhile, on the UI thread, again and again
                assert time.monotonic() < deadline, "the preview came in time"
                writer = QPdfWriter(str(tmp_path / f"printed-{turn}.pdf"))
                writer.setResolution(72)
                assert paint_pages(writer, buffer.getvalue(), dpi=30) == 3
                del writer
                qtbot.wait(10)  # the preview's thread may take its turn now
        assert threading.get_ident() in pdfium_entries.threads
        assert len(pdfium_entries.threads) >= 2, "a preview rendered beside the printing"
        assert pdfium_entries.most == 1, f"{pdfium_entries.most} threads inside PDFium at once"
    finally:
        dialog.close()
