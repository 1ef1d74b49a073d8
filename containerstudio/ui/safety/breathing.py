"""A paced-breathing guide: a circle that grows on the in-breath and shrinks on the out-breath.

With reduced motion the circle stays still and only the words change, once a second.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from containerstudio.ui.kit.theme import color


class BreathingPacer(QWidget):
    """Shows the phase (in, hold, out) and its progress; the pace can change any time."""

    def __init__(
        self,
        inhale: float = 4.0,
        hold: float = 1.0,
        exhale: float = 6.0,
        reduced_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.inhale, self.hold, self.exhale = inhale, hold, exhale
        self.reduced_motion = reduced_motion
        self.pace = 1.0  # > 1 slows the cycle down
        self._start = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.update)
        self.setMinimumSize(220, 220)
        self.setAccessibleName(self.tr("Breathing guide"))
        self._apply_motion()

    def _apply_motion(self) -> None:
        self._timer.setInterval(1000 if self.reduced_motion else 33)

    def set_reduced_motion(self, reduced: bool) -> None:
        self.reduced_motion = reduced
        self._apply_motion()
        self.update()

    def set_pace(self, pace: float) -> None:
        self.pace = max(0.5, min(2.0, pace))
        self._start = time.monotonic()

    def start(self) -> None:
        self._start = time.monotonic()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def phase(self, now: float | None = None) -> tuple[str, float, float]:
        """(phase name, fraction done 0..1, seconds left in the phase)."""
        i, h, e = (self.inhale * self.pace, self.hold * self.pace, self.exhale * self.pace)
        t = ((now if now is not None else time.monotonic()) - self._start) % (i + h + e)
        if t < i:
            return "in", t / i, i - t
        if t < i + h:
            return "hold", (t - i) / max(h, 1e-6), i + h - t
        return "out", (t - i - h) / e, i + h + e - t

    def phase_text(self, now: float | None = None) -> str:
        name, _, left = self.phase(now)
        words = {
            "in": self.tr("Breathe in"),
            "hold": self.tr("Rest for a moment"),
            "out": self.tr("Breathe out, slowly"),
        }[name]
        return f"{words}… {int(left) + 1}"

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        name, frac, _ = self.phase()
        side = min(self.width(), self.height()) - 40
        if self.reduced_motion:
            grow = 0.75
        elif name == "in":
            grow = 0.4 + 0.6 * frac
        elif name == "hold":
            grow = 1.0
        else:
            grow = 1.0 - 0.6 * frac
        r = side / 2 * grow
        centre = QPointF(self.width() / 2, self.height() / 2 - 10)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color("accent_soft"))
        p.drawEllipse(centre, side / 2, side / 2)
        p.setBrush(color("accent"))
        p.drawEllipse(centre, r, r)
        p.setPen(color("text"))
        p.drawText(
            QRectF(0, self.height() - 34, self.width(), 30),
            Qt.AlignmentFlag.AlignCenter,
            self.phase_text() if self.running else self.tr("Press Start when you're ready"),
        )
        p.end()
