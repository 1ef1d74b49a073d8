"""ui_stall: the longest the UI thread is kept from answering during a scripted session
on the real main window (drawing, typing reflections into the guide, opening the
versions view with 200 versions, switching containers), while a large version is being
saved on the storage thread; against the same session without the large save.

A 5 ms heartbeat timer runs through the session; its worst lateness is the longest
stall a person's click or keypress would meet. The script gives the event loop a turn
between every input event, as real input does, so what it measures is the app's work,
not the script's. Each stall is labelled with the scripted step it followed (the work
it waited for was that step's, or what the step set going), and the worst are named in
the figure's note, so a regression says where to look.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from benchmarks.documents import add_strokes, build_document
from benchmarks.env import qapp, temp_library
from benchmarks.figures import Figure

HEARTBEAT_MS = 5
STALL_LIMIT_MS = 16.0
STEP_GAP_MS = 8  # between two scripted inputs, as a quick hand would leave
WORST_NAMED = 3  # stalls named in the figure's note

Step = tuple[str, Callable[[], bool | None]]  # (label, one input event or a wait)


class _Heartbeat:
    """A precise 5 ms timer; `worst` is its largest lateness in milliseconds, and
    `worst_cpu` the most processor time the UI thread spent between two beats (the app's
    own work, told apart from waiting for a loaded machine)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.clock = QElapsedTimer()
        self.worst = 0.0
        self.worst_cpu = 0.0
        self._cpu = time.thread_time()
        self.step = "start"  # the scripted step last begun
        self.stalls: dict[str, float] = {}  # step label -> worst lateness after it
        self.cpu_stalls: dict[str, float] = {}  # step label -> worst processor time
        self.timer = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self._note(self.clock.nsecsElapsed() / 1e6 - HEARTBEAT_MS)
        self.clock.restart()

    def _note(self, late: float) -> None:
        now = time.thread_time()
        # The UI thread's processor time since the last beat, beyond the beat's period:
        # what the app itself kept the thread busy with.
        busy = max(0.0, (now - self._cpu) * 1000 - HEARTBEAT_MS)
        self._cpu = now
        self.worst = max(self.worst, late)
        self.worst_cpu = max(self.worst_cpu, busy)
        self.stalls[self.step] = max(self.stalls.get(self.step, 0.0), late)
        self.cpu_stalls[self.step] = max(self.cpu_stalls.get(self.step, 0.0), busy)

    def named(self, cpu: bool = False) -> list[tuple[str, float]]:
        """The worst stalls with the step each followed, worst first (in processor
        time when `cpu`)."""
        stalls = self.cpu_stalls if cpu else self.stalls
        return sorted(stalls.items(), key=lambda kv: -kv[1])[:WORST_NAMED]

    def start(self) -> None:
        self.clock.start()
        self._cpu = time.thread_time()
        self.timer.start()

    def stop(self) -> None:
        self._note(self.clock.nsecsElapsed() / 1e6 - HEARTBEAT_MS)
        self.timer.stop()


def _run_steps(app, steps: list[Step], beat: _Heartbeat, timeout_s: float = 120.0) -> None:
    """Run each step on its own turn of the event loop; a step returning False is asked
    again on a later turn (a wait for something to arrive)."""
    from PySide6.QtCore import QTimer

    pending = list(steps)
    deadline = time.perf_counter() + timeout_s

    def next_step() -> None:
        if not pending:
            app.quit()
            return
        if time.perf_counter() > deadline:
            raise TimeoutError("the scripted session did not finish")
        label, step = pending[0]
        beat.step = label
        if step() is False:
            QTimer.singleShot(1, next_step)
            return
        pending.pop(0)
        QTimer.singleShot(STEP_GAP_MS, next_step)

    QTimer.singleShot(0, next_step)
    app.exec()


