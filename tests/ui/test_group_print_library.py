"""Print together from the library: choose several containers, get one PDF of sheets."""

from __future__ import annotations

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QComboBox

from containerstudio.export.group_print import cell_rects
from containerstudio.export.preview import page_images
from containerstudio.model.slips import Slip
from containerstudio.storage.guided import GuidedStore
from tests.export.export_fixtures import cell_document

PEOPLE = {"Anna's box": "#c0392b", "Ben's jar": "#27ae60", "Cleo's safe": "#2980b9"}
LETTER = (612.0, 792.0)


def rgb(hex_color: str) -> tuple[int, int, int]:
    return tuple(int(hex_color[i : i + 2], 16) for i in (1, 3, 5))


def ctrl_click(grid, title: str) -> None:
    for i in range(grid.count()):
        item = grid.item(i)
        if item.text().split("\n")[0] == title:
            centre = grid.visualItemRect(item).center()
            QTest.mouseClick(
                grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                centre,
            )  # fmt: skip
            return
    raise AssertionError(f"{title!r} is not shown")


def test_print_three_containers_together(open_window, qtbot, tmp_path):
    window = open_window()
    library = window.library
    store = GuidedStore(library.db, library.codec)
    for i, (title, color) in enumerate(PEOPLE.items()):
        cid = library.create_container(title)
        library.save_working(cid, cell_document(color, inside_text=f"PRIVATE-INSIDE-{i}"))
        store.save_slip(cid, Slip(text=f"PRIVATE-SLIP-{i}"))
    dialog = window.versions.show_library()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.reading)  # the grids are read on the storage lane
    assert not dialog.print_button.isEnabled(), "nothing chosen yet"
    # Newest first: Cleo, Ben, Anna, then the window's own "My container" (left out).
    for title in ("Anna's box", "Cleo's safe", "Ben's jar"):
        ctrl_click(dialog.grid, title)
    assert len(dialog.grid.selectedItems()) == 3
    assert dialog.print_button.isEnabled()
    assert not dialog.open_button.isEnabled(), "opening is for one container at a time"

    dialog.print_button.click()
    printing = dialog.group_print
    assert printing is not None and printing.isVisible()
    for control in printing.findChildren(QAbstractButton) + printing.findChildren(QComboBox):
        assert control.accessibleName(), control
    printing.per_sheet.setCurrentIndex(printing.per_sheet.findData(2))
    printing.captions.setChecked(True)
    printing.page_choice.setCurrentIndex(printing.page_choice.findData("letter"))
    target = tmp_path / "group.pdf"
    with qtbot.waitSignal(printing.exported, timeout=30000):
        printing.save_to(target)
    assert "Saved as" in printing.status.text()
    assert not list(tmp_path.glob(".*.part"))

    r = pypdf.PdfReader(str(target))
    assert len(r.pages) == 2
    assert float(r.pages[0].mediabox.width) == LETTER[0]
    per_page = [page.extract_text() for page in r.pages]
    assert "Cleo's safe" in per_page[0] and "Ben's jar" in per_page[0]
    assert per_page[0].index("Cleo's safe") < per_page[0].index("Ben's jar")
    assert "Anna's box" in per_page[1] and "My container" not in "".join(per_page)
    # Nothing private: neither the inside nor the slips.
    assert "PRIVATE" not in "".join(per_page) and b"PRIVATE" not in target.read_bytes()
    # The right artwork in each cell, in the grid's order.
    seen = []
    for image in page_images(target.read_bytes(), dpi=72):  # through the PDFium lock
        for x, y, w, h in cell_rects(LETTER, 2):
            seen.append(image.getpixel((int(x + w / 2), int(LETTER[1] - (y + h / 2)))))
    expected = [PEOPLE["Cleo's safe"], PEOPLE["Ben's jar"], PEOPLE["Anna's box"]]
    for pixel, color in zip(seen[:3], expected, strict=True):
        assert max(abs(a - b) for a, b in zip(pixel, rgb(color), strict=True)) < 12, pixel
    printing.close()
    dialog.close()


def test_print_together_offers_print_and_paints_the_same_pages(open_window, qtbot, tmp_path):
    from PySide6.QtGui import QPageSize, QPdfWriter
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from containerstudio.ui.kit.print_pages import paint_pages

    window = open_window()
    library = window.library
    for title, color in PEOPLE.items():
        library.save_working(library.create_container(title), cell_document(color))
    dialog = window.versions.show_library()
    qtbot.waitUntil(lambda: not dialog.reading)  # the grids are read on the storage lane
    for title in PEOPLE:
        ctrl_click(dialog.grid, title)
    printing = dialog.print_selected()
    assert printing.print_button.isVisible() and printing.save_button.isVisible()
    assert printing.print_button.accessibleName() == "Print"
    printing.per_sheet.setCurrentIndex(printing.per_sheet.findData(2))
    printing.print_button.click()
    qtbot.waitUntil(lambda: printing.print_preview is not None, timeout=30000)
    preview = printing.print_preview
    assert isinstance(preview, QPrintPreviewDialog) and preview.isVisible()

    target = tmp_path / "group.pdf"
    with qtbot.waitSignal(printing.exported, timeout=30000):
        printing.save_to(target)
    saved = target.read_bytes()
    # The pages sent to the printer are the saved PDF's pages, pixel for pixel.
    printed = [image.tobytes() for image in page_images(printing.print_pdf, dpi=40)]
    assert len(printed) == 2
    assert printed == [image.tobytes() for image in page_images(saved, dpi=40)]
    # And they paint onto a paged device as the printer gets them: every page.
    writer = QPdfWriter(str(tmp_path / "painted.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(60)
    assert paint_pages(writer, printing.print_pdf, dpi=40) == 2
    del writer
    assert len(pypdf.PdfReader(str(tmp_path / "painted.pdf")).pages) == 2
    preview.close()
    printing.close()
    dialog.close()
