"""The save status ("Kept at 11:57:03") changes at every pen release. Its label keeps its
size, so the status bar and the main window are not laid out again each time (that
relayout repainted most of the window at about one pen release in three)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from containerstudio.ui.kit.steady_label import SteadyLabel


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_new_save_times_ask_no_layout_of_the_window(open_window, qtbot):
    window = open_window()
    label = window.status_label
    assert isinstance(label, SteadyLabel)
    label.setText("Kept at 11:58:08")
    qtbot.wait(300)  # the window's own first layouts are done
    requests = LayoutRequests()
    window.installEventFilter(requests)
    window.statusBar().installEventFilter(requests)
    width = label.width()
    for second in range(10, 60, 7):  # "1" is narrower than "8" in most fonts
        label.setText(f"Kept at 11:11:{second}")
        QApplication.processEvents()
    assert requests.count == 0, "a new save time laid the window out again"
    assert label.width() == width
    assert label.text() == "Kept at 11:11:59"


def test_a_longer_text_still_fits_and_a_new_text_size_is_measured_again(qtbot):
    label = SteadyLabel()
    qtbot.addWidget(label)
    label.setText("Kept at 11:11:11")
    short = label.width()
    label.setText("Your work could not be kept here just now: it stays open.")
    assert label.width() > short
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
    label.setText("Kept at 11:11:12")
    assert label.width() > short, "it does not narrow back for a shorter text"
    bigger = QFont(label.font())
    bigger.setPointSizeF(label.font().pointSizeF() * 2)
    label.setFont(bigger)
    assert label.height() >= label.fontMetrics().height()
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
