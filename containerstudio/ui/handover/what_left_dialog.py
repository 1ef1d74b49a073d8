"""What left the app: the log of every export, print and handover, as a plain table
(when, what, which parts). It holds no content, so it shows none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from containerstudio.exchange.departures import Departure
    from containerstudio.storage.library import Library
    from containerstudio.ui.kit.background import BackgroundWork


class WhatLeftDialog(QDialog):
    """The log, read on the storage lane; `reading` is True until it arrives."""

    def __init__(self, library: Library, work: BackgroundWork, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What left the app"))
        self.setAccessibleName(self.tr("What left the app"))
        self.reading = True
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr(
                "Every export, print and handover is listed here: when, what kind, and "
                "which parts went with it. What you made or wrote is never written here."
            ),
            self,
        )
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        layout.addWidget(about)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("What left the app, newest first"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Parts")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns: when, what, parts"))
        self.table.verticalHeader().setVisible(False)
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setSectionsClickable(False)  # the titles do not sort: not a target
        self.table.setMinimumSize(520, 240)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self.tr("Reading the list…"), self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        layout.addLayout(row)

        def read() -> list[Departure]:
            from containerstudio.exchange.departures import departures

            return departures(library)

        work.run(read, self._show, self._not_read, storage=True)

    def _show(self, entries: list[Departure]) -> None:
        from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

        self.reading = False
        self.table.setRowCount(len(entries))
        locale = QLocale()
        for row, entry in enumerate(reversed(entries)):
            at = entry.at
            moment = QDateTime(
                QDate(at.year, at.month, at.day), QTime(at.hour, at.minute, at.second)
            )
            when = locale.toString(moment, QLocale.FormatType.ShortFormat)
            what = self.kind_label(entry.kind)
            if entry.containers > 1:
                what = (
                    self.tr("%1 (%2 containers)")
                    .replace("%1", what)
                    .replace("%2", str(entry.containers))
                )
            parts = ", ".join(self.part_label(part) for part in entry.parts)
            for column, text in enumerate((when, what, parts)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.status.setText(self.tr("Nothing has left the app yet.") if not entries else "")

    def _not_read(self, _exc: BaseException) -> None:
        self.reading = False
        self.status.setText(self.tr("The list cannot be read just now; you may try again later."))

    def kind_label(self, kind: str) -> str:
        return {
            "pdf": self.tr("Session PDF"),
            "print": self.tr("Printed"),
            "png": self.tr("Picture (PNG)"),
            "paper-container": self.tr("Paper container"),
            "group-print": self.tr("Printed together"),
            "portable": self.tr("Portable file"),
            "handover": self.tr("Sealed for my therapist"),
        }.get(kind, kind)

    def part_label(self, part: str) -> str:
        from PySide6.QtCore import QCoreApplication

        from containerstudio.model.parts import PART_LABELS

        if part in PART_LABELS:  # outside, inside, lid: named as the parts bar names them
            return QCoreApplication.translate("Parts", PART_LABELS[part]).lower()
        return {
            "reflections": self.tr("reflections"),
            "checkins": self.tr("check-ins"),
            "kept_where": self.tr("where it is kept"),
            "slips": self.tr("slips"),
            "versions": self.tr("versions"),
            "working copy": self.tr("latest drawing"),
            "photos": self.tr("photos"),
        }.get(part, part)
