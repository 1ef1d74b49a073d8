"""The always-there controls: Ground me, Pause, Hide now, Close safely (and Quit).

They act on the whole app, not on one window: their keys work in every window and
dialog (`app_filter.py`), every dialog carries them in a strip (`strip.py`), and Hide
now and Pause cover every window at once and bring each back as it was (`curtain.py`).
None of them ever loses work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QToolBar, QWidget
from shiboken6 import isValid

from containerstudio.ui.kit.calm_dialog import CalmDialog, ask
from containerstudio.ui.kit.widgets import add_to_toolbar, make_action, running_app
from containerstudio.ui.safety import keys
from containerstudio.ui.safety.app_filter import SafetyEventFilter
from containerstudio.ui.safety.covers import (
    DEFAULT_HIDE_TITLE,
    HideScreen,
    PauseScreen,
    neutral_icon,
)
from containerstudio.ui.safety.curtain import Curtain, belongs_to
from containerstudio.ui.services import ReturnGuard

if TYPE_CHECKING:
    from containerstudio.flow import GuidedSession, PromptPack
    from containerstudio.storage.library import Library
    from containerstudio.ui.safety.grounding_dialog import GroundingDialog
    from containerstudio.ui.services import WindowServices

# Kept for callers that name the keys (menus, tests); the keys live in keys.py.
GROUND_KEYS = keys.GROUND_KEYS
PAUSE_KEYS = keys.PAUSE_KEYS
HIDE_KEYS = keys.HIDE_KEYS
CLOSE_KEYS = keys.CLOSE_KEYS
QUIT_KEYS = keys.QUIT_KEYS
REDUCED_MOTION_KEY = "reduced_motion"
SAFETY_WINDOW = "safety_window"  # a window the safety controls opened (allowed over Pause)
HIDE_TITLE_KEY = "hide_title"

__all__ = ["ReturnGuard", "SafetyControls", "SessionControl"]


class SessionControl(Protocol):
    """What the safety controls ask of the guided session (the guide's controller
    provides it), so that safety never imports the guide."""

    library: Library
    session: GuidedSession | None

    def pause(self) -> bool:
        """Stop the session clock; True if it was running."""

    def resume(self) -> None: ...

    def save(self) -> None: ...

    def grounding_pack(self) -> PromptPack | None: ...

    def close_lid(self) -> None: ...

    def open_lid(self) -> None: ...


class SafetyControls(QObject):
    """Owns the always-there controls and the screens they show.

    They exist from the window's first frame. Until the library is open (`attach`),
    there is no session to pause or lid to close, and Ground me keeps its guide still.
    """

    covered = Signal()
    """Pause or Hide now covers everything (what speaks or moves stops with it)."""

    def __init__(self, services: WindowServices) -> None:
        super().__init__(services.window)
        self.services = services
        self.window = window = services.window
        self.controller: SessionControl | None = None
        self.library: Library | None = None
        self.return_guard: ReturnGuard | None = None
        self.pause_screen = PauseScreen(window)
        self.pause_screen.returned.connect(self.resume)
        self.pause_screen.ground_requested.connect(self.ground_me)
        self.hide_screen = HideScreen(window)
        self.hide_screen.returned.connect(self.request_unhide)
        self.grounding_dialog: GroundingDialog | None = None
        self.return_box: CalmDialog | None = None
        self._paused_for_grounding = False
        self._paused_for_hide = False
        self._focus_before_grounding: QWidget | None = None
        self._curtains: list[Curtain] = []
        self._under_cover: list[QWidget] = []
        self._layout_before: QByteArray | None = None  # the panels' places under the cover
        self._shown_as: tuple[str, QIcon, str] | None = None  # title, icon, display name
        self._build_actions()
        self._build_toolbar_and_menu()
        self.key_filter = SafetyEventFilter(
            window,
            self.trigger,
            [
                self.ground_action,
                self.pause_action,
                self.hide_action,
                self.close_action,
                self.card_action,
            ],
            self._on_window_shown,
        )

    def _build_actions(self) -> None:
        tr, window = self.tr, self.window
        self.ground_action = make_action(
            window,
            tr("Ground me"),
            self.ground_me,
            GROUND_KEYS,
            tip=tr("Short exercises to come back to the here and now"),
            icon="ground-me",
        )
        self.pause_action = make_action(
            window,
            tr("Pause"),
            self.pause,
            PAUSE_KEYS,
            tip=tr("Pause everything; your work waits"),
            icon="pause",
        )
        self.hide_action = make_action(
            window,
            tr("Hide now"),
            self.hide_now,
            HIDE_KEYS,
            tip=tr("Cover every window with a plain page at once"),
            icon="hide-now",
        )
        self.close_action = make_action(
            window,
            tr("Close safely"),
            self.close_safely,
            CLOSE_KEYS,
            tip=tr("Save, close the lid, and take a moment to return"),
            icon="close-safely",
        )
        self.quit_action = make_action(
            window,
            tr("&Quit"),
            self.quit,
            QUIT_KEYS,
            tip=tr("Keep your work and close"),
            icon="quit",
        )
        self.reduced_motion_action = make_action(
            window,
            tr("Reduce motion"),
            self._on_reduced_motion_toggled,
            checkable=True,
            tip=tr("Keep the breathing guide still; only its words change"),
            icon="reduce-motion",
        )
        self.open_lid_action = make_action(
            window, tr("Open the lid…"), self.open_lid, icon="open-lid"
        )
        self.hide_title_action = make_action(
            window,
            tr("Title of the plain page…"),
            self.choose_hide_title,
            tip=tr("The neutral title Hide now shows (“Notes” unless you choose another)"),
            icon="plain-page",
        )
        self.card_action = make_action(
            window,
            tr("My safety card"),
            self.show_safety_card,
            tip=tr("Who you can reach, and what helps"),
            icon="safety-card",
        )
        # The keys are the application's (app_filter.py); these only show them in menus.
        for action in self._keyed_actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        for action in self._library_actions():
            action.setEnabled(False)  # until the library is open

    def _library_actions(self) -> tuple:
        return (
            self.open_lid_action,
            self.reduced_motion_action,
            self.card_action,
            self.hide_title_action,
        )

    def _keyed_actions(self) -> tuple:
        return (
            self.ground_action,
            self.pause_action,
            self.hide_action,
            self.close_action,
            self.quit_action,
        )

    def _build_toolbar_and_menu(self) -> None:
        tr, window = self.tr, self.window
        bar = QToolBar(tr("Always here"), window)
        bar.setObjectName("safety_toolbar")
        bar.setAccessibleName(tr("Always-there controls"))
        bar.setMovable(False)
        # The safety controls keep their words: a distressed person finds them by name.
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        spacer = QWidget(bar)
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding,
            spacer.sizePolicy().verticalPolicy().Preferred,
        )
        bar.addWidget(spacer)
        self.buttons = {}
        for action in (self.ground_action, self.pause_action, self.hide_action, self.close_action):
            self.buttons[action.text()] = add_to_toolbar(bar, action)
        self.services.add_toolbar(bar, "safety")
        self.toolbar = bar
        menu = self.session_menu = self.services.add_menu("session", tr("&Session"))
        for action in (self.ground_action, self.pause_action, self.hide_action, self.close_action):
            menu.addAction(action)
        menu.addAction(self.card_action)
        menu.addSeparator()
        menu.addAction(self.open_lid_action)
        menu.addAction(self.reduced_motion_action)
        menu.addAction(self.hide_title_action)

    def attach(self, controller: SessionControl) -> None:
        """The library is open: sessions can pause, and the person's settings apply."""
        self.controller = controller
        self.library = controller.library
        self.reduced_motion_action.setChecked(self.library.setting(REDUCED_MOTION_KEY) == "1")
        for action in self._library_actions():
            action.setEnabled(True)

    # -- state ----------------------------------------------------------------------------
    @property
    def hidden(self) -> bool:
        return self.hide_screen.isVisible()

    @property
    def paused(self) -> bool:
        return self.pause_screen.isVisible()

    @property
    def reduced_motion(self) -> bool:
        # Before the person's setting is read, the calmer choice: the guide stays still.
        return self.library is None or self.reduced_motion_action.isChecked()

    @property
    def hide_title(self) -> str:
        """The neutral title shown while hidden ("Notes" unless the person chose another)."""
        chosen = self.library.setting(HIDE_TITLE_KEY) if self.library is not None else None
        return chosen or self.tr(DEFAULT_HIDE_TITLE)

    def trigger(self, control: str) -> None:
        """A key asked for `control` (one of keys.GROUND, PAUSE, HIDE, CLOSE, QUIT)."""
        if self.hidden:
            if control == keys.QUIT:
                self._quit_now()  # quietly: nothing of the app appears first
            return  # only the deliberate Return brings anything back
        {
            keys.GROUND: self.ground_me,
            keys.PAUSE: self.pause,
            keys.HIDE: self.hide_now,
            keys.CLOSE: self.close_safely,
            keys.QUIT: self.quit,
        }[control]()

    def hold_while_covered(self) -> None:
        """A session that starts behind Pause, Hide now or Ground me waits until they end."""
        if self.hidden:
            self._paused_for_hide = self._pause_session() or self._paused_for_hide
        elif self.grounding_dialog is not None and self.grounding_dialog.isVisible():
            self._paused_for_grounding = self._pause_session() or self._paused_for_grounding
        elif self.paused:
            self._pause_session()

    def _pause_session(self) -> bool:
        """Pause the guided session, if one runs; True when it was running."""
        return self.controller.pause() if self.controller is not None else False

    def _resume_session(self) -> None:
        if self.controller is not None:
            self.controller.resume()

    def _top_window(self) -> QWidget:
        """Where a new safety window goes: above an open modal dialog, else the window."""
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible() and belongs_to(modal, self.window):
            return modal
        return self.window

    # -- covering every window ----------------------------------------------------------
    def _cover(self) -> None:
        """Hide every other window and show a neutral title and icon.

        Each cover (Pause, then Hide now over it) draws its own curtain, so lifting one
        brings back exactly what it hid (Ground me opened over Pause, say).
        """
        self.covered.emit()
        if not self._curtains:
            app = running_app()
            self._shown_as = (
                self.window.windowTitle(),
                self.window.windowIcon(),
                app.applicationDisplayName(),
            )
            # What lies under the cover is hidden too, not only out of sight: a screen
            # reader or a window grab finds nothing of the work either.
            covers = (self.pause_screen, self.hide_screen)
            # Hiding the panels and the canvas re-lays the window out (a panel grows
            # over the canvas, another tab comes to the front): keep where each was.
            self._layout_before = self.services.layout_state()
            self._under_cover = [
                child
                for child in self.window.children()
                if isinstance(child, QWidget) and child.isVisible() and child not in covers
            ]
            for child in self._under_cover:
                child.hide()
        self._curtains.append(Curtain.draw(self.window))

    def _show_title(self) -> None:
        app = running_app()
        if self.hidden or self.paused:
            title = self.hide_title if self.hidden else self.tr("Paused")
            # Qt adds the display name to every window title; while covered it says
            # nothing more than the title itself.
            app.setApplicationDisplayName(title)
            self.window.setWindowTitle(title)
            self.window.setWindowIcon(neutral_icon())
        elif self._shown_as is not None:
            title, icon, display_name = self._shown_as
            app.setApplicationDisplayName(display_name)
            self.window.setWindowTitle(title)
            self.window.setWindowIcon(icon)
            self._shown_as = None

    def _uncover(self) -> None:
        """A cover was lifted: what it hid comes back, the work too once none is left."""
        curtain = self._curtains.pop() if self._curtains else None
        if not self._curtains:
            for child in self._under_cover:
                if isValid(child):
                    child.show()
            self._under_cover = []
            if self._layout_before is not None:  # every panel where it was, same tab in front
                self.services.restore_layout(self._layout_before)
            self._layout_before = None
        self._show_title()
        if curtain is not None:
            curtain.lift()

    def _on_window_shown(self, window: QWidget) -> None:
        """A window appearing while covered (a late notice, a finished export) waits
        behind the cover with the others; over Pause, the safety windows may show."""
        if not self._curtains or window.property(SAFETY_WINDOW):
            return
        if self.hidden or self.paused:
            window.hide()
            self._curtains[-1].hidden.append(window)

    # -- Ground me ------------------------------------------------------------------------
    def _grounding_pack(self) -> PromptPack | None:
        if self.controller is not None:
            return self.controller.grounding_pack()
        from containerstudio.flow import GROUNDING_PACK_ID, find_pack, load_packs, pack_folders
        from containerstudio.ui.kit.translations import current_language

        packs = load_packs(pack_folders(None)).packs
        return find_pack(packs, GROUNDING_PACK_ID, current_language())

    def ground_me(self) -> None:
        """Open Ground me above whatever is open (a modal dialog too)."""
        if self.hidden:
            return
        if self.grounding_dialog is not None and self.grounding_dialog.isVisible():
            self.grounding_dialog.raise_()
            self.grounding_dialog.activateWindow()
            return
        self._focus_before_grounding = QApplication.focusWidget()
        self._paused_for_grounding = self._pause_session()
        from containerstudio.ui.safety.grounding_dialog import GroundingDialog  # on first use

        # A child of the open modal dialog is not blocked by it, so it can be used.
        dialog = GroundingDialog(
            self._grounding_pack(),
            self.reduced_motion,
            self._top_window(),
            library=self.library,
            work=self.services.work,
        )
        dialog.setProperty(SAFETY_WINDOW, True)
        dialog.finished.connect(self._on_grounding_dialog_finished)
        dialog.destroyed.connect(self._on_grounding_dialog_destroyed)
        self.grounding_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _on_grounding_dialog_finished(self, _result: int) -> None:
        if self._paused_for_grounding and not (self.paused or self.hidden):
            self._resume_session()
        self._paused_for_grounding = False
        if self.grounding_dialog is not None:
            self.grounding_dialog.deleteLater()
            self.grounding_dialog = None
        self._return_focus()

    def _on_grounding_dialog_destroyed(self) -> None:
        self.grounding_dialog = None

    def _return_focus(self) -> None:
        """Back to the control that had focus when Ground me opened (once the window
        system has settled who is active after Ground me went away)."""
        widget, self._focus_before_grounding = self._focus_before_grounding, None

        def give_back() -> None:
            if widget is None or not isValid(widget) or not widget.isVisible():
                return
            widget.window().raise_()
            widget.window().activateWindow()
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

        QTimer.singleShot(0, give_back)

    def show_safety_card(self) -> None:
        """The person's own safety card, above whatever is open."""
        if self.hidden or self.library is None:
            return
        from containerstudio.ui.safety.card_dialog import open_safety_card

        open_safety_card(self._top_window(), self.library, self.services.work)

    def _on_reduced_motion_toggled(self, on: bool) -> None:
        if self.library is not None:
            self.library.set_setting(REDUCED_MOTION_KEY, "1" if on else "0")
        if self.grounding_dialog is not None and self.grounding_dialog.pacer is not None:
            self.grounding_dialog.pacer.set_reduced_motion(on)

    # -- Pause ------------------------------------------------------------------------------
    def pause(self) -> None:
        """Cover every window with the calm pause screen; the session clock rests."""
        if self.paused or self.hidden:
            return
        self._pause_session()
        self._cover()
        self.pause_screen.cover()
        self._show_title()

    def resume(self) -> None:
        self.pause_screen.uncover()
        if self.grounding_dialog is not None and self.grounding_dialog.isVisible():
            self._paused_for_grounding = True  # the clock rests until Ground me closes
        elif not self.hidden:
            self._resume_session()
        self._uncover()

    # -- Hide now ---------------------------------------------------------------------------
    def hide_now(self) -> None:
        """Within this frame, every window of the app goes; one plain page remains."""
        if self.hidden:
            return
        self._paused_for_hide = self._pause_session() or self._paused_for_hide
        self._cover()
        self.hide_screen.cover()
        self._show_title()

    def choose_hide_title(self) -> None:
        """Let the person name the plain page (a title that means nothing to others)."""
        from containerstudio.ui.kit.calm_dialog import ask_value

        def keep(title: object) -> None:
            self.set_hide_title(str(title))

        ask_value(
            self._top_window(),
            self.tr("Title of the plain page"),
            self.tr("While hidden, the window is called:"),
            self.hide_title,
            keep,
            confirm=self.tr("Keep this title"),
        )

    def set_hide_title(self, title: str) -> None:
        """Keep `title` as the plain page's title (Settings and the Session menu)."""
        if self.library is not None:
            self.library.set_setting(HIDE_TITLE_KEY, title.strip())

    def request_unhide(self) -> None:
        """The person pressed Return: ask the guard (a passcode, when set), then unhide."""
        if self.return_guard is not None:
            self.return_guard(self.unhide)
        else:
            self.unhide()

    def unhide(self) -> None:
        if not self.hidden:
            return
        self.hide_screen.uncover()
        if self._paused_for_hide and not self.paused:
            self._resume_session()
        self._paused_for_hide = False
        self._uncover()

    # -- Close safely and Quit --------------------------------------------------------------
    def close_safely(self) -> None:
        """Save everything, close the lid, and offer a moment to return to the room."""
        if self.hidden:
            return
        self.services.keep_work_now()
        if self.controller is not None:
            self.controller.close_lid()
            self.controller.save()
        self._offer_moment(
            self.tr("Your container is closed"),
            self.tr(
                "Your container is closed and kept, just as you left it.\n\n"
                "Before you go, you might notice your feet on the floor, name three things "
                "you can see, and take one slow breath."
            ),
        )

    def quit(self) -> None:
        """Keep everything and close; in a session, first the same calm moment as Close
        safely offers (the lid stays as it is)."""
        if self.hidden or not self._session_running():
            self._quit_now()
            return
        self.services.keep_work_now()
        if self.controller is not None:
            self.controller.save()
        self._offer_moment(
            self.tr("Your work is kept"),
            self.tr(
                "Everything is kept, just as you left it, and the next start brings you "
                "back to this step.\n\nBefore you go, you might notice your feet on the "
                "floor, name three things you can see, and take one slow breath."
            ),
        )

    def _session_running(self) -> bool:
        session = self.controller.session if self.controller is not None else None
        return bool(session is not None and session.started and not session.finished)

    def _offer_moment(self, title: str, text: str) -> None:
        if self.return_box is not None:
            self.return_box.close()
        box = CalmDialog(
            self._top_window(),
            title,
            text,
            [
                ("ground", self.tr("Ground me first")),
                ("close", self.tr("Close Container Studio")),
                ("stay", self.tr("Stay a little longer")),
            ],
            default="stay",
        )
        box.answered.connect(self._on_moment_answered)
        box.setProperty(SAFETY_WINDOW, True)  # it may show over Pause
        box.open()
        self.return_box = box
        self.ground_first = box.buttons["ground"]
        self.close_app = box.buttons["close"]
        self.stay = box.buttons["stay"]

    def _on_moment_answered(self, key: str) -> None:
        self.return_box = None
        if key == "ground":
            self.ground_me()
        elif key == "close":
            self._quit_now()

    def _quit_now(self) -> None:
        """Close the main window; it keeps the work on its way out (closeEvent)."""
        self.window.close()

    # -- the lid ----------------------------------------------------------------------------------
    def open_lid(self) -> None:
        """Opening is a deliberate choice, confirmed calmly; "Not now" is the default."""
        ask(
            self._top_window(),
            self.tr("Open the lid?"),
            self.tr(
                "Opening your container is your choice, and it may be kinder to do it in "
                "session with your therapist. Would you like to open it now?"
            ),
            [("open", self.tr("Open the lid")), ("keep", self.tr("Not now"))],
            self._on_open_lid_answered,
            default="keep",
        )

    def _on_open_lid_answered(self, key: str) -> None:
        if key == "open" and self.controller is not None:
            self.controller.open_lid()
