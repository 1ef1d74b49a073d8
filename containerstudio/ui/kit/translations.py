"""The app's languages: which exist, which one is in use, and switching between them.

Every text goes through `tr()`; the catalogues in `resources/translations/` (Qt Linguist
sources, compiled to .qm by the setup: see scripts/translations.py) give each language
its words and its real plural forms ("1 slip", "2 slips"). English is the source
language; its catalogue holds only the plural forms of the "%n …(s)" keys.

The person's choice is kept in the data folder like the theme (a file `language`
holding a code, or "system"); by default the app follows the system's language when it
has a catalogue for it, else English. Dates and numbers follow the language too
(`QLocale.setDefault`), and a right-to-left language mirrors the layout.

Widgets word themselves as they are made, so a language chosen while windows are shown
applies from the next start (one language at a time, never a mix); `set_language` says
whether that is the case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTranslator,
)

from containerstudio.resources import resources_dir
from containerstudio.ui.kit.app_choice import AppChoice
from containerstudio.ui.kit.private_file import read_private_text, write_private_text

CATALOGUE_PREFIX = "containerstudio_"
ENGLISH_PLURALS = "containerstudio_en"  # the English catalogue: plural forms only
SOURCE_LANGUAGE = "en"
SYSTEM = "system"
"""The saved choice that follows the system's language."""
LANGUAGE_FILE = "language"
_TRANSLATOR_NAME = "containerstudio_translator"


@dataclass(frozen=True)
class Language:
    """One language the app speaks: its code and its own name for itself."""

    code: str
    name: str
    right_to_left: bool = False


# Each language by its own name, so a person who reads only that one finds it.
KNOWN: dict[str, Language] = {
    "en": Language("en", "English"),
    "es": Language("es", "Español"),
    "ar": Language("ar", "العربية", right_to_left=True),
}


class _LanguageInUse(AppChoice[str]):
    """The code of the language in use (`changed` gives the code), and what the person
    chose: a code, or "system"."""

    def __init__(self) -> None:
        super().__init__(SOURCE_LANGUAGE)
        self.choice = SYSTEM


@cache
def current_state() -> _LanguageInUse:
    """The one record of the language in use (made on first use)."""
    return _LanguageInUse()


def catalogue_folder() -> Path:
    return resources_dir() / "translations"


def available_languages() -> list[Language]:
    """The languages whose catalogue is compiled and shipped, English first."""
    folder = catalogue_folder()
    found = [KNOWN[SOURCE_LANGUAGE]]
    for code, language in KNOWN.items():
        if code != SOURCE_LANGUAGE and (folder / f"{CATALOGUE_PREFIX}{code}.qm").is_file():
            found.append(language)
    return found


def system_language() -> str:
    """The system's language when the app speaks it (its base too: es-MX → es), else
    English."""
    codes = {language.code for language in available_languages()}
    for name in QLocale.system().uiLanguages():
        for candidate in (name.replace("_", "-"), name.replace("_", "-").split("-")[0]):
            if candidate in codes:
                return candidate
    return SOURCE_LANGUAGE


def resolve(choice: str) -> str:
    """The language a saved choice means: "system" follows the system; an unknown or
    unshipped code falls back to English."""
    if choice == SYSTEM:
        return system_language()
    codes = {language.code for language in available_languages()}
    return choice if choice in codes else SOURCE_LANGUAGE


def current_language() -> str:
    """The code of the language in use ("en" until one is applied)."""
    return current_state().value


def current_choice() -> str:
    """What the person chose: a code, or "system"."""
    return current_state().choice


def is_right_to_left(code: str | None = None) -> bool:
    language = KNOWN.get(code or current_language())
    return language is not None and language.right_to_left


def _catalogues(code: str) -> list[tuple[str, str]]:
    """(file name, folder) of each catalogue a language loads: Qt's own words for its
    stock buttons and dialogs, then the app's (English: only its plural forms)."""
    files = []
    if code != SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files.append((f"qtbase_{code}", qt_folder))
    files.append((f"{CATALOGUE_PREFIX}{code}", str(catalogue_folder())))
    return files


def _install(app: QCoreApplication, code: str) -> QTranslator | None:
    """Replace the app's translators with `code`'s; the app's own one is returned (None
    when its file is missing: the English keys then show)."""
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    ours = None
    for name, folder in _catalogues(code):
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR_NAME)
        if not translator.load(name, folder):
            translator.setParent(None)
            translator.deleteLater()
            continue
        app.installTranslator(translator)
        if name.startswith(CATALOGUE_PREFIX):
            ours = translator
    return ours


