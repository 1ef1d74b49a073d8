"""Acceptance (foundation 3): a PySide6 release that leaks references to None fails here.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call; after a
few thousand calls the interpreter aborts. Python 3.12+ makes None immortal, which
hides the bug, so the refcount check only means something before 3.12.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QLineF, QPointF
from PySide6.QtGui import QColor, QImage, QPainter


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on; nothing to measure"
)
def test_void_qt_calls_keep_none_refcount(qapp):
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None)
    painter = QPainter(image)
    for i in range(10_000):
        painter.drawLine(QLineF(0, 0, i % 64, 63))
        painter.drawPoint(QPointF(i % 64, i % 64))
    painter.end()
    for _ in range(5_000):
        image.fill(QColor("#ffffff"))
        image.setPixel(1, 1, 0)
    after = sys.getrefcount(None)
    # 20,000 painter calls + 10,000 image calls: a leaking release loses thousands.
    assert after >= before - 50, f"None refcount fell by {before - after}"


def test_installed_pyside6_is_not_the_known_bad_release():
    import PySide6

    assert PySide6.__version__ != "6.12.0" or sys.version_info >= (3, 12)
