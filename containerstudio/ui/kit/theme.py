"""The app's look, from one place: Calm light (the default), Calm dark and High contrast.

Each theme is a set of named colour roles. From it one QPalette and one small style
sheet are built and applied to the whole application, so every window and dialog
follows a switch at once. Widgets never write a colour: they name a role, either by a
dynamic property the sheet styles (`set_role(label, "muted")`), by an object name the
sheet knows (`#pause_screen`), or, when they paint, by `color("accent")` at paint time.

The sheet gives every focusable control a focus ring of 2 px in the theme's focus
colour. The Hide now page stays the same plain, neutral page in every theme
(`PLAIN_PAGE`): it must look like nothing in particular.

The chosen theme is remembered in one small file in the data folder (private, like
every file there) and read before the first window is made, so the app never shows a
frame in the wrong theme; nothing here touches the library or its database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from containerstudio.ui.kit.app_choice import AppChoice
from containerstudio.ui.kit.private_file import read_private_text, write_private_text

THEME_FILE = "theme"
"""The file in the data folder that names the chosen theme (one word, nothing else)."""

FOCUS_RING_PX = 2


@dataclass(frozen=True)
class Theme:
    """A theme: its key (stored), its shown name, its colour roles and the contrast
    every text/background pair it declares must reach (WCAG 2.x ratio)."""

    key: str
    name: str
    roles: Mapping[str, str]
    minimum_contrast: float

    def color(self, role: str) -> QColor:
        return QColor(self.roles[role])


ROLES = (
    "window",  # the window and dialogs
    "panel",  # side panels and docks
    "base",  # inside text fields and lists
    "text",
    "muted_text",  # secondary words (times, hints)
    "heading",  # titles and headings
    "placeholder",  # the hint inside an empty field
    "disabled_text",
    "button",
    "button_text",
    "hover",  # a button under the pointer
    "accent",  # the one calm colour of the theme
    "accent_text",  # words on the accent colour
    "selection",
    "selection_text",
    "focus_ring",
    "border",
    "attention",  # a gentle notice's background: calm, never alarming red
    "attention_text",
    "link",
    "cover",  # the Pause and lock screens
    "cover_text",
    "tooltip",
    "tooltip_text",
    "canvas_surround",  # around the page on the canvas, and behind previews
    "accent_soft",  # behind the calm icon's leaf, the breathing pacer's outer circle
    "well",  # an empty picture's place (the safety card's photo)
    "paper_mark",  # selection and crop guides, drawn on the (always light) page
    "paper_handle",  # the selection's handles on the page
)

# text/background pairs every theme declares: (text role, background role, kind);
# "text" pairs need the theme's minimum, "ring" pairs 3:1 (WCAG 1.4.11, non-text).
PAIRS: tuple[tuple[str, str, str], ...] = (
    ("text", "window", "text"),
    ("text", "panel", "text"),
    ("text", "base", "text"),
    ("muted_text", "window", "text"),
    ("muted_text", "panel", "text"),
    ("muted_text", "base", "text"),
    ("heading", "window", "text"),
    ("heading", "panel", "text"),
    ("placeholder", "base", "text"),
    ("disabled_text", "window", "text"),
    ("disabled_text", "button", "text"),
    ("button_text", "button", "text"),
    ("button_text", "hover", "text"),
    ("accent_text", "accent", "text"),
    ("selection_text", "selection", "text"),
    ("attention_text", "attention", "text"),
    ("link", "window", "text"),
    ("link", "panel", "text"),
    ("cover_text", "cover", "text"),
    ("heading", "cover", "text"),
    ("tooltip_text", "tooltip", "text"),
    ("focus_ring", "window", "ring"),
    ("focus_ring", "panel", "ring"),
    ("focus_ring", "base", "ring"),
    ("focus_ring", "button", "ring"),
    ("focus_ring", "cover", "ring"),
    ("muted_text", "well", "text"),
    ("attention_text", "window", "text"),  # a gentle note under a field
    ("accent", "window", "ring"),  # the calm icon and the pacer stand out from the page
)

RING_CONTRAST = 3.0

CALM_LIGHT = Theme(
    "calm-light",
    "Calm light",
    {
        "window": "#f3f1ec",
        "panel": "#f8f6f2",
        "base": "#ffffff",
        "text": "#2a3236",
        "muted_text": "#535c62",
        "heading": "#2f5263",
        "placeholder": "#5b646a",
        "disabled_text": "#61676b",
        "button": "#e8e4dc",
        "button_text": "#2a3236",
        "hover": "#ddd8cd",
        "accent": "#3d6f70",
        "accent_text": "#ffffff",
        "selection": "#cde2de",
        "selection_text": "#1d2a2d",
        "focus_ring": "#2760b0",
        "border": "#b3ab9c",
        "attention": "#fbf3dc",
        "attention_text": "#5a4a1e",
        "link": "#245a8a",
        "cover": "#eef1ec",
        "cover_text": "#3e474c",
        "tooltip": "#2f3a40",
        "tooltip_text": "#f5f3ee",
        "canvas_surround": "#e4dfd5",
        "accent_soft": "#dcebe8",
        "well": "#ebe7de",
        "paper_mark": "#2c6e8a",
        "paper_handle": "#ffffff",
    },
    4.5,
)

CALM_DARK = Theme(
    "calm-dark",
    "Calm dark",
    {
        "window": "#1f2427",
        "panel": "#252b2f",
        "base": "#171b1e",
        "text": "#e7e4dd",
        "muted_text": "#abb4b9",
        "heading": "#9fcfcf",
        "placeholder": "#9ba4a9",
        "disabled_text": "#a2aaaf",
        "button": "#30383c",
        "button_text": "#e7e4dd",
        "hover": "#3a4449",
        "accent": "#7fbab3",
        "accent_text": "#10201f",
        "selection": "#3c5d60",
        "selection_text": "#f3f1eb",
        "focus_ring": "#8ab4ff",
        "border": "#525d63",
        "attention": "#3a3322",
        "attention_text": "#f0deb0",
        "link": "#9cc8f0",
        "cover": "#1b2124",
        "cover_text": "#d3dfdf",
        "tooltip": "#e7e4dd",
        "tooltip_text": "#1f2427",
        "canvas_surround": "#15191b",
        "accent_soft": "#2e4a48",
        "well": "#2c3337",
        "paper_mark": "#2c6e8a",
        "paper_handle": "#ffffff",
    },
    4.5,
)

HIGH_CONTRAST = Theme(
    "high-contrast",
    "High contrast",
    {
        "window": "#000000",
        "panel": "#000000",
        "base": "#000000",
        "text": "#ffffff",
        "muted_text": "#e6e6e6",
        "heading": "#ffffff",
        "placeholder": "#d9d9d9",
        "disabled_text": "#c8c8c8",
        "button": "#000000",
        "button_text": "#ffffff",
        "hover": "#262626",
        "accent": "#ffd84d",
        "accent_text": "#000000",
        "selection": "#7fe7ff",
        "selection_text": "#000000",
        "focus_ring": "#ffff00",
        "border": "#ffffff",
        "attention": "#2b2400",
        "attention_text": "#ffffff",
        "link": "#8cf0ff",
        "cover": "#000000",
        "cover_text": "#ffffff",
        "tooltip": "#ffffff",
        "tooltip_text": "#000000",
        "canvas_surround": "#1a1a1a",
        "accent_soft": "#3a3a3a",
        "well": "#1a1a1a",
        "paper_mark": "#0040d0",
        "paper_handle": "#ffffff",
    },
    7.0,
)

THEMES: tuple[Theme, ...] = (CALM_LIGHT, CALM_DARK, HIGH_CONTRAST)
DEFAULT = CALM_LIGHT

PLAIN_PAGE: Mapping[str, str] = {"page": "#f4f4f4", "text": "#4f4f4f", "edge": "#9a9a9a"}
"""Hide now's page and its neutral icon: the same in every theme, grey without a hue.
Its text still reads at 7:1, so Return is easy to find for those who know it is there."""


def theme_named(key: str | None) -> Theme:
    """The theme stored as `key`; the default for anything else (an unknown word, a
    damaged file, nothing yet)."""
    return next((t for t in THEMES if t.key == key), DEFAULT)


# -- contrast (WCAG 2.x) ------------------------------------------------------------------
def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_color: str) -> float:
    """Relative luminance of an sRGB colour, as WCAG 2.x defines it."""
    c = QColor(hex_color)
    return 0.2126 * _linear(c.red()) + 0.7152 * _linear(c.green()) + 0.0722 * _linear(c.blue())


def contrast(a: str, b: str) -> float:
    """WCAG 2.x contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def contrast_shortfalls(theme: Theme) -> list[str]:
    """Every declared pair of `theme` below what it needs, described; empty when all meet."""
    short = []
    pairs = [(*p, theme.roles) for p in PAIRS]
    pairs.append(("text", "page", "text", PLAIN_PAGE))
    for fore, back, kind, roles in pairs:
        needed = theme.minimum_contrast if kind == "text" else RING_CONTRAST
        ratio = contrast(roles[fore], roles[back])
        if ratio < needed:
            short.append(f"{theme.key}: {fore} on {back} is {ratio:.2f}:1, needs {needed}:1")
    return short


