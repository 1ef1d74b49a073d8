"""Session → Read this step aloud: the guide's words spoken by the system's speech engine.

Optional, and only where the computer offers an engine: Qt's text-to-speech module when
it is installed, else a speech program on the PATH (speech-dispatcher's `spd-say`,
eSpeak NG, eSpeak). None of them reaches the network. Without one, a calm note says so
and how to add one. Only the pack's own words are spoken (the step's title, text and
prompts), never what the person wrote.
"""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess

from containerstudio.ui.kit.calm_dialog import tell
from containerstudio.ui.kit.widgets import make_action

if TYPE_CHECKING:
    from containerstudio.ui.guide.step_panel import StepPanel
    from containerstudio.ui.services import WindowServices

SPEECH_PROGRAMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("spd-say", ("--wait",)),
    ("espeak-ng", ()),
    ("espeak", ()),
)
"""Speech programs tried in turn (name, arguments before the text)."""


def find_speech_program() -> tuple[str, tuple[str, ...]] | None:
    """The first speech program on the PATH, with its arguments; None when there is none."""
    for name, args in SPEECH_PROGRAMS:
        found = shutil.which(name)
        if found:
            return found, args
    return None


class ReadAloud(QObject):
    """The action, and the one speech program running while a step is read."""

    def __init__(self, services: WindowServices, panel: StepPanel) -> None:
        super().__init__(services.window)
        self.services = services
        self.panel = panel
        self.process: QProcess | None = None
        self.action = make_action(
            services.window,
            self.tr("&Read this step aloud"),
            self.read,
            ["Ctrl+Shift+R"],
            icon="read-aloud",
            tip=self.tr("Hear the guide's words for this step (again to stop)"),
        )
        services.menu("session").addAction(self.action)

    @property
    def speaking(self) -> bool:
        return self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning

    def read(self) -> None:
        """Speak the words on show (a second press while speaking stops)."""
        if self.speaking:
            self.stop()
            return
        program = find_speech_program()
        if program is None:
            tell(
                self.services.window,
                self.tr("Read aloud"),
                self.tr("This computer has no speech engine Container Studio can use."),
                detail=self.tr(
                    "If you would like the steps read aloud, you may install one, for "
                    "example speech-dispatcher or eSpeak NG, and choose this again. "
                    "Nothing else changes."
                ),
            )
            return
        path, args = program
        process = QProcess(self)
        process.setProgram(path)
        process.setArguments([*args, "--", self.panel.spoken_text()])
        process.start()
        self.process = process

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.waitForFinished(1000)
            self.process = None