def apply_language(app: QCoreApplication, code: str) -> QTranslator | None:
    """Make `code` the language of every text, date and number made from here on, and
    of the layout's direction. Returns the app's own translator (None if missing)."""
    state = current_state()
    translator = _install(app, code)
    QLocale.setDefault(_locale_for(code))
    direction = (
        Qt.LayoutDirection.RightToLeft if is_right_to_left(code) else Qt.LayoutDirection.LeftToRight
    )
    set_direction = getattr(app, "setLayoutDirection", None)  # a QGuiApplication
    if set_direction is not None:
        set_direction(direction)
    state.take(code)
    return translator


def _locale_for(code: str) -> QLocale:
    """The system's own locale when it speaks `code` (its region's dates: es-MX, en-GB),
    else the language's main one."""
    system = QLocale.system()
    if system.name().replace("_", "-").split("-")[0] == code:
        return system
    return QLocale(code)


def install_translations(app: QCoreApplication) -> QTranslator | None:
    """Install the catalogue of the language in use once per application (later calls
    return the same translator); None when the file is missing (the keys then show)."""
    wanted = f"{CATALOGUE_PREFIX}{current_language()}"
    for installed in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        if Path(installed.filePath()).stem == wanted:
            return installed
    return apply_language(app, current_language())


def translator_for(code: str, context: str) -> Callable[[str], str]:
    """Translate texts of one context into `code`, whatever language the app uses (the
    command line prints a Spanish pack's worksheets with Spanish words, without an
    application). A text the catalogue lacks stays English."""
    translator = QTranslator()
    loaded = translator.load(f"{CATALOGUE_PREFIX}{code}", str(catalogue_folder()))

    def translate(text: str) -> str:
        return (translator.translate(context, text) if loaded else "") or text

    translate.translator = translator  # type: ignore[attr-defined]  # kept alive with it
    return translate


# -- the saved choice ---------------------------------------------------------------
def saved_choice(data_dir: Path) -> str:
    """The choice last saved in this data folder ("system" when none was, or the file
    cannot be read)."""
    word = (read_private_text(data_dir / LANGUAGE_FILE) or SYSTEM).strip()
    return word if word == SYSTEM or word in KNOWN else SYSTEM


def apply_saved_language(app: QCoreApplication, data_dir: Path) -> str:
    """At start-up, before the first window: apply the language chosen last time (or
    the system's), and remember later choices in `data_dir`. Returns the code."""
    state = current_state()
    state.data_dir = data_dir
    state.choice = saved_choice(data_dir)
    code = resolve(state.choice)
    apply_language(app, code)
    return code


def remember(data_dir: Path, choice: str) -> bool:
    """Write the choice into the data folder: a private file replaced whole. False when
    it cannot be written (the choice still holds for this run)."""
    return write_private_text(data_dir / LANGUAGE_FILE, choice + "\n")


def set_language(app: QCoreApplication, choice: str, *, remember_it: bool = True) -> bool:
    """The person chose a language (a code, or "system"); it is remembered for the next
    start. With no window shown yet it applies at once; windows already shown keep the
    words they were made with, so the app goes on in one language until its next start.
    True when the choice waits for that next start (say so calmly)."""
    if choice != SYSTEM and choice not in KNOWN:
        raise ValueError(f"no such language: {choice!r}")
    state = current_state()
    state.choice = choice
    data_dir = state.folder()
    if remember_it and data_dir is not None:
        remember(data_dir, choice)
    code = resolve(choice)
    if code == state.value:
        return False
    if _windows_shown(app):
        return True
    apply_language(app, code)
    return False


def _windows_shown(app: QCoreApplication) -> bool:
    from PySide6.QtWidgets import QApplication

    if not isinstance(app, QApplication):
        return False
    return any(widget.isVisible() for widget in QApplication.topLevelWidgets())


# -- dates and numbers in the language in use --------------------------------------
def format_date(day: dt.date, long: bool = False, locale: QLocale | None = None) -> str:
    """A date as the language in use writes it (or `locale`): short ("2/12/26"), or long
    with the weekday ("miércoles, 2 de diciembre de 2026")."""
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), form)


def format_time(moment: dt.datetime | dt.time, seconds: bool = False) -> str:
    """A time of day as the language writes it (hours and minutes, seconds if asked)."""
    time = QTime(moment.hour, moment.minute, moment.second)
    return QLocale().toString(time, "HH:mm:ss" if seconds else "HH:mm")


def format_moment(moment: dt.datetime, year: bool = True) -> str:
    """A date and time, short, as the language writes them ("2 dic 2026, 14:05")."""
    when = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    return QLocale().toString(when, "d MMM yyyy, HH:mm" if year else "d MMM, HH:mm")


def format_number(value: float, decimals: int | None = None) -> str:
    """A number with the language's separators ("1,5" and "12.345,5" in Spanish): as
    short as it is (2, 1.5) unless `decimals` fixes its places."""
    if decimals is None:
        return QLocale().toString(float(value), "g", 12)
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)