# -- palette and style sheet --------------------------------------------------------------
def build_palette(theme: Theme) -> QPalette:
    """The QPalette of `theme` (active, inactive and disabled groups)."""
    r = theme.color
    palette = QPalette()
    Role = QPalette.ColorRole
    for role, name in (
        (Role.Window, "window"),
        (Role.WindowText, "text"),
        (Role.Base, "base"),
        (Role.AlternateBase, "panel"),
        (Role.Text, "text"),
        (Role.PlaceholderText, "placeholder"),
        (Role.Button, "button"),
        (Role.ButtonText, "button_text"),
        (Role.BrightText, "accent_text"),
        (Role.Highlight, "selection"),
        (Role.HighlightedText, "selection_text"),
        (Role.Link, "link"),
        (Role.LinkVisited, "link"),
        (Role.ToolTipBase, "tooltip"),
        (Role.ToolTipText, "tooltip_text"),
        (Role.Accent, "accent"),
        (Role.Light, "base"),
        (Role.Midlight, "hover"),
        (Role.Mid, "border"),
        (Role.Dark, "border"),
        (Role.Shadow, "border"),
    ):
        palette.setColor(role, r(name))
    disabled = QPalette.ColorGroup.Disabled
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(disabled, role, r("disabled_text"))
    return palette


