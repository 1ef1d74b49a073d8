"""What the welcome remembers: that it was shown, how the app will be used, a text size.

One small private file in the data folder (`welcome`, two words), like the theme's: read
when the library opens, replaced whole when written, never naming anything the person
made. Its presence is the marker that the welcome was shown (so it shows once).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from containerstudio.ui.kit.private_file import read_private_text, write_private_text

WELCOME_FILE = "welcome"


@dataclass(frozen=True)
class Use:
    """How the app will be used, and the defaults that follow from it."""

    key: str
    pack_id: str  # the exercise the guide offers first
    use_pack_length: bool  # False: "no set length", the session clock stays out of it


USES: tuple[Use, ...] = (
    Use("own", "container", False),
    Use("therapist", "container", True),
    Use("group", "container-group", True),
)
DEFAULT_USE = USES[0]

TEXT_SIZES: tuple[tuple[str, float], ...] = (
    ("standard", 1.0),
    ("larger", 1.2),
    ("largest", 1.45),
)
"""Text size keys and their factor on the system's font size."""
DEFAULT_TEXT = "standard"


@dataclass(frozen=True)
class WelcomeChoices:
    use: Use = DEFAULT_USE
    text_size: str = DEFAULT_TEXT

    @property
    def text_factor(self) -> float:
        return dict(TEXT_SIZES).get(self.text_size, 1.0)


def use_named(key: str) -> Use:
    return next((u for u in USES if u.key == key), DEFAULT_USE)


def read_choices(data_dir: Path) -> WelcomeChoices | None:
    """What was chosen in `data_dir`; None when the welcome was never shown there.
    A file that cannot be read as two words gives the defaults (it was shown)."""
    path = data_dir / WELCOME_FILE
    text = read_private_text(path)
    if text is None:
        return WelcomeChoices() if path.exists() else None
    words = text.split()
    use = use_named(words[0]) if words else DEFAULT_USE
    size = words[1] if len(words) > 1 and words[1] in dict(TEXT_SIZES) else DEFAULT_TEXT
    return WelcomeChoices(use, size)


def remember(data_dir: Path, choices: WelcomeChoices) -> bool:
    """Write the choices (and so the marker): a private file replaced whole. False when
    it cannot be written (the choices still hold for this run)."""
    return write_private_text(data_dir / WELCOME_FILE, f"{choices.use.key} {choices.text_size}\n")
