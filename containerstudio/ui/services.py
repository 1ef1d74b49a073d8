"""What a feature may use of its window: the one way in (issue 14).

Every feature (export, versions, studio, guide, safety, lock, the menus) receives one
`WindowServices` instead of the main window. It offers, typed, what features need: the
open container and a signal when another opens, the library once it is ready, the
background helper, notices and the save status, opening and creating containers, the
safety controls, the few guide facts others ask for, the parent for dialogs, and the
slots where a feature places its widgets (a dock, a tool bar, a menu, the status bar).

The shell (`ui/shell/main_window.py`) builds it and is the only module that knows the
main window. The safety controls and the guide are named here by small Protocols, so
this module sits below them in the layers (see `[tool.importlinter]`): it imports only
the canvas, the kit and the core. It is not in `ui/kit` because it names the open
container (`ui/canvas`), which itself builds on the kit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QByteArray, QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QToolBar, QWidget

if TYPE_CHECKING:
    from containerstudio.flow import PackLoadResult, PromptPack
    from containerstudio.storage.library import Library
    from containerstudio.ui.canvas.open_container import OpenContainer
    from containerstudio.ui.canvas.tool_settings import ToolSettings
    from containerstudio.ui.kit.background import BackgroundWork

NOTICE_MS = 15000
"""How long a status-bar notice stays (long enough to read calmly)."""

ReturnGuard = Callable[[Callable[[], None]], None]
"""Asked before Hide now's Return brings the work back: `guard(proceed)` calls `proceed`
once the person may see it again (the passcode lock plugs in here)."""


class SafetyFacet(Protocol):
    """The always-there controls, as other features see them (`ui/safety/controls.py`)."""

    return_guard: ReturnGuard | None

    @property
    def hidden(self) -> bool:
        """True while Hide now covers everything."""

    @property
    def paused(self) -> bool:
        """True while Pause covers everything."""

    @property
    def hide_screen(self) -> QWidget:
        """The plain page Hide now shows (the lock watches it)."""

    def ground_me(self) -> None: ...

    def pause(self) -> None: ...

    def hide_now(self) -> None: ...

    def hold_while_covered(self) -> None:
        """A session that starts behind a cover waits until it is lifted."""


class GuideFacts(Protocol):
    """What other features ask the guide (`ui/guide/wiring.py`); before the library is
    open there is no session, so the answers are the calm defaults."""

    def lid_closed(self) -> bool:
        """True while the open container's lid is closed."""

    def packs(self) -> list[PromptPack]:
        """The prompt packs that loaded."""

    def use_packs(self, packs: PackLoadResult) -> None:
        """Offer these packs from now on (the pack editor saved one)."""

    def slip_words(self) -> list[str]:
        """The words on the open container's slips, as the guide holds them."""

    def pause_session(self) -> bool:
        """Rest the session clock; True when a session was running."""

    def resume_session(self) -> None: ...

    def offer_first(self, pack_id: str, with_pack_length: bool) -> None:
        """The exercise the guide's opening screen offers first, with the pack's own
        session length or none (the welcome's "how will you use it")."""

    def offer_length(self, minutes: int) -> None:
        """The session length the opening screen offers (0: no set length), as the
        therapist chose it before handing the keyboard over."""


class WindowHost(Protocol):
    """What the shell keeps and does for the services (the main window): the open
    container and library, and opening, creating and keeping containers."""

    current: OpenContainer | None
    library: Library | None

    def request_container(self, container_id: int) -> None: ...

    def request_initial_container(self) -> None: ...

    def new_container(self) -> None: ...

    def keep_work_now(self) -> None: ...


class LibraryNotReady(RuntimeError):
    """A feature asked for the library before it opened (its actions wait until then)."""


