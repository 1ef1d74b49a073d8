"""Dialogs around versions: keep a version, look at one, compare two side by side.

Looking at a version never changes anything: each viewer builds its own scene on
a loaded copy of the document and gives its canvas no tool.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from containerstudio.model.document import ContainerDocument
from containerstudio.ui.canvas.scene import CanvasScene
from containerstudio.ui.canvas.view import CanvasView


class SaveVersionDialog(QDialog):
    """Asks for an optional name and note for a version the user wants to keep."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save a version"))
        self.setAccessibleName(self.tr("Save a version"))
        intro = QLabel(
            self.tr(
                "Your work is always kept. A version marks a moment you may want to "
                "come back to. A name and a note are optional."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Version name (optional)"))
        self.name_edit.setPlaceholderText(self.tr("for example: Lid closed"))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note (optional)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("N&ote"), self.note_edit)
        buttons = QDialogButtonBox(self)
        self.keep_button = buttons.addButton(
            self.tr("Keep this version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_button.setAccessibleName(self.tr("Keep this version"))
        self.keep_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Not now"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def name(self) -> str | None:
        return self.name_edit.text().strip() or None

    def note(self) -> str | None:
        return self.note_edit.toPlainText().strip() or None


class ReadOnlyCanvas(QWidget):
    """A caption above a canvas view of a document, with no tool: look, zoom, pan."""

    def __init__(self, doc: ContainerDocument, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.scene = CanvasScene(doc, self)
        self.view = CanvasView(self.scene, self)
        self.view.setAccessibleName(self.tr("Version: %s") % caption)
        self.view.setAccessibleDescription(self.tr("A look at a kept version; nothing changes."))
        self.caption = QLabel(caption, self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)  # a version's name, never HTML
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)

    def detach(self) -> None:
        self.scene.detach()


class _ViewerDialog(QDialog):
    """Base: non-modal, deletes itself on close and lets its scenes go."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.canvases: list[ReadOnlyCanvas] = []
        self.row = QHBoxLayout()
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(self.row, 1)
        layout.addLayout(bottom)

    def _add(self, doc: ContainerDocument, caption: str) -> ReadOnlyCanvas:
        canvas = ReadOnlyCanvas(doc, caption, self)
        self.row.addWidget(canvas, 1)
        self.canvases.append(canvas)
        return canvas

    def closeEvent(self, event: QCloseEvent) -> None:
        for canvas in self.canvases:
            canvas.detach()
        super().closeEvent(event)


class VersionViewDialog(_ViewerDialog):
    """One version, read-only."""

    def __init__(
        self, doc: ContainerDocument, caption: str, note: str | None, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Looking at version %s") % caption, parent)
        self._add(doc, caption)
        if note:
            label = QLabel(note, self)
            label.setTextFormat(Qt.TextFormat.PlainText)  # the person's own words, never HTML
            label.setWordWrap(True)
            label.setAccessibleName(self.tr("Note"))
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)  # made in __init__
            layout.insertWidget(1, label)
        self.resize(900, 720)


class CompareVersionsDialog(_ViewerDialog):
    """Two versions side by side, read-only."""

    def __init__(
        self,
        left: tuple[ContainerDocument, str],
        right: tuple[ContainerDocument, str],
        parent: QWidget | None,
    ) -> None:
        super().__init__(self.tr("Side by side"), parent)
        self.left = self._add(*left)
        self.right = self._add(*right)
        self.resize(1300, 620)
