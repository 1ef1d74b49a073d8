"""Print together: several containers from the library in one PDF, for a group.

Only each container's outside artwork (and, if chosen, its title as a caption) goes on
paper; nothing private is read. The documents are loaded and the PDF is made in the
background, and the file appears whole or not at all. Print builds the same PDF in
memory and shows the system print dialog's preview of its pages (the export dialog's
printing path), so paper and the saved PDF match.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from containerstudio.export.artwork import ArtworkOptions
from containerstudio.export.common import ExportProblem, PdfOptions, default_filename
from containerstudio.export.group_print import (
    LAYOUTS,
    GroupItem,
    build_group_pdf,
    export_group_pdf,
)
from containerstudio.storage.library import Library
from containerstudio.ui.canvas.svg_raster import svg_png
from containerstudio.ui.kit import preferences
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.kit.problem_texts import problem_text

Gather = Callable[[Callable[[float], None]], list[GroupItem]]
"""Loads the group print's items on a worker, given a progress callback (0..1)."""


class GroupPrintDialog(QDialog):
    """Choose how many to a sheet, captions and page size; then save one PDF."""

    exported = Signal(str)
    """Emitted with the path of the PDF that was written."""

    def __init__(
        self,
        library: Library,
        work: BackgroundWork,
        container_ids: list[int],
        parent: QWidget | None = None,
        *,
        gather: Gather | None = None,
        about_text: str | None = None,
        parts: tuple[str, ...] | None = None,
        captions_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.work = work
        self.container_ids = list(container_ids)
        self.gather = gather
        """Loads the items instead of this library (a group session's participants)."""
        self.parts = parts
        self.setWindowTitle(self.tr("Print together"))
        self.setAccessibleName(self.tr("Print together"))
        count = len(self.container_ids)
        chosen = (
            self.tr("One container is chosen.")
            if count == 1
            else self.tr("%d containers are chosen.") % count
        )
        about = QLabel(
            about_text or chosen + " " + self.tr("Only the outside of each goes on paper."), self
        )
        about.setWordWrap(True)
        form = QFormLayout()
        self.per_sheet = QComboBox(self)
        self.per_sheet.setAccessibleName(self.tr("Containers per sheet"))
        for n in LAYOUTS:
            self.per_sheet.addItem(str(n), n)
        self.per_sheet.setCurrentIndex(self.per_sheet.findData(4))
        form.addRow(self.tr("Per sheet"), self.per_sheet)
        captions = captions_text or self.tr("Print each title underneath")
        self.captions = QCheckBox(captions, self)  # the group session prints names
        self.captions.setAccessibleName(captions)
        form.addRow(self.captions)
        self.page_choice = QComboBox(self)
        self.page_choice.setAccessibleName(self.tr("Page size"))
        self.page_choice.addItem(self.tr("A4"), "a4")
        self.page_choice.addItem(self.tr("Letter"), "letter")
        preferences.show_default_page(self.page_choice)
        form.addRow(self.tr("Page size"), self.page_choice)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Save PDF"))
        self.save_button.clicked.connect(lambda _c=False: self._on_save_clicked())
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.clicked.connect(lambda _c=False: self._on_print_clicked())
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(lambda _c=False: self.reject())
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.setMinimumWidth(420)
        self.print_pdf: bytes | None = None  # the pages last sent to the print dialog
        self.print_preview: QWidget | None = None  # held: it holds the printer

    def _on_save_clicked(self) -> None:
        from containerstudio.ui.kit.file_dialogs import choose_file_to_save

        self.file_dialog = choose_file_to_save(
            self,
            self.tr("Save the sheets"),
            Path.home() / default_filename("group"),
            self.tr("PDF files (*.pdf)"),
            lambda path: self.save_to(Path(path)),
        )

    def _loader(self) -> Callable[[Callable[[float], None]], list[GroupItem]]:
        """What loads the chosen containers on a worker (the first 30 % of progress)."""
        library, ids, captions = self.library, list(self.container_ids), self.captions.isChecked()
        gather = self.gather
        if gather is not None:

            def gathered(progress: Callable[[float], None]) -> list[GroupItem]:
                items = gather(lambda f: progress(0.3 * f))
                return items if captions else [replace(item, caption=None) for item in items]

            return gathered

        def load(progress: Callable[[float], None]) -> list[GroupItem]:
            items = []
            for i, cid in enumerate(ids):
                title = library.container(cid).title if captions else None
                items.append(GroupItem(library.load_working(cid), title))
                progress(0.3 * (i + 1) / len(ids))
            return items

        return load

    def _options(self) -> tuple[int, PdfOptions, ArtworkOptions]:
        return (
            int(self.per_sheet.currentData()),
            PdfOptions(self.page_choice.currentData()),
            ArtworkOptions(view="outside", svg_rasterizer=svg_png),
        )

    def _busy(self, text: str) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.status.setText(text)

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def save_to(self, path: Path) -> None:
        """Load the chosen containers and write the sheets in the background."""
        load, (per_sheet, pdf, art) = self._loader(), self._options()

        def work(progress) -> str:
            items = load(progress)
            return str(
                export_group_pdf(
                    path, items, per_sheet, pdf, art, lambda f: progress(0.3 + 0.7 * f)
                )
            )

        self._busy(self.tr("Making the sheets…"))
        self.work.run(work, self._on_saved, self._on_work_failed, self._on_progress)

    def _on_print_clicked(self) -> None:
        """Make the same sheets in memory in the background, then show the print
        dialog's preview of their pages."""
        load, (per_sheet, pdf, art) = self._loader(), self._options()

        def work(progress) -> bytes:
            items = load(progress)
            buffer = io.BytesIO()
            build_group_pdf(buffer, items, per_sheet, pdf, art, lambda f: progress(0.3 + 0.7 * f))
            return buffer.getvalue()

        self._busy(self.tr("Preparing the pages…"))
        self.work.run(work, self._on_print_ready, self._on_work_failed, self._on_progress)

    def _on_print_ready(self, pdf: bytes) -> None:
        from containerstudio.ui.kit.print_pages import print_with_preview

        self._idle()
        self.status.setText("")
        self.print_pdf = pdf
        self.print_preview = print_with_preview(self, pdf)
        self.print_preview.accepted.connect(lambda: self._note("print"))

    def _on_progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 100))

    def _on_saved(self, path: str) -> None:
        self._idle()
        self.status.setText(self.tr("Saved as %s") % path)
        self._note("group-print")
        self.exported.emit(path)

    def _note(self, kind: str) -> None:
        """Note in the log of what left the app that the sheets left (outsides only)."""
        from containerstudio.model.parts import view_parts
        from containerstudio.ui.kit.departures import note_departure

        count = len(self.container_ids)
        parts = self.parts or view_parts("outside")
        note_departure(self.work, self.library, kind, parts, containers=count)

    def _on_work_failed(self, exc: BaseException) -> None:
        self._idle()
        if isinstance(exc, ExportProblem):
            self.status.setText(problem_text(exc))
        else:
            self.status.setText(
                self.tr("The sheets could not be made this time; nothing was saved.")
            )
