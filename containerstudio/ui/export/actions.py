"""The window's export actions: PDF, PNG, paper container and print."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QKeySequence
from shiboken6 import isValid

from containerstudio.ui.kit.problem_texts import problem_text
from containerstudio.ui.kit.widgets import make_action

if TYPE_CHECKING:
    from containerstudio.export.session_pdf import SessionExportContent
    from containerstudio.ui.canvas.open_container import OpenContainer
    from containerstudio.ui.export.dialog import ExportDialog
    from containerstudio.ui.services import WindowServices

# The exports (reportlab, Pillow, numpy) load the first time one is used, so that
# starting the app does not pay for them.


NOTICE_MS = 20000  # long enough to read a file path at a calm pace


class ExportActions(QObject):
    """Builds the export actions and runs them through the window's BackgroundWork.

    The window's services provide the open container, the library, the guide's packs,
    lid and slips, and the status bar for notices.
    """

    def __init__(self, services: WindowServices) -> None:
        window = services.window
        super().__init__(window)
        self.services = services
        self.pdf_action = make_action(
            window, self.tr("Export &PDF…"), self.export_pdf, ["Ctrl+E"], icon="export-pdf"
        )
        self.print_action = make_action(
            window,
            self.tr("&Print…"),
            self.export_pdf,
            [QKeySequence.StandardKey.Print],
            icon="print",
        )
        self.png_action = make_action(
            window, self.tr("Export P&NG…"), self.export_png, icon="export-png"
        )
        self.box_action = make_action(
            window, self.tr("Paper &container…"), self.export_box, icon="paper-container"
        )
        self.actions = [self.pdf_action, self.print_action, self.png_action, self.box_action]
        self.dialog: ExportDialog | None = None
        self._followed_scene: object | None = None  # whose lid the dialog follows
        self._opening_for: object | None = None  # the container an export dialog is read for

    def _say(self, text: str) -> None:
        # Export news goes to the status bar's message area, not the save-status label:
        # an autosave finishing a moment later ("Kept at …") must not wipe it unread.
        self.services.notify(text, NOTICE_MS)

    def export_pdf(self) -> None:
        """Open the export dialog (saving and printing both start there) once the
        session's content is read: on the storage lane, after every save queued before
        it, so the export holds the very last word typed. `dialog` is None until then."""
        from containerstudio.services.session_export import gather_session_content

        services = self.services
        current = services.current
        if current is None:
            return
        self.dialog = None
        library, cid = services.library, current.container_id
        packs = services.guide.packs()
        self._opening_for = current
        services.work.run(
            lambda: gather_session_content(library, cid, packs),
            lambda content: self._show_export(current, content),
            self._on_failed,
            storage=True,
        )

    def _show_export(self, current: OpenContainer, content: SessionExportContent) -> None:
        from containerstudio.ui.export.dialog import ExportDialog

        services = self.services
        if current is not services.current or self._opening_for is not current:
            return  # another container was opened meanwhile
        guide = services.guide
        sealed = guide.lid_closed()  # the guide knows the lid and the slips in memory
        self.dialog = ExportDialog(
            current.doc,
            content,
            services.work,
            services.window,
            slips_loader=None if sealed else guide.slip_words,
            sealed=sealed,
        )
        self.dialog.exported.connect(lambda path: self._say(self.tr("Saved as %s") % path))
        dialog = self.dialog
        self.dialog.exported.connect(lambda _path: self._note_pdf(dialog, "pdf"))
        self.dialog.printed.connect(lambda: self._note_pdf(dialog, "print"))
        if self._followed_scene is not current.scene:
            current.scene.sealed_changed.connect(self._on_scene_sealed_changed)
            self._followed_scene = current.scene
        self.dialog.show()

    def _note_pdf(self, dialog: ExportDialog, kind: str) -> None:
        from containerstudio.exchange.departures import session_pdf_parts
        from containerstudio.ui.kit.departures import note_departure

        chosen = dialog.choices()
        parts = session_pdf_parts(chosen.sections, chosen.view)
        note_departure(self.services.work, self.services.library, kind, parts)

    def _saved(self, kind: str) -> Callable[[str], None]:
        """What to do once a file of `kind` is written: say so, and note it."""

        def saved(path: str) -> None:
            self._say(self.tr("Saved as %s") % path)
            self._note(kind)

        return saved

    def _note(self, kind: str) -> None:
        """Note a picture or paper container of what the canvas shows (the inside stays
        out while the lid is closed)."""
        from containerstudio.model.parts import PARTS, view_parts
        from containerstudio.ui.kit.departures import note_departure

        parts = view_parts("outside") if self.services.guide.lid_closed() else PARTS
        note_departure(self.services.work, self.services.library, kind, parts)

    def _on_scene_sealed_changed(self, sealed: bool) -> None:
        """A lid closed while the export dialog is open keeps the inside out of it too."""
        if sealed and self.dialog is not None and isValid(self.dialog):
            self.dialog.seal()

    def export_png(self, path: Path | None = None, width: int | None = None) -> None:
        from containerstudio.export.common import default_filename, write_atomically
        from containerstudio.ui.canvas.render import png_bytes, render_scene

        current = self.services.current
        if current is None:
            return
        if width is None:
            from containerstudio.ui.kit.calm_dialog import ask_value

            ask_value(
                self.services.window,
                self.tr("Export PNG"),
                self.tr("Width in pixels"),
                1600,
                lambda chosen: self.export_png(path, int(chosen)),  # type: ignore[call-overload]
                minimum=16,
                maximum=12000,
                confirm=self.tr("Next"),
            )
            return
        if path is None:
            from containerstudio.ui.kit.file_dialogs import choose_file_to_save

            choose_file_to_save(
                self.services.window,
                self.tr("Save the PNG"),
                Path.home() / default_filename().replace(".pdf", ".png"),
                self.tr("PNG images (*.png)"),
                lambda chosen: self.export_png(Path(chosen), width),
            )
            return
        cw, ch = current.doc.canvas_size
        # The scene paints on the UI thread; only the writing goes to the background.
        size = QSize(width, max(1, round(width * ch / cw)))
        data = png_bytes(render_scene(current.scene, size, cover=False))
        target = path
        self.services.work.run(
            lambda: str(write_atomically(target, lambda fh: fh.write(data))),
            self._saved("png"),
            self._on_failed,
        )

    def export_box(self, path: Path | None = None) -> None:
        from containerstudio.export.artwork import ArtworkOptions
        from containerstudio.export.common import default_filename
        from containerstudio.export.paper_box import export_paper_container
        from containerstudio.ui.canvas.svg_raster import svg_png
        from containerstudio.ui.export.dialog import snapshot

        current = self.services.current
        if current is None:
            return
        if path is None:
            from containerstudio.ui.kit.file_dialogs import choose_file_to_save

            choose_file_to_save(
                self.services.window,
                self.tr("Save the paper container"),
                Path.home() / default_filename("paper-container"),
                self.tr("PDF files (*.pdf)"),
                lambda chosen: self.export_box(Path(chosen)),
            )
            return
        from containerstudio.ui.export.pdf_words import paper_texts

        doc = snapshot(current.doc)
        art = ArtworkOptions(svg_rasterizer=svg_png)
        target, texts = path, paper_texts()
        self._say(self.tr("Making the paper container…"))
        self.services.work.run(
            lambda: str(export_paper_container(target, doc, texts=texts, art=art)),
            self._saved("paper-container"),
            self._on_failed,
        )

    def _on_failed(self, exc: BaseException) -> None:
        from containerstudio.export.common import ExportProblem

        if isinstance(exc, ExportProblem):
            self._say(problem_text(exc))
        else:
            self._say(self.tr("That export could not be made this time; nothing was saved."))