class WindowServices(QObject):
    """The window's services, handed to every feature."""

    container_opened = Signal(object)
    """Another container is open on the canvas (the OpenContainer; see `current`)."""
    library_ready = Signal(object)
    """The library has opened (the Library; see `library`)."""

    def __init__(
        self,
        window: QMainWindow,
        work: BackgroundWork,
        tool_settings: ToolSettings,
        save_status: QLabel,
        host: WindowHost,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._work = work
        self._tool_settings = tool_settings
        self._save_status = save_status
        self._host = host
        self._safety: SafetyFacet | None = None
        self._guide: GuideFacts | None = None
        self._toolbars: dict[str, QToolBar] = {}
        self._menus: dict[str, QMenu] = {}

    # -- what is open -------------------------------------------------------------------
    @property
    def window(self) -> QWidget:
        """The top-level window: the parent for dialogs, and what the covers cover."""
        return self._window

    @property
    def work(self) -> BackgroundWork:
        """The one background helper (storage lane and pool)."""
        return self._work

    @property
    def tool_settings(self) -> ToolSettings:
        """The chosen tool, colour and width (shared by the canvas and the panels)."""
        return self._tool_settings

    @property
    def current(self) -> OpenContainer | None:
        """The container open on the canvas; None only until the first one opens."""
        return self._host.current

    @property
    def library_is_ready(self) -> bool:
        return self._host.library is not None

    @property
    def library(self) -> Library:
        """The open library. Actions that use it are enabled only once it is ready."""
        library = self._host.library
        if library is None:
            raise LibraryNotReady("the library is not open yet")
        return library

    @property
    def safety(self) -> SafetyFacet:
        """The always-there controls (there from the window's first frame)."""
        if self._safety is None:
            raise LookupError("the safety controls are built with the window")
        return self._safety

    @property
    def guide(self) -> GuideFacts:
        """What the guide knows that others ask (the lid, the packs, the slips)."""
        if self._guide is None:
            raise LookupError("the guide is built with the window")
        return self._guide

    # -- notices --------------------------------------------------------------------------
    def notify(self, text: str, ms: int = NOTICE_MS) -> None:
        """A calm notice in the status bar's message area."""
        self._window.statusBar().showMessage(text, ms)

    def set_save_status(self, text: str) -> None:
        """The permanent save-status line ("Kept at …")."""
        self._save_status.setText(text)

    # -- containers -------------------------------------------------------------------------
    def request_container(self, container_id: int) -> None:
        """Open another container (read on the storage lane; the current one is kept)."""
        self._host.request_container(container_id)

    def request_initial_container(self) -> None:
        """Open the last container, else the newest, else a new one."""
        self._host.request_initial_container()

    def new_container(self) -> None:
        self._host.new_container()

    def keep_work_now(self) -> None:
        """Save the open container at once (a full disk is said calmly, work stays)."""
        self._host.keep_work_now()

    def layout_state(self) -> QByteArray:
        """Where the panels and tool bars are now (which tab is in front too)."""
        return self._window.saveState()

    def restore_layout(self, state: QByteArray) -> None:
        """Put the panels and tool bars back where `layout_state()` found them."""
        self._window.restoreState(state)

    # -- where features place their widgets -----------------------------------------------
    def add_dock(
        self,
        dock: QDockWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        tab_with: QDockWidget | None = None,
    ) -> None:
        """Add a dock at `area` (on a tab beside `tab_with` when given)."""
        self._window.addDockWidget(area, dock)
        if tab_with is not None:
            self._window.tabifyDockWidget(tab_with, dock)

    def add_toolbar(
        self,
        bar: QToolBar,
        name: str | None = None,
        area: Qt.ToolBarArea = Qt.ToolBarArea.TopToolBarArea,
        new_row: bool = False,
    ) -> None:
        """Add a tool bar (on a new row when `new_row`); a `name` lets others find it."""
        if new_row:
            self._window.addToolBarBreak(area)
        self._window.addToolBar(area, bar)
        if name is not None:
            self._toolbars[name] = bar

    def name_toolbar(self, bar: QToolBar, name: str) -> None:
        """Let others find a tool bar that sits inside a panel rather than on the window."""
        self._toolbars[name] = bar

    def toolbar(self, name: str) -> QToolBar:
        """A named tool bar ("main": the everyday actions)."""
        return self._toolbars[name]

    def add_menu(self, name: str, title: str, before: str | None = None) -> QMenu:
        """A new menu in the menu bar (before the menu named `before`), found by `name`;
        the one already there when a feature made it first (two features share Help)."""
        if name in self._menus:
            return self._menus[name]
        bar = self._window.menuBar()
        menu = QMenu(title, bar)
        if before is not None:
            bar.insertMenu(self._menus[before].menuAction(), menu)
        else:
            bar.addMenu(menu)
        self._menus[name] = menu
        return menu

    def menu(self, name: str) -> QMenu:
        """A named menu ("container", "edit", "view", "session")."""
        return self._menus[name]

    def has_menu(self, name: str) -> bool:
        return name in self._menus

    def add_status_widget(self, widget: QWidget) -> None:
        """A permanent widget at the right of the status bar."""
        self._window.statusBar().addPermanentWidget(widget)

    # -- the shell keeps these current --------------------------------------------------------
    def provide(self, safety: SafetyFacet, guide: GuideFacts) -> None:
        """The shell hands over the safety controls and the guide once they are built."""
        self._safety, self._guide = safety, guide

    def publish_library(self) -> None:
        """The shell: the library is open (says so to whoever waits for it)."""
        self.library_ready.emit(self.library)

    def publish_container(self) -> None:
        """The shell: the current container is on the canvas, ready to draw on."""
        self.container_opened.emit(self.current)
