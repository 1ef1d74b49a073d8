"""The person's own settings that shape the whole app: text size, large targets, the
default page size and the default session length.

They are kept in one small private file in the data folder (like the theme: read
before the first window, so the first frame already has the chosen text size), never
in the library. A file that cannot be read gives the defaults and is left as it is.

Text size scales the application font (100–200 %), at once; UI scale scales everything
(icons, spacing, text) through Qt's own scale factor, from the next start. Large
targets make every control a person clicks at least 44×44 px (`LARGE_TARGET_PX`,
WCAG 2.5.5): the theme's style sheet gets a few rules more, and widgets that set their
own size ask `target(px)`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from functools import cache
from pathlib import Path

from PySide6.QtWidgets import QApplication, QComboBox

from containerstudio.ui.kit.app_choice import AppChoice
from containerstudio.ui.kit.private_file import read_private_text, write_private_text
from containerstudio.ui.kit.theme import set_sheet_addition

PREFERENCES_FILE = "preferences.json"
LARGE_TARGET_PX = 44
SCALE_RANGE = (100, 200)
PAGE_SIZES = ("a4", "letter")
SESSION_MINUTES_RANGE = (0, 180)


@dataclass(frozen=True)
class Preferences:
    """What the person chose; the defaults are a first start's."""

    text_scale: int = 100
    """Text size in percent of the system's (100–200)."""
    large_targets: bool = False
    page_size: str = "a4"
    """The page size exports start with ("a4" or "letter")."""
    session_minutes: int = 0
    """The session length the guide offers first (0: no set length)."""
    ui_scale: int = 100
    """Everything's size in percent (100–200): icons, spacing and text; Qt scales the
    whole app by it from the next start (`ui_scale_environment`)."""

    def checked(self) -> Preferences:
        """The same, each value brought within what it may be."""
        low, high = SCALE_RANGE
        m_low, m_high = SESSION_MINUTES_RANGE
        return Preferences(
            text_scale=min(high, max(low, int(self.text_scale))),
            large_targets=bool(self.large_targets),
            page_size=self.page_size if self.page_size in PAGE_SIZES else "a4",
            session_minutes=min(m_high, max(m_low, int(self.session_minutes))),
            ui_scale=min(high, max(low, int(self.ui_scale))),
        )


def read_preferences(data_dir: Path) -> Preferences:
    """The preferences saved in `data_dir`; the defaults for anything missing or
    unreadable (a damaged file changes nothing else)."""
    try:
        data = json.loads(read_private_text(data_dir / PREFERENCES_FILE) or "{}")
    except ValueError:
        return Preferences()
    if not isinstance(data, dict):
        return Preferences()
    known = {k: v for k, v in data.items() if k in Preferences.__dataclass_fields__}
    try:
        return Preferences(**known).checked()
    except (TypeError, ValueError):
        return Preferences()


def ui_scale_environment(data_dir: Path, environ: dict[str, str]) -> dict[str, str]:
    """The environment for Qt to scale the whole app by the chosen UI scale: read before
    the QApplication exists (Qt reads QT_SCALE_FACTOR once, as it starts). A scale the
    person set for Qt themselves (QT_SCALE_FACTOR already there) is left as it is."""
    scale = read_preferences(data_dir).ui_scale
    if scale == 100 or "QT_SCALE_FACTOR" in environ:
        return {}
    return {"QT_SCALE_FACTOR": f"{scale / 100:g}"}


def write_preferences(data_dir: Path, prefs: Preferences) -> bool:
    """Keep `prefs` in `data_dir`: a private file replaced whole, so a crash never leaves
    half of it. False when it cannot be written (the choice still holds for this run)."""
    return write_private_text(data_dir / PREFERENCES_FILE, json.dumps(asdict(prefs), indent=1))


class _PreferencesInUse(AppChoice[Preferences]):
    """The preferences in use (`changed` gives the Preferences), and the font's size at
    100 %."""

    def __init__(self) -> None:
        super().__init__(Preferences())
        self.base_point_size: float | None = None


@cache
def current_state() -> _PreferencesInUse:
    """The one record of the preferences in use (made on first use)."""
    return _PreferencesInUse()


def current() -> Preferences:
    return current_state().value


def large_targets() -> bool:
    return current().large_targets


def target(px: int) -> int:
    """A control's own size `px`, grown to the large target while large targets are on."""
    return max(px, LARGE_TARGET_PX) if large_targets() else px


def show_default_page(box: QComboBox) -> None:
    """Set a page-size box (items with data "a4", "letter") to the chosen default, as
    it is built (quietly: the dialog around it may not be whole yet)."""
    index = box.findData(current().page_size)
    if index >= 0:
        box.blockSignals(True)
        box.setCurrentIndex(index)
        box.blockSignals(False)


LARGE_TARGET_SHEET = f"""
QPushButton, QToolButton, QComboBox, QAbstractSpinBox, QLineEdit {{
    min-height: {LARGE_TARGET_PX}px; }}
QPushButton, QToolButton {{ min-width: {LARGE_TARGET_PX}px; }}
QCheckBox, QRadioButton, QSlider {{ min-height: {LARGE_TARGET_PX}px; }}
QTabBar::tab {{ min-height: {LARGE_TARGET_PX}px; min-width: {LARGE_TARGET_PX}px; }}
QListView::item, QTreeView::item {{ min-height: {LARGE_TARGET_PX}px; }}
QHeaderView::section {{ min-height: {LARGE_TARGET_PX}px; }}
QDockWidget::close-button, QDockWidget::float-button {{ min-width: {LARGE_TARGET_PX}px;
    min-height: {LARGE_TARGET_PX}px; }}
QMenuBar::item, QMenu::item {{ min-height: {LARGE_TARGET_PX - 12}px; padding: 6px 12px; }}
"""
"""The rules large targets add to the theme's sheet. The sizes are of the contents:
a button's padding and border (and a check box's ring) bring each to 44 px or more."""


def apply_preferences(app: QApplication, prefs: Preferences) -> None:
    """Make `prefs` the app's, now: the text size and the large targets show at once."""
    state = current_state()
    prefs = prefs.checked()
    font = app.font()
    if state.base_point_size is None:
        state.base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    size = round(state.base_point_size * prefs.text_scale / 100, 1)
    if abs(font.pointSizeF() - size) > 0.05:
        font.setPointSizeF(size)
        app.setFont(font)
        app.setStyleSheet(app.styleSheet())  # widgets styled by the sheet take the size too
    set_sheet_addition(app, "large_targets", LARGE_TARGET_SHEET if prefs.large_targets else "")
    state.take(prefs)


def apply_saved_preferences(app: QApplication, data_dir: Path) -> Preferences:
    """At start-up, before the first window: the preferences saved last time, and later
    choices remembered in `data_dir`."""
    state = current_state()
    state.data_dir = data_dir
    prefs = read_preferences(data_dir)
    apply_preferences(app, prefs)
    return prefs


def choose(app: QApplication, **changes: object) -> Preferences:
    """The person changed some preferences (Settings, the welcome): apply and keep them
    (in the data folder they were read from at start-up)."""
    state = current_state()
    prefs = replace(state.value, **changes).checked()  # type: ignore[arg-type]
    apply_preferences(app, prefs)
    data_dir = state.folder()
    if data_dir is not None:
        write_preferences(data_dir, prefs)
    return prefs
