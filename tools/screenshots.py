"""Real screenshots for the README: `make screenshots`.

Starts the real app (`containerstudio.app.run_app`, as a launch does) offscreen on a
fresh data folder, answers its first-run welcome, builds a sample container through the
app's own code (the canvas's pen with real mouse events, the artwork panel, the guide,
the safety controls, the library and the export dialog, each reached by its feature's
actions, never by window coordinates), and writes docs/screenshots/*.png. Then checks
every image: not blank, not one flat colour, several colours and clear edges (the
window's parts).

    python tools/screenshots.py [OUT_DIR]          # write, then check (exit 1 if not)
    python tools/screenshots.py --check [OUT_DIR]  # check only
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)
SHOTS = ("welcome", "studio", "guide-step", "ground-me", "library", "export")
"""The images written, in order (their file names without .png)."""

# -- the check ---------------------------------------------------------------------------
MIN_COLOURS = 12  # distinct colours that each cover at least 0.05 % of the image
MAX_FLAT = 0.85  # the most common colour covers at most this share
MIN_EDGES = 0.01  # share of pixels on a clear edge (a jump of 48 or more to a neighbour)


def image_problems(path: Path) -> list[str]:
    """What makes `path` unlike a screenshot of the app's window (empty when it is one)."""
    try:
        with Image.open(path) as opened:
            image = np.asarray(opened.convert("RGB"), dtype=np.int16)
    except (OSError, ValueError) as exc:
        return [f"{path.name}: not a readable image ({exc.__class__.__name__})"]
    h, w = image.shape[:2]
    if w < 300 or h < 200:
        return [f"{path.name}: only {w} x {h} pixels"]
    problems = []
    packed = (image[:, :, 0] << 16) | (image[:, :, 1] << 8) | image[:, :, 2]
    _values, counts = np.unique(packed, return_counts=True)
    share = counts / packed.size
    if share.max() > MAX_FLAT:
        problems.append(f"{path.name}: {share.max():.0%} of it is one colour")
    colours = int((share >= 0.0005).sum())
    if colours < MIN_COLOURS:
        problems.append(f"{path.name}: only {colours} colours (at least {MIN_COLOURS})")
    jump_x = np.abs(np.diff(image, axis=1)).max(axis=2)[:-1, :] >= 48
    jump_y = np.abs(np.diff(image, axis=0)).max(axis=2)[:, :-1] >= 48
    edges = float((jump_x | jump_y).mean())
    if edges < MIN_EDGES:
        problems.append(f"{path.name}: hardly any edges ({edges:.2%})")
    return problems


def check(folder: Path) -> list[str]:
    """Every expected screenshot is there and looks like one."""
    problems = []
    for name in SHOTS:
        path = folder / f"{name}.png"
        if not path.exists():
            problems.append(f"{name}.png is missing")
        else:
            problems += image_problems(path)
    return problems


# -- driving the real app ---------------------------------------------------------------
class Driver:
    """Steps run one after another from the app's own event loop; a step may wait for a
    condition first. Any failure ends the app with a message (exit code 1)."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.steps: list[tuple[str, Callable[[], bool], Callable[[], None]]] = []
        self.failed: str | None = None
        self.deadline = 0.0

    def then(self, name: str, action: Callable[[], None], when: Callable[[], bool] = lambda: True):
        self.steps.append((name, when, action))
        return self

    def start(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.deadline = time.monotonic() + 30
        self.timer.start()

    def _tick(self) -> None:
        from PySide6.QtWidgets import QApplication

        if not self.steps:
            self.timer.stop()
            return
        name, when, action = self.steps[0]
        try:
            ready = when()
            if not ready:
                if time.monotonic() > self.deadline:
                    raise TimeoutError(f"waited too long before: {name}")
                return
            self.steps.pop(0)
            action()
            self.deadline = time.monotonic() + 30
        except Exception as exc:
            self.failed = f"{name}: {exc.__class__.__name__}: {exc}"
            self.timer.stop()
            for widget in QApplication.topLevelWidgets():
                widget.close()
            QApplication.quit()


def _window():
    from PySide6.QtWidgets import QApplication

    from containerstudio.ui.shell.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


def _save(widget, path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path.name}")


def _drag(window, points: list[tuple[float, float]]) -> None:
    """A stroke with the canvas's own pen: press, moves and release on its viewport, at
    canvas coordinates (what a person's hand does; nothing of the window's layout)."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest

    view = window.canvas
    viewport = view.viewport()
    at = [view.mapFromScene(QPointF(x, y)) for x, y in points]
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at[0])
    for point in at[1:]:
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at[-1])


def _wave(x0: float, y0: float, length: float, height: float, n: int = 40):
    import math

    return [
        (x0 + length * i / n, y0 + height * math.sin(i / n * 2 * math.pi)) for i in range(n + 1)
    ]


