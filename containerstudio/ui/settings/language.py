"""The language row of the Settings dialog, built from what the translations offer.

The dialog does not know where languages come from: the shell hands it a
`LanguageChoices` (made from `ui/kit/translations.py`), and the row is there only then.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget


@dataclass(frozen=True)
class LanguageChoices:
    """What the language row offers and does."""

    available: Callable[[], Sequence[tuple[str, str]]]
    """(code, name) of each choice, in order ("system" first: follow the system)."""
    current: Callable[[], str]
    """The code chosen now."""
    choose: Callable[[str], bool]
    """Choose a code; True when open windows show it fully only from the next start."""


def language_box(choices: LanguageChoices, parent: QWidget) -> QComboBox:
    """A box of the languages, the current one chosen; each name as the language's own."""
    box = QComboBox(parent)
    box.setObjectName("settings_language")
    box.setAccessibleName(QCoreApplication.translate("LanguageRow", "Language"))
    for code, name in choices.available():
        box.addItem(name, code)
    index = box.findData(choices.current())
    box.setCurrentIndex(max(0, index))
    return box
