"""The export dialog: choose what goes into the session PDF, see it, save or print it."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from containerstudio.export.artwork import ArtworkOptions
from containerstudio.export.common import ExportProblem, PdfOptions, default_filename
from containerstudio.export.preview import page_images
from containerstudio.export.session_pdf import (
    DEFAULT_SECTIONS,
    SECTIONS,
    SessionChoices,
    SessionExportContent,
    SessionLabels,
    build_session_pdf,
    export_session_pdf,
)
from containerstudio.model.document import ContainerDocument
from containerstudio.ui.canvas.svg_raster import svg_png
from containerstudio.ui.kit import preferences
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.kit.print_pages import pil_to_qimage, print_with_preview
from containerstudio.ui.kit.problem_texts import problem_text

PREVIEW_DPI = 34  # an A4 page is then 281 x 397 pixels: it fits the preview


def snapshot(doc: ContainerDocument) -> ContainerDocument:
    """A copy of the document for background work (elements are immutable)."""
    copy = ContainerDocument(doc.canvas_size)
    copy.load(doc.elements(), doc.used_assets())
    return copy


class ExportDialog(QDialog):
    """Session PDF export with a live preview of the first page."""

    exported = Signal(str)
    printed = Signal()
    """Emitted when the print dialog sent the pages to a printer (for the log of what
    left the app)."""
    """Emitted with the path of a PDF that was written."""
    preview_ready = Signal()
    """Emitted (no arguments) when the preview shows the current choices."""

    def __init__(
        self,
        doc: ContainerDocument,
        content: SessionExportContent,
        work: BackgroundWork,
        parent: QWidget | None = None,
        slips_loader: Callable[[], list[str]] | None = None,
        sealed: bool = False,
    ) -> None:
        """`slips_loader` reads the slips' words, only once the person includes slips.
        While the lid is closed (`sealed`) the slips and the inside stay out."""
        super().__init__(parent)
        self.sealed = sealed
        if sealed:
            slips_loader = None
            content = dataclasses.replace(content, slips=[])
        self.doc = snapshot(doc)
        self.content = content
        self._slips_loader = slips_loader
        self.work = work
        self._preview_serial = 0
        self.setWindowTitle(self.tr("Export a PDF"))
        self.setAccessibleName(self.tr("Export a PDF"))
        self.preview = QLabel(self)
        self.preview.setAccessibleName(self.tr("Preview of the first page"))
        self.preview.setMinimumSize(300, 420)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setObjectName("canvas_surround")  # the theme colours it
        form = QFormLayout()
        self.sections: dict[str, QCheckBox] = {}
        labels = {
            "reflections": self.tr("Reflections"),
            "checkins": self.tr("Check-in figures"),
            "kept_where": self.tr("Where the container is kept"),
            "slips": self.tr("Slips"),
        }
        for key in SECTIONS:  # in the PDF's order; checked: what it holds unless told
            text = labels[key]
            box = QCheckBox(text, self)
            box.setAccessibleName(text)
            box.setChecked(key in DEFAULT_SECTIONS)
            box.toggled.connect(self._on_choice_changed)
            self.sections[key] = box
            form.addRow(box)
        self.sections["slips"].setEnabled(not sealed)
        self.slips_reminder = QLabel(
            self.tr(
                "Slips are private. Once they are in a PDF, the file is yours to look after: "
                "it is no longer inside Container Studio's care."
            ),
            self,
        )
        self.slips_reminder.setWordWrap(True)
        self.slips_reminder.setAccessibleName(self.tr("About including slips"))
        self.slips_reminder.setVisible(False)
        form.addRow(self.slips_reminder)
        self.sealed_note = QLabel(
            self.tr(
                "The lid is closed, so the slips and the inside stay in the container. "
                "If you'd like them here, you may open the lid first (Session → Open the lid…)."
            ),
            self,
        )
        self.sealed_note.setWordWrap(True)
        self.sealed_note.setAccessibleName(self.tr("About the closed lid"))
        self.sealed_note.setVisible(sealed)
        form.addRow(self.sealed_note)
        views = [(self.tr("Outside"), "outside")]
        if not sealed:
            views.append((self.tr("Open"), "open"))
        self.view_choice = self._combo(self.tr("View"), views)
        form.addRow(self.tr("View"), self.view_choice)
        self.page_choice = self._combo(
            self.tr("Page size"), [(self.tr("A4"), "a4"), (self.tr("Letter"), "letter")]
        )
        preferences.show_default_page(self.page_choice)
        form.addRow(self.tr("Page size"), self.page_choice)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Optional"))
        self.password.setAccessibleName(self.tr("Password for the PDF (optional)"))
        form.addRow(self.tr("Password"), self.password)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        buttons = QHBoxLayout()
        self.save_button = self._button(self.tr("Save PDF…"), self._on_save_clicked)
        self.print_button = self._button(self.tr("Print…"), self._on_print_clicked)
        self.close_button = self._button(self.tr("Close"), self.reject)
        for b in (self.save_button, self.print_button, self.close_button):
            buttons.addWidget(b)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addStretch(1)
        side.addWidget(self.progress)
        side.addWidget(self.status)
        side.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(side)
        # Room for the options beside the page (their wrapping status line would let the
        # dialog open at its narrowest, labels touching their boxes).
        self.resize(max(self.sizeHint().width(), 680), self.sizeHint().height())
        self._refresh_preview()

    # -- building -----------------------------------------------------------------------
    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._on_choice_changed)
        return combo

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def choices(self) -> SessionChoices:
        chosen = frozenset(k for k, box in self.sections.items() if box.isChecked())
        view = self.view_choice.currentData()
        if self.sealed:  # a closed container shows its outside and lid, nothing inside
            chosen, view = chosen - {"slips"}, "outside"
        pdf = PdfOptions(self.page_choice.currentData(), self.password.text() or None)
        return SessionChoices(chosen, view, pdf)

    def labels(self) -> SessionLabels:
        from containerstudio.ui.export.pdf_words import session_labels

        return session_labels()

    def _art(self, choices: SessionChoices) -> ArtworkOptions:
        return ArtworkOptions(view=choices.view, svg_rasterizer=svg_png)

    def seal(self) -> None:
        """The lid closed while the dialog was open: from now on the slips and the inside
        stay out of the preview and the file."""
        if self.sealed:
            return
        self.sealed = True
        self._slips_loader = None
        self.content = dataclasses.replace(self.content, slips=[])
        self.sections["slips"].setEnabled(False)
        self.slips_reminder.setVisible(False)
        self.sealed_note.setVisible(True)
        self.view_choice.blockSignals(True)
        self.view_choice.setCurrentIndex(self.view_choice.findData("outside"))
        self.view_choice.removeItem(self.view_choice.findData("open"))
        self.view_choice.blockSignals(False)
        self._refresh_preview()

    # -- preview ------------------------------------------------------------------------
    def _on_choice_changed(self, *_args: object) -> None:
        with_slips = self.sections["slips"].isChecked() and not self.sealed
        self.slips_reminder.setVisible(with_slips)
        if with_slips and self._slips_loader is not None:
            # Slip words are read from the library only when the person asks for them.
            self.content = dataclasses.replace(self.content, slips=self._slips_loader())
            self._slips_loader = None
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        """Build the PDF in the background and show its first page."""
        self._preview_serial += 1
        serial = self._preview_serial
        chosen = self.choices()
        choices = SessionChoices(chosen.sections, chosen.view, PdfOptions(chosen.pdf.page))
        doc, content, labels, art = self.doc, self.content, self.labels(), self._art(choices)

        def work():
            buffer = io.BytesIO()
            build_session_pdf(buffer, doc, content, choices, labels, art)
            if serial != self._preview_serial:
                return None  # newer choices came meanwhile: their preview is on its way
            # Rendering takes the one PDFium lock (export/preview.py): previews that
            # overlap here, and printing on the UI thread, enter PDFium one at a time.
            return page_images(buffer.getvalue(), PREVIEW_DPI, last=0)[0]

        def done(image):
            if image is not None and serial == self._preview_serial:
                self.preview.setPixmap(QPixmap.fromImage(pil_to_qimage(image)))
                self.preview_ready.emit()

        self.work.run(work, done, self._on_work_failed)

    # -- saving and printing --------------------------------------------------------------------
    def _on_save_clicked(self) -> None:
        from containerstudio.ui.kit.file_dialogs import choose_file_to_save

        self.file_dialog = choose_file_to_save(
            self,
            self.tr("Save the PDF"),
            Path.home() / default_filename(),
            self.tr("PDF files (*.pdf)"),
            lambda path: self.save_to(Path(path)),
        )

    def save_to(self, path: Path) -> None:
        """Export to `path` in the background, with progress; the file appears whole."""
        choices, labels, doc, content = self.choices(), self.labels(), self.doc, self.content
        art = self._art(choices)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Making the PDF…"))

        def work(progress):
            return str(export_session_pdf(path, doc, content, choices, labels, art, progress))

        self.work.run(work, self._on_saved, self._on_work_failed, self._on_progress)

    def _on_progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 100))

    def _on_saved(self, path: str) -> None:
        self.progress.setVisible(False)
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Saved as %s") % path)
        self.exported.emit(path)

    def _on_work_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.save_button.setEnabled(True)
        if isinstance(exc, ExportProblem):
            self.status.setText(problem_text(exc))
        else:
            self.status.setText(self.tr("The PDF could not be made this time; nothing was saved."))

    def _on_print_clicked(self) -> None:
        """Build the same PDF (without a password) off the UI thread, then show the print
        dialog's preview of its pages."""
        chosen = self.choices()
        plain = SessionChoices(chosen.sections, chosen.view, PdfOptions(chosen.pdf.page))
        doc, content, labels, art = self.doc, self.content, self.labels(), self._art(plain)

        def work() -> bytes:
            buffer = io.BytesIO()
            build_session_pdf(buffer, doc, content, plain, labels, art)
            return buffer.getvalue()

        self.status.setText(self.tr("Preparing the pages…"))
        self.work.run(work, self._on_print_ready, self._on_work_failed)

    def _on_print_ready(self, pdf: bytes) -> None:
        self.status.setText("")
        self.print_preview = print_with_preview(self, pdf)  # held: it holds the printer
        self.print_preview.accepted.connect(self.printed.emit)