def _sample_container(window) -> None:
    """A container a person might make: a chest outline, a few strokes and a sticker."""
    studio = window.studio
    dock = studio.artwork
    dock.fill()
    templates = dock.templates.artwork
    chest = next((a for a in templates if "chest" in str(a).lower()), templates[0])
    dock.artwork_chosen.emit(chest)  # as a click on it in the panel does
    settings = window.tool_settings
    for tool, colour, width, points in (
        ("brush", "#8fb996", 60, _wave(260, 980, 1080, 40)),
        ("marker", "#d98e73", 22, _wave(420, 300, 760, 60)),
        ("pencil", "#3b5b6d", 6, [(520 + 30 * i, 560 + 12 * (i % 4)) for i in range(20)]),
        ("marker", "#6f9fb0", 30, _wave(300, 860, 1000, -30)),
    ):
        settings.set_tool(tool)
        settings.set_color(colour)
        settings.set_width(width)
        _drag(window, points)
    stickers = dock.stickers.artwork
    if stickers:
        dock.artwork_chosen.emit(stickers[min(3, len(stickers) - 1)])
    settings.set_tool("pencil")
    window.canvas.fit_to_window()


def _answer_welcome(window) -> None:
    dialog = window.welcome.dialog
    if dialog is None:
        raise LookupError("the first start showed no welcome")
    _save(dialog, OUT_DIR / "welcome.png")
    dialog.begin_button.click()


def _to_guide_step(window, step_kind: str) -> None:
    p = window.guide.panel
    p.start_button.click()
    session = window.guide.controller.session
    while session.current_step.kind != step_kind:
        p.next_button.click()


def _close_dialogs(window) -> None:
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()


def _export_ready(window) -> bool:
    dialog = window.export_actions.dialog
    return (
        dialog is not None
        and dialog.preview.pixmap() is not None
        and not dialog.preview.pixmap().isNull()
    )


OUT_DIR = OUT


def write(out: Path) -> str | None:
    """Run the app and write every screenshot into `out`; None, or what went wrong."""
    global OUT_DIR
    OUT_DIR = out
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    sys.path.insert(0, str(ROOT))
    from containerstudio.app import run_app

    w = _window
    driver = Driver(out)
    (
        driver.then(
            "the window and its container",
            lambda: None,
            lambda: w() is not None and w().current is not None,
        )
        .then("the welcome", lambda: _answer_welcome(w()), lambda: w().welcome.dialog is not None)
        .then("the window's size", lambda: w().resize(*SIZE))
        .then("a sample container", lambda: _sample_container(w()))
        .then("the studio", lambda: _save(w(), out / "studio.png"))
        .then(
            "a guide step",
            lambda: _to_guide_step(w(), "checkin"),
            lambda: bool(w().guide.panel.packs),
        )
        .then("the guide step's picture", lambda: _save(w(), out / "guide-step.png"))
        .then("Ground me", lambda: w().guide.safety.ground_me())
        .then(
            "Ground me's picture",
            lambda: _save(w().guide.safety.grounding_dialog, out / "ground-me.png"),
            lambda: w().guide.safety.grounding_dialog is not None,
        )
        .then(
            "back from Ground me", lambda: w().guide.safety.grounding_dialog.return_button.click()
        )
        .then("the library", lambda: setattr(driver, "library", w().versions.show_library()))
        .then(
            "the library's picture",
            lambda: _save(driver.library, out / "library.png"),
            lambda: not driver.library.reading,
        )
        .then("back from the library", lambda: _close_dialogs(w()))
        .then("the export dialog", lambda: w().export_actions.export_pdf())
        .then(
            "the export's picture",
            lambda: _save(w().export_actions.dialog, out / "export.png"),
            lambda: _export_ready(w()),
        )
        .then("closing", lambda: (_close_dialogs(w()), w().close()))
    )
    with tempfile.TemporaryDirectory(prefix="screenshots-") as folder:
        driver.start()
        code = run_app(Path(folder) / "data")
    app.processEvents()
    if driver.failed:
        return driver.failed
    if driver.steps:
        return f"the app closed before: {driver.steps[0][0]} (exit {code})"
    return None


def main(argv: list[str]) -> int:
    only_check = "--check" in argv
    rest = [a for a in argv if a != "--check"]
    out = Path(rest[0]) if rest else OUT
    if not only_check:
        started = time.monotonic()
        failed = write(out)
        if failed:
            print(f"screenshots: {failed}", file=sys.stderr)
            return 1
        print(f"screenshots: {len(SHOTS)} written to {out} in {time.monotonic() - started:.1f} s")
    problems = check(out)
    for problem in problems:
        print(f"screenshots: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
