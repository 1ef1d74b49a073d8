"""The keys of the always-there controls, the same in every window of the app."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

GROUND_KEYS = ["F1", "Ctrl+G"]
PAUSE_KEYS = ["F2", "Ctrl+Shift+P"]
HIDE_KEYS = ["F12", "Ctrl+H"]
CLOSE_KEYS = ["Ctrl+W"]
QUIT_KEYS = ["Ctrl+Q"]

GROUND, PAUSE, HIDE, CLOSE, QUIT = "ground", "pause", "hide", "close", "quit"
KEYS_BY_CONTROL: dict[str, list[str]] = {
    GROUND: GROUND_KEYS,
    PAUSE: PAUSE_KEYS,
    HIDE: HIDE_KEYS,
    CLOSE: CLOSE_KEYS,
    QUIT: QUIT_KEYS,
}

_IGNORED_MODIFIERS = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.GroupSwitchModifier


def _combined(sequence: str) -> int:
    # QKeySequence is indexable (operator[]); the PySide6 stubs do not say so.
    return QKeySequence(sequence)[0].toCombined()  # type: ignore[index]


_CONTROL_BY_KEY: dict[int, str] = {
    _combined(key): control for control, keys in KEYS_BY_CONTROL.items() for key in keys
}


def control_for(event: QKeyEvent) -> str | None:
    """Which always-there control the key event asks for, if any."""
    key = event.key()
    if key in (Qt.Key.Key_unknown, Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt):
        return None
    modifiers = event.modifiers() & ~_IGNORED_MODIFIERS
    combined = key | modifiers.value
    return _CONTROL_BY_KEY.get(combined)