_FOCUSABLE_FIELDS = (
    "QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDoubleSpinBox, QComboBox,"
    " QListView, QTreeView, QTableView"
)


def build_style_sheet(theme: Theme) -> str:
    """The small application style sheet of `theme`: calm buttons and fields, a focus
    ring on every focusable control kind, and the named roles widgets ask for."""
    c = dict(theme.roles)
    c["plain_page"], c["plain_text"] = PLAIN_PAGE["page"], PLAIN_PAGE["text"]
    ring = f"{FOCUS_RING_PX}px solid {c['focus_ring']}"
    # A focused control swaps 1 px of padding for the ring's second pixel: nothing moves.
    return f"""
QToolTip {{ color: {c["tooltip_text"]}; background: {c["tooltip"]};
    border: 1px solid {c["border"]}; padding: 4px; }}
QPushButton {{ background: {c["button"]}; color: {c["button_text"]};
    border: 1px solid {c["border"]}; border-radius: 6px; padding: 3px 11px; }}
QPushButton:hover {{ background: {c["hover"]}; }}
QPushButton:pressed, QPushButton:checked {{ background: {c["selection"]};
    color: {c["selection_text"]}; }}
QPushButton:flat {{ background: transparent; border-color: transparent; }}
QPushButton:disabled {{ color: {c["disabled_text"]}; }}
QPushButton:focus {{ border: {ring}; padding: 2px 10px; }}
QToolButton {{ color: {c["button_text"]}; border: 1px solid transparent; border-radius: 6px;
    padding: 3px; }}
QToolButton:hover {{ background: {c["hover"]}; border-color: {c["border"]}; }}
QToolButton:checked {{ background: {c["selection"]}; color: {c["selection_text"]};
    border-color: {c["accent"]}; }}
QToolButton:disabled {{ color: {c["disabled_text"]}; }}
QToolButton:focus {{ border: {ring}; padding: 2px; }}
{_FOCUSABLE_FIELDS} {{ background: {c["base"]}; color: {c["text"]};
    border: 1px solid {c["border"]}; border-radius: 4px; padding: 2px;
    selection-background-color: {c["selection"]}; selection-color: {c["selection_text"]}; }}
{", ".join(f"{w.strip()}:focus" for w in _FOCUSABLE_FIELDS.split(","))} {{
    border: {ring}; padding: 1px; }}
QCheckBox, QRadioButton, QSlider {{ border: {FOCUS_RING_PX}px solid transparent;
    border-radius: 4px; padding: 0 2px; }}
QCheckBox:focus, QRadioButton:focus, QSlider:focus {{ border-color: {c["focus_ring"]}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 14px; height: 14px;
    border: 2px solid {c["muted_text"]}; border-radius: 3px; background: {c["base"]}; }}
QRadioButton::indicator {{ border-radius: 9px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{
    background: {c["accent"]}; border-color: {c["text"]}; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border-color: {c["disabled_text"]}; }}
QSlider::groove:horizontal {{ height: 4px; background: {c["border"]}; border-radius: 2px; }}
QSlider::sub-page:horizontal {{ background: {c["accent"]}; border-radius: 2px; }}
QSlider::handle:horizontal {{ background: {c["accent"]}; border: 2px solid {c["text"]};
    width: 12px; margin: -6px 0; border-radius: 8px; }}
QScrollBar:vertical {{ background: {c["panel"]}; width: 12px; margin: 0; }}
QScrollBar:horizontal {{ background: {c["panel"]}; height: 12px; margin: 0; }}
QScrollBar::handle {{ background: {c["border"]}; border-radius: 5px; margin: 2px; }}
QScrollBar::handle:vertical {{ min-height: 28px; }}
QScrollBar::handle:horizontal {{ min-width: 28px; }}
QScrollBar::handle:hover {{ background: {c["muted_text"]}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QTabBar::tab:focus {{ border: {ring}; }}
QLabel[role="muted"] {{ color: {c["muted_text"]}; }}
QLabel[role="heading"] {{ color: {c["heading"]}; font-weight: bold; }}
QLabel[role="accent"] {{ color: {c["heading"]}; }}
QLabel[role="title"] {{ color: {c["heading"]}; font-size: 22pt; }}
QLabel[role="step_title"] {{ font-size: 16pt; }}
QLabel[role="end_title"] {{ font-size: 14pt; }}
QLabel[role="notice"], QPushButton[role="notice"] {{ color: {c["attention_text"]};
    background: {c["attention"]}; padding: 6px; border-radius: 4px; text-align: left; }}
QPushButton[role="link"] {{ color: {c["link"]}; text-decoration: underline; padding: 2px 3px;
    background: transparent; border: 1px solid transparent; }}
QPushButton[role="link"]:focus {{ border: {ring}; padding: 1px 2px; }}
QPushButton[role="choice"] {{ padding: 3px 1px; }}
QPushButton[role="choice"]:focus {{ padding: 2px 0; }}
QPushButton[role="choice"]:checked {{ background: {c["accent"]}; color: {c["accent_text"]};
    font-weight: bold; }}
QLabel[role="note"] {{ color: {c["attention_text"]}; }}
QLabel[role="well"] {{ color: {c["muted_text"]}; background: {c["well"]}; }}
QToolButton[swatch="true"] {{ border: 1px solid {c["border"]}; border-radius: 14px;
    padding: 0; }}
QToolButton[swatch="true"]:checked {{ border: 3px solid {c["text"]}; }}
QToolButton[swatch="true"]:focus {{ border: 3px solid {c["focus_ring"]}; }}
QLabel[role="hint"] {{ color: {c["selection_text"]}; background: {c["selection"]}; padding: 6px;
    border-radius: 4px; }}
#pause_screen, #lock_screen {{ background: {c["cover"]}; }}
#pause_screen QLabel, #lock_screen QLabel {{ color: {c["cover_text"]}; }}
#pause_screen QLabel[role="title"], #lock_screen QLabel[role="title"] {{
    color: {c["heading"]}; }}
#hide_screen {{ background: {c["plain_page"]}; }}
#hide_screen QPushButton {{ color: {c["plain_text"]}; background: transparent;
    border-color: transparent; }}
#hide_screen QPushButton:focus {{ border: 2px solid {c["plain_text"]}; }}
#canvas_surround {{ background: {c["canvas_surround"]}; }}
QGraphicsView {{ border: {FOCUS_RING_PX}px solid {c["canvas_surround"]}; }}
QGraphicsView:focus {{ border-color: {c["focus_ring"]}; }}
"""


