"""Writing slips and placing them inside: a word, a small drawing, or a blank slip.

A folded slip is shown only as "a folded slip": its words stay off the screen.
"""

from __future__ import annotations

import dataclasses
import itertools

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from containerstudio.model.paper import PAPER_EDGE
from containerstudio.model.slips import Slip, SlipRetention


class SlipSketch(QWidget):
    """A little paper to scribble on; lines are kept in 0..1 coordinates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(180, 90)  # small enough that write, fold and put inside fit
        self.setAccessibleName(self.tr("Small drawing for a slip"))
        self.lines: list[list[tuple[float, float]]] = []

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.lines.append([self._norm(event.position())])
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.lines:
            self.lines[-1].append(self._norm(event.position()))
            self.update()

    def _norm(self, pos: QPointF) -> tuple[float, float]:
        return (
            round(max(0.0, min(1.0, pos.x() / self.width())), 4),
            round(max(0.0, min(1.0, pos.y() / self.height())), 4),
        )

    def clear(self) -> None:
        self.lines = []
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#fffaf0"))
        p.setPen(QPen(QColor(PAPER_EDGE), 1))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#3b5b6d"), 2.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        for line in self.lines:
            for (x0, y0), (x1, y1) in itertools.pairwise(line):
                p.drawLine(
                    QPointF(x0 * self.width(), y0 * self.height()),
                    QPointF(x1 * self.width(), y1 * self.height()),
                )
        p.end()


class SlipsWidget(QWidget):
    """Make slips, fold them, put them inside, and choose what is kept of them."""

    slip_saved = Signal(object)
    """Emitted with a Slip that was added or changed (folded/unfolded)."""
    slip_removed = Signal(str)
    """Emitted with the uid of a slip taken out again."""
    retention_chosen = Signal(object)
    """Emitted with the SlipRetention the person chose."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slips: list[Slip] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.word = QLineEdit(self)
        self.word.setPlaceholderText(self.tr("A word or two (or leave it blank)"))
        self.word.setAccessibleName(self.tr("Words for a new slip"))
        self.word.returnPressed.connect(self.add_current)
        self.sketch = SlipSketch(self)
        self.fold = QCheckBox(self.tr("Fold it, so the screen hides it"), self)
        self.fold.setAccessibleName(self.tr("Fold the new slip"))
        self.add_button = QPushButton(self.tr("Put this slip inside"), self)
        self.add_button.setAccessibleName(self.tr("Put this slip inside"))
        self.add_button.clicked.connect(self.add_current)
        clear = QPushButton(self.tr("Clear drawing"), self)
        clear.setAccessibleName(self.tr("Clear the slip drawing"))
        clear.clicked.connect(self.sketch.clear)
        layout.addWidget(self.word)
        row = QHBoxLayout()
        row.addWidget(self.sketch)
        row.addWidget(clear, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch(1)
        layout.addLayout(row)
        clear.setText(self.tr("Clear"))
        layout.addWidget(self.fold)
        layout.addWidget(self.add_button)
        self.inside_label = QLabel(self)
        layout.addWidget(self.inside_label)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Slips inside the container"))
        self.list.setMaximumHeight(90)
        layout.addWidget(self.list)
        row2 = QHBoxLayout()
        self.toggle_fold = QPushButton(self.tr("Fold or unfold"), self)
        self.toggle_fold.setAccessibleName(self.tr("Fold or unfold the selected slip"))
        self.toggle_fold.clicked.connect(self._on_toggle_fold_clicked)
        self.take_out = QPushButton(self.tr("Take out"), self)
        self.take_out.setAccessibleName(self.tr("Take the selected slip out"))
        self.take_out.clicked.connect(self._on_take_out_clicked)
        row2.addWidget(self.toggle_fold)
        row2.addWidget(self.take_out)
        row2.addStretch(1)
        layout.addLayout(row2)
        layout.addWidget(QLabel(self.tr("Once the lid is closed, keep:"), self))
        self.retention_group = QButtonGroup(self)
        self.retention_buttons: dict[SlipRetention, QRadioButton] = {}
        for value, text in (
            (SlipRetention.KEEP_TEXT, self.tr("the words on the slips")),
            (SlipRetention.EXISTENCE_ONLY, self.tr("only that each slip exists")),
            (SlipRetention.NOTHING, self.tr("nothing at all")),
        ):
            button = QRadioButton(text, self)
            button.setAccessibleName(self.tr("Keep %s") % text)

            def chosen(on: bool, v: SlipRetention = value) -> None:
                if on:
                    self.retention_chosen.emit(v)

            button.toggled.connect(chosen)
            self.retention_group.addButton(button)
            self.retention_buttons[value] = button
            layout.addWidget(button)
        self.retention_buttons[SlipRetention.KEEP_TEXT].setChecked(True)
        self._refresh()

    def set_retention_quietly(self, retention: SlipRetention) -> None:
        button = self.retention_buttons[retention]
        button.blockSignals(True)
        button.setChecked(True)
        button.blockSignals(False)

    def set_slips(self, slips: list[Slip]) -> None:
        self.slips = list(slips)
        self._refresh()

    def add_current(self) -> None:
        text = self.word.text().strip() or None
        drawing = tuple(tuple(line) for line in self.sketch.lines if len(line) > 1)
        kind = "word" if text else ("drawing" if drawing else "blank")
        slip = Slip(kind=kind, text=text, folded=self.fold.isChecked(), drawing=drawing)
        self.slips.append(slip)
        self.word.clear()
        self.sketch.clear()
        self.fold.setChecked(False)
        self._refresh()
        self.slip_saved.emit(slip)

    def _selected(self) -> int | None:
        row = self.list.currentRow()
        return row if 0 <= row < len(self.slips) else None

    def _on_toggle_fold_clicked(self) -> None:
        row = self._selected()
        if row is None:
            return
        slip = dataclasses.replace(self.slips[row], folded=not self.slips[row].folded)
        self.slips[row] = slip
        self._refresh()
        self.list.setCurrentRow(row)
        self.slip_saved.emit(slip)

    def _on_take_out_clicked(self) -> None:
        row = self._selected()
        if row is None:
            return
        slip = self.slips.pop(row)
        self._refresh()
        self.slip_removed.emit(slip.uid)

    def describe(self, slip: Slip) -> str:
        """What the list shows for a slip (never the words of a folded one)."""
        if slip.folded:
            return self.tr("A folded slip")
        if slip.text:
            return slip.text
        if slip.kind == "drawing":
            return self.tr("A slip with a drawing")
        if slip.kind == "word":
            return self.tr("A slip")
        return self.tr("A blank slip")

    def _refresh(self) -> None:
        self.list.clear()
        for slip in self.slips:
            QListWidgetItem(self.describe(slip), self.list)
        n = len(self.slips)
        # The list and its buttons only once there is a slip: the step keeps its room.
        for widget in (self.list, self.toggle_fold, self.take_out):
            widget.setHidden(n == 0)
        self.inside_label.setText(
            self.tr("Nothing inside yet.") if n == 0 else self.tr("Inside: %n slip(s)", "", n)
        )