def _session(window, versions_cid: int, other_cid: int) -> list[Step]:
    """The scripted session, as single input events and waits."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    steps: list[Step] = []

    def add(label: str, step: Callable[[], bool | None]) -> None:
        steps.append((label, step))

    viewport = lambda: window.canvas.viewport()  # noqa: E731 (the canvas changes)

    def stroke(x0: int, y0: int, x1: int, y1: int, moves: int = 16) -> None:
        left = Qt.MouseButton.LeftButton
        name = f"stroke {sum(1 for label, _ in steps if label.endswith('press')) + 1}"
        points = [
            QPoint(x0 + (x1 - x0) * i // moves, y0 + (y1 - y0) * i // moves)
            for i in range(moves + 1)
        ]
        add(f"{name}: press", lambda: QTest.mousePress(viewport(), left, pos=points[0]))
        for p in points[1:]:
            add(f"{name}: move", lambda p=p: QTest.mouseMove(viewport(), p))
        add(f"{name}: release", lambda: QTest.mouseRelease(viewport(), left, pos=points[-1]))

    def type_text(widget: Callable[[], object], text: str) -> None:
        add("focus the note", lambda: widget().setFocus())
        for ch in text:
            add("a key typed", lambda ch=ch: QTest.keyClick(widget(), ch))

    panel = window.guide.panel

    def note_widget():
        from containerstudio.ui.guide.step_widgets import NoteWidget

        found = [w for w in panel.body.findChildren(NoteWidget) if w.isVisible()]
        return found[0] if found else panel

    def rating():
        from containerstudio.ui.guide.step_widgets import RatingWidget

        return next(w for w in panel.body.findChildren(RatingWidget) if w.isVisible())

    def switch_to(cid: int) -> None:
        opened: list[bool] = []
        add("switch asked", lambda: window.container_ready.connect(lambda: opened.append(True)))
        add("switch asked", lambda: window.request_container(cid))
        add("switching", lambda: bool(opened))

    for i in range(3):
        stroke(100 + 40 * i, 120, 400, 300 - 30 * i)
    add("guide started", lambda: panel.start_button.click())
    add("guide next", lambda: panel.next_button.click())
    add("guide rating", lambda: rating().buttons[3].click())
    add("guide next", lambda: panel.next_button.click())
    type_text(note_widget, "A quiet place, kept for now")
    stroke(200, 400, 500, 420)
    add("versions shown", lambda: window.versions.dock.show())
    add(
        "versions reading",
        lambda: not window.versions.dock.reading and window.versions.dock.isVisible(),
    )
    add("versions listing", lambda: window.versions.dock.timeline.count() > 0)
    switch_to(other_cid)
    stroke(150, 150, 350, 350)
    switch_to(versions_cid)
    add("versions reading", lambda: not window.versions.dock.reading)
    type_text(note_widget, "and again")
    return steps


Named = list[tuple[str, float]]


def _measure(
    quick: bool, large_save: bool, large_doc
) -> tuple[float, float | None, Named, float, Named]:
    """(worst stall in ms, seconds the large save took or None without one, the worst
    stalls with the step each followed; the same two in UI-thread processor time)."""
    from containerstudio.model import ContainerDocument, UndoStack
    from containerstudio.ui.kit.background import BackgroundWork
    from containerstudio.ui.shell.main_window import MainWindow

    app = qapp()
    library, _folder = temp_library()
    versions = 50 if quick else 200
    with_versions = library.create_container("many versions")
    doc = ContainerDocument()
    stack = UndoStack(doc)
    for i in range(versions):
        add_strokes(stack, 1, seed=i)
        library.save_version(with_versions, doc, name=f"v{i}", kind="step")
    library.save_working(with_versions, doc)
    other = library.create_container("another")
    large = library.create_container("large")
    library.remember_open(with_versions)
    work = BackgroundWork()
    window = MainWindow(work, library)
    window.resize(1200, 820)
    window.show()
    app.processEvents()
    work.wait()
    app.processEvents()
    from containerstudio.app import settle_memory

    settle_memory()  # as the app does once its container is open
    save_time: list[float] = []

    def save_large() -> None:
        t0 = time.perf_counter()
        library.save_version(large, large_doc, name="large")
        save_time.append(time.perf_counter() - t0)

    beat = _Heartbeat()
    beat.step = "window just opened"
    beat.start()
    if large_save:
        work.run(save_large, storage=True)
    _run_steps(app, _session(window, with_versions, other), beat)
    beat.stop()
    window.close()
    work.wait()
    library.db.close()
    save_s = save_time[0] if save_time else None
    return beat.worst, save_s, beat.named(), beat.worst_cpu, beat.named(cpu=True)


def _worst_named(stalls: list[Named]) -> str:
    named: dict[str, float] = {}
    for found in stalls:
        for label, late in found:
            named[label] = max(named.get(label, 0.0), late)
    return ", ".join(
        f"{late:.0f} ms after '{label}'"
        for label, late in sorted(named.items(), key=lambda kv: -kv[1])[:WORST_NAMED]
    )


def run(quick: bool) -> list[Figure]:
    strokes, photos = (500, 3) if quick else (2000, 10)
    large_doc, _stack, _raw = build_document(strokes, photos)
    repeats = 1 if quick else 3
    without = [_measure(quick, False, large_doc) for _ in range(repeats)]
    baseline = max(m[0] for m in without)
    baseline_cpu = max(m[3] for m in without)
    measured = [_measure(quick, True, large_doc) for _ in range(repeats)]
    worst = max(m[0] for m in measured)
    worst_cpu = max(m[3] for m in measured)
    save_s = max(m[1] or 0.0 for m in measured)
    worst_named = _worst_named([m[2] for m in measured])
    worst_cpu_named = _worst_named([m[4] for m in measured])
    versions = 50 if quick else 200
    return [
        Figure(
            "ui_stall",
            worst,
            baseline,
            f"<= {STALL_LIMIT_MS:.0f} ms",
            worst <= STALL_LIMIT_MS,
            "ms",
            f"worst 5 ms heartbeat lateness over {repeats} scripted session(s) (strokes, "
            f"reflections typed, versions view with {versions} versions, two container "
            f"switches) while a version of {strokes} strokes and {photos} photos is saved "
            f"on the storage thread ({save_s:.2f} s); baseline: the same session without "
            f"it; worst stalls: {worst_named}",
        ),
        Figure(
            "ui_stall_cpu",
            worst_cpu,
            baseline_cpu,
            f"<= {STALL_LIMIT_MS:.0f} ms",
            worst_cpu <= STALL_LIMIT_MS,
            "ms",
            "the same sessions in UI-thread processor time: the most the app itself kept "
            "the UI thread busy between two heartbeats (beyond the 5 ms period), so a "
            "loaded machine's waiting is told apart from the app's own long turns (a wait "
            "for a lock shows in the wall-clock figure only); worst: "
            f"{worst_cpu_named}",
        ),
    ]