# -- applying and remembering -------------------------------------------------------------
class _ThemeInUse(AppChoice[Theme]):
    """The theme in use (`changed` gives the Theme), and the rules others add to every
    theme's sheet."""

    def __init__(self) -> None:
        super().__init__(DEFAULT)
        self.additions: dict[str, str] = {}


@cache
def current_state() -> _ThemeInUse:
    """The one record of the theme in use (made on first use, after the QApplication)."""
    return _ThemeInUse()


def current() -> Theme:
    """The theme in use (the default until one is applied)."""
    return current_state().value


def color(role: str) -> QColor:
    """The colour of `role` in the theme in use: for widgets that paint (ask at paint
    time, so a switch shows at the next repaint)."""
    return current().color(role)


STYLED_ROLES = frozenset(
    {"muted", "heading", "accent", "title", "step_title", "end_title", "notice", "link"}
    | {"note", "well", "hint", "choice"}
)


def set_role(widget: QWidget, role: str) -> None:
    """Style `widget` by a named role of the theme's sheet (one of STYLED_ROLES: a name the
    sheet does not style would leave the widget silently unstyled)."""
    if role not in STYLED_ROLES:
        raise ValueError(f"no such theme role: {role!r}")
    widget.setProperty("role", role)


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Make `theme` the look of every window and dialog, now and from here on."""
    state = current_state()
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")  # the one style that draws the palette as given
    app.setPalette(build_palette(theme))
    app.setStyleSheet(build_style_sheet(theme) + "".join(state.additions.values()))
    state.take(theme)


def set_sheet_addition(app: QApplication, name: str, rules: str) -> None:
    """Add `rules` (named, so they can be replaced or cleared with "") to the sheet of
    every theme, now and after a switch: large targets use it (`kit/preferences.py`)."""
    state = current_state()
    if state.additions.get(name, "") == rules:
        return
    if rules:
        state.additions[name] = rules
    else:
        state.additions.pop(name, None)
    app.setStyleSheet(build_style_sheet(state.value) + "".join(state.additions.values()))


def saved_theme(data_dir: Path) -> Theme:
    """The theme last chosen for this data folder (the default when none was or the
    file cannot be read)."""
    word = read_private_text(data_dir / THEME_FILE)
    return theme_named(word.strip() if word is not None else None)


def apply_saved_theme(app: QApplication, data_dir: Path) -> Theme:
    """At start-up, before the first window: apply the theme chosen last time, and
    remember later choices in `data_dir`."""
    theme = saved_theme(data_dir)
    current_state().data_dir = data_dir
    apply_theme(app, theme)
    return theme


def remember(data_dir: Path, theme: Theme) -> bool:
    """Write the choice into the data folder: a private file replaced whole, so a crash
    never leaves half a word. False when it cannot be written (the choice still holds
    for this run)."""
    return write_private_text(data_dir / THEME_FILE, theme.key + "\n")


def choose_theme(app: QApplication, theme: Theme) -> None:
    """The person chose `theme` (View → Theme): apply it everywhere and remember it."""
    apply_theme(app, theme)
    data_dir = current_state().folder()
    if data_dir is not None:
        remember(data_dir, theme)
