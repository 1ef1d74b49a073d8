"""Naming a new container: one calm question with a neutral default that has the date.

The name is the person's: it is stored like every title (sealed under a passcode) and
never shown in a window title or written to a log. Both the library's "New container"
button and the main window's "New container" action ask through here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QWidget

from containerstudio.model import clock
from containerstudio.ui.kit.calm_dialog import AskValueDialog, ask_value


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContainerNaming", text)


def default_title(today: dt.date | None = None) -> str:
    """A neutral title with the date, e.g. "Container, 2 December" (in the app's locale)."""
    day = today or clock.now().date()
    when = QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM")
    return _tr("Container, %s") % when


def ask_container_name(parent: QWidget, on_name: Callable[[str], object]) -> AskValueDialog:
    """Ask what to call a new container; `on_name(title)` when the person confirms.

    An empty answer keeps the neutral default, so confirming always makes one."""

    fallback = default_title()

    def chosen(value: object) -> None:
        on_name(str(value).strip() or fallback)

    return ask_value(
        parent,
        _tr("New container"),
        _tr("What would you like to call it? You can change this later."),
        fallback,
        chosen,
        confirm=_tr("Make it"),
    )


def ask_new_title(
    parent: QWidget, current: str, on_name: Callable[[str], object]
) -> AskValueDialog:
    """Ask for a container's new title (starting from `current`); `on_name(title)` when
    the person confirms a title that is not empty."""

    def chosen(value: object) -> None:
        if str(value).strip():
            on_name(str(value).strip())

    return ask_value(
        parent, _tr("Rename"), _tr("New title:"), current, chosen, confirm=_tr("Rename")
    )
