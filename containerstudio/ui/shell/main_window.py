"""The main window, canvas first: one slim header (the container's title, Undo/Redo,
Library, Save version, Export/Print, and the safety controls in one fixed place), the tool
rail with the options of the tool in hand on the left, the canvas with its strip (parts,
Add photo, arranging for a selection) in the middle, the guide as the whole right side,
and a tray under the canvas for stickers, history and versions.

It is built in two steps so the window shows at once. `MainWindow(work)` builds every
bar, dock and menu (and the always-there controls, which work from the first frame);
`attach_library` then opens the last container. Until then the canvas area says that
the container is on its way, and actions that need a container wait, greyed out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from containerstudio.model.events import CleanChanged
from containerstudio.resources import load_palettes
from containerstudio.storage.problem import StorageProblem
from containerstudio.ui.canvas.early_strokes import EarlyCanvas
from containerstudio.ui.canvas.tool_settings import ToolSettings, ToolState
from containerstudio.ui.export.actions import ExportActions
from containerstudio.ui.group import install_group
from containerstudio.ui.guide.wiring import install_guide
from containerstudio.ui.handover import install_handover
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.kit.problem_texts import problem_text
from containerstudio.ui.kit.steady_label import SteadyLabel
from containerstudio.ui.kit.translations import format_time
from containerstudio.ui.kit.widgets import add_to_toolbar, key_tip, make_action
from containerstudio.ui.packs.feature import PackEditorFeature
from containerstudio.ui.services import WindowServices
from containerstudio.ui.shell.focus_order import FocusOrder, let_tab_reach_buttons
from containerstudio.ui.shell.menus import MenuActions, build_menus
from containerstudio.ui.shell.mirroring import mirror_sides
from containerstudio.ui.shell.show_labels import ShowLabels
from containerstudio.ui.studio.studio import Studio
from containerstudio.ui.studio.tool_panel import ToolPanel
from containerstudio.ui.versions.feature import VersionsFeature
from containerstudio.ui.welcome.feature import WelcomeFeature

if TYPE_CHECKING:
    from datetime import datetime

    from containerstudio.flow import PackLoadResult
    from containerstudio.model.document import ContainerDocument
    from containerstudio.storage.library import Library
    from containerstudio.storage.render_cache import RunPixels
    from containerstudio.ui.canvas.open_container import OpenContainer
    from containerstudio.ui.canvas.view import CanvasView
    from containerstudio.ui.guide.controller import GuideState
    from containerstudio.ui.shell.container_read import ContainerRead

TOOL_STATE_KEYS = ("tool", "color", "width", "opacity", "smoothing", "palette")
TRAY_HEIGHT = 170
"""The tray under the canvas (stickers, history, versions) starts this tall."""
PREFERRED_SIZE = (1600, 1000)
"""The window's size on a screen with room to spare (a smaller one is filled)."""


class MainWindow(QMainWindow):
    """Wires one open container to the canvas, the tools and the status bar."""

    container_ready = Signal()
    """Emitted when a container is open on the canvas and can be drawn on."""

    def __init__(
        self,
        work: BackgroundWork,
        library: Library | None = None,
        packs: PackLoadResult | None = None,
        parent: QWidget | None = None,
    ):
        """Build the window; with `library` also open its last container at once."""
        super().__init__(parent)
        self.library: Library | None = None
        self.work = work
        self.setWindowTitle(self.tr("Container Studio"))
        self.setAccessibleName(self.tr("Container Studio"))
        self.resize(1200, 820)  # app.py then fits it to the screen (fit_to_screen)
        # The guide has the whole right side; the tray under the canvas stays under it.
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tool_settings = ToolSettings(ToolState())
        self.tool_settings.changed.connect(self._on_tool_settings_changed)
        self.current: OpenContainer | None = None
        self.canvas: CanvasView | None = None
        self.status_label = SteadyLabel(self)  # its text changes at every pen release
        self.status_label.setAccessibleName(self.tr("Save status"))
        # What every feature receives instead of this window (ui/services.py).
        self.services = WindowServices(self, work, self.tool_settings, self.status_label, self)
        self._build_actions()
        self._build_export_actions()
        self.tool_panel = ToolPanel(self.tool_settings, load_palettes(), self)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, self.tool_panel)
        self.statusBar().addPermanentWidget(self.status_label)
        self.guide = install_guide(self.services)
        self.services.provide(self.guide.safety, self.guide)
        self.studio = Studio(self.services)
        self.setCentralWidget(self.studio.area)
        self.guide.panel.panel_suggested.connect(self.studio.show_suggested_panel)
        self.versions = VersionsFeature(self.services)  # versions, timeline, library (issue 5)
        self._add_export_to_header()
        self.tabifyDockWidget(self.studio.history, self.versions.dock)  # the tray's third tab
        self.studio.artwork.raise_()
        self.resizeDocks([self.studio.artwork], [TRAY_HEIGHT], Qt.Orientation.Vertical)
        self.versions.library_action.triggered.connect(self._follow_library_dialog)
        self._build_menus()
        self.handover = install_handover(self.services)  # portable files, handover (issue 17)
        self.group = install_group(self.services)  # Container → Group session… (issue 17)
        self.welcome = WelcomeFeature(self.services)  # Help → Welcome…, and a first start
        self.pack_editor = PackEditorFeature(self.services)  # Session → Edit exercises…
        self.show_labels = ShowLabels(self.services, self.tool_panel, self)  # View → Show labels
        bars = (self.main_toolbar, self.guide.safety.toolbar, self.studio.arrange)
        let_tab_reach_buttons((*bars, self.studio.area.photo_bar))
        mirror_sides(self)  # a right-to-left language: the tool rail and docks swap sides
        self._build_settings_and_help()
        self._tools_chosen_early = False  # a choice made before the library opened wins
        self._close_anyway = False  # the person chose to close with work not yet kept
        self.focus_order = FocusOrder(self.focus_regions)
        self._show_opening()
        if library is not None:
            self.attach_library(library, packs)

    def _follow_library_dialog(self) -> None:
        """A rename in the library shows in the header once the library closes."""
        dialog = self.versions.library_dialog
        if dialog is not None and not dialog.property("title_followed"):
            dialog.setProperty("title_followed", True)
            dialog.finished.connect(lambda _result: self.title_button.refresh())

    # -- keyboard: Tab follows the screen (ui/shell/focus_order.py) ----------------------
    def focus_regions(self) -> list[QWidget | None]:
        """The window's regions in the order Tab visits them."""
        studio = self.studio
        return [
            self.main_toolbar,
            self.guide.safety.toolbar,
            self.tool_panel.rail,
            self.tool_panel.options,
            studio.area.strip,
            studio.area.content(),
            studio.arrange,
            self.guide.dock,
            studio.artwork,
            studio.history,
            self.versions.dock,
        ]

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.focus_order.move(next):
            return True
        return super().focusNextPrevChild(next)

    def fit_to_screen(self) -> None:
        """Open at a size that fits the screen's free area (a small screen is filled, a
        large one gets a calm, centred window), never running off its edge."""
        from PySide6.QtGui import QGuiApplication

        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # the title bar
        width = min(free.width(), PREFERRED_SIZE[0]) - frame.width()
        height = min(free.height(), PREFERRED_SIZE[1]) - frame.height()
        self.resize(max(width, 320), max(height, 240))
        self.move(
            free.left() + (free.width() - self.frameGeometry().width()) // 2,
            free.top() + (free.height() - self.frameGeometry().height()) // 2,
        )

    def _show_opening(self) -> None:
        """Before the library is open: a quiet canvas area and actions that wait."""
        # It takes the pen already: strokes drawn there land on the canvas once it opens.
        placeholder = EarlyCanvas(
            self.tr("Opening your container…"), lambda: self.tool_settings.state.color, self
        )
        placeholder.setObjectName("opening_placeholder")
        placeholder.setAccessibleName(self.tr("Opening your container"))
        self.studio.area.set_content(placeholder)
        self._set_container_actions_enabled(False)
        self._update_undo_actions()
        self.status_label.setText(self.tr("Opening your library…"))

    def _container_actions(self) -> list[QAction]:
        """Actions that act on an open container or the library (undo/redo follow the
        undo stack on their own)."""
        return [
            self.new_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.actual_size_action,
            *self.export_actions.actions,
            self.versions.library_action,
            self.versions.save_version_action,
            self.versions.versions_action,
            *self.studio.container_actions(),
        ]

    def _set_container_actions_enabled(self, on: bool) -> None:
        for action in self._container_actions():
            action.setEnabled(on)

    def attach_library(
        self,
        library: Library,
        packs: PackLoadResult | None = None,
        first: ContainerRead | None = None,
    ) -> None:
        """The library is open: restore the person's tools, start the guide, and open
        the last container (or another that reads back, or a new one). `first` is that
        container as already read (on the storage thread), when it was."""
        from containerstudio.ui.kit.fonts import load_app_fonts

        load_app_fonts()  # text on the canvas looks the same everywhere (once per run)
        if packs is None:
            from containerstudio.flow import load_packs, pack_folders

            packs = load_packs(pack_folders(library.data_dir))
        self.library = library
        if not self._tools_chosen_early:
            self.tool_settings.set_state(self._restore_tool_state())
        self.guide.attach(library, packs, self.work)
        self.services.publish_library()
        from containerstudio.ui.kit.file_dialogs import FOLDERS

        FOLDERS.attach(library, self.work)  # file dialogs start where they last did
        self._connect_step_versions()
        self._open_first_readable(first)

    # -- actions ------------------------------------------------------------------
    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("main_toolbar")
        bar.setAccessibleName(self.tr("Main actions"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.setMovable(False)
        self.services.add_toolbar(bar, "main")
        from containerstudio.ui.library.title_button import TitleButton

        self.title_button = TitleButton(self.services, bar)
        bar.addWidget(self.title_button)
        bar.addSeparator()
        self.new_action = make_action(
            self,
            self.tr("&New container"),
            self.new_container,
            [QKeySequence.StandardKey.New],
            icon="new-container",
        )
        self.undo_action = make_action(
            self, self.tr("&Undo"), self.undo, [QKeySequence("Ctrl+Z")], icon="undo"
        )
        self.redo_action = make_action(
            self,
            self.tr("&Redo"),
            self.redo,
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
            icon="redo",
        )
        self.zoom_in_action = make_action(
            self,
            self.tr("Zoom &in"),
            lambda: self.canvas.zoom_by(1.25),
            ["Ctrl++", "Ctrl+="],
            icon="zoom-in",
        )
        self.zoom_out_action = make_action(
            self,
            self.tr("Zoom &out"),
            lambda: self.canvas.zoom_by(0.8),
            ["Ctrl+-"],
            icon="zoom-out",
        )
        self.fit_action = make_action(
            self,
            self.tr("&Fit to window"),
            lambda: self.canvas.fit_to_window(),
            ["Ctrl+0"],
            icon="zoom-fit",
        )
        self.actual_size_action = make_action(
            self,
            self.tr("100 %"),
            lambda: self.canvas.set_zoom(1.0),
            ["Ctrl+1"],
            icon="zoom-actual",
        )
        # Zoom lives in the View menu and on the keys, New container in the library and
        # the Container menu; the header keeps the everyday actions.
        for action in (self.undo_action, self.redo_action):
            add_to_toolbar(bar, action)
        self.main_toolbar = bar

    def _build_export_actions(self) -> None:
        """Export PDF / Print / PNG / Paper container (see ui/export/actions.py)."""
        self.export_actions = ExportActions(self.services)

    def _add_export_to_header(self) -> None:
        """Export PDF and Print after the library's actions, as the header reads."""
        self.main_toolbar.addSeparator()
        for action in (self.export_actions.pdf_action, self.export_actions.print_action):
            add_to_toolbar(self.main_toolbar, action)

    def _build_menus(self) -> None:
        """Every action in the menu bar (see ui/shell/menus.py)."""
        versions, safety, studio = self.versions, self.guide.safety, self.studio
        build_menus(
            self.services,
            MenuActions(
                container=[
                    [self.new_action, versions.library_action, versions.save_version_action],
                    self.export_actions.actions,
                    [safety.close_action, safety.quit_action],
                ],
                edit=[self.undo_action, self.redo_action],
                arrange=list(studio.arrange.actions_by_name.values()),
                view=[
                    [
                        self.zoom_in_action,
                        self.zoom_out_action,
                        self.fit_action,
                        self.actual_size_action,
                    ],
                    [
                        versions.versions_action,
                        studio.history.toggleViewAction(),
                        studio.artwork.toggleViewAction(),
                    ],
                ],
            ),
        )

    def _build_settings_and_help(self) -> None:
        """Edit → Settings… (with the language row, from ui/kit/translations.py, the same
        choice as View → Language) and the Help menu (issue 16)."""
        from containerstudio.ui.help.menu import HelpMenu
        from containerstudio.ui.kit import translations
        from containerstudio.ui.kit.widgets import running_app
        from containerstudio.ui.settings.feature import SettingsFeature
        from containerstudio.ui.settings.language import LanguageChoices

        languages = LanguageChoices(
            available=lambda: (
                [(translations.SYSTEM, self.tr("Follow the system"))]
                + [(lang.code, lang.name) for lang in translations.available_languages()]
            ),
            current=translations.current_choice,
            choose=lambda code: translations.set_language(running_app(), code),
        )
        self.settings = SettingsFeature(self.services, self.guide.safety, languages)
        self.help_menu = HelpMenu(self.services)

    # -- containers ---------------------------------------------------------------
    def _initial_container(self) -> int:
        """The container to open: the last one open, else the newest, else a new one."""
        found = self.library.container_to_open()
        if found is None:
            found = self.library.create_container(self.tr("My container"))
        return found

    def request_container(self, container_id: int) -> None:
        """Open another container without the UI thread waiting for storage (what the
        screens use): the current one is kept, then the other's drawing and guide are
        read on the storage lane, in order, and it opens when they arrive."""
        if self.current is not None and self.current.autosaver.dirty:
            self.current.autosaver.save_now()  # queued first, so read back after it
        library, work = self.library, self.work
        assert library is not None and self.guide.controller is not None  # opened already
        store = self.guide.controller.store

        def read() -> ContainerRead:
            from containerstudio.ui.shell.container_read import read_container

            return read_container(library, container_id, store)

        def done(found: ContainerRead) -> None:
            if self.current is not None and self.current.autosaver.dirty:
                self.request_container(container_id)  # a save was still on its way: again
                return
            self.open_container(container_id, found.doc, found.guide, cached_runs=found.cached_runs)

        def failed(exc: BaseException) -> None:
            from containerstudio.ui.kit.calm_dialog import tell

            message = (
                problem_text(exc)
                if isinstance(exc, StorageProblem)
                else self.tr("Your open container stays as it is; you may try again later.")
            )
            tell(self, self.tr("This container cannot be opened just now"), message)

        work.run(read, done, failed, storage=True)

    def request_initial_container(self) -> None:
        """Open, without waiting, what `_initial_container` would choose (on the lane)."""
        library, title = self.library, self.tr("My container")

        def choose() -> int:
            found = library.container_to_open()
            return library.create_container(title) if found is None else found

        self.work.run(choose, self.request_container, storage=True)

    def open_container(
        self,
        container_id: int,
        doc: ContainerDocument | None = None,
        guide: GuideState | None = None,
        *,
        cached_runs: dict[str, RunPixels] | None = None,
    ) -> bool:
        """Close the current container (saving it) and open another (`doc`, its latest
        state, `guide`, what the guide shows of it, and `cached_runs`, its render cache's
        index, when they were already read; otherwise they are read here: screens use
        `request_container`).

        When the other one cannot be read back (damaged storage), a calm message says so,
        the current container stays open, and False is returned.
        """
        if self.current is not None:
            try:
                self.current.autosaver.flush()  # so re-reading this very container is current
            except StorageProblem as problem:  # e.g. a full disk: keep this one open, unsaved
                self.status_label.setText(problem_text(problem))
                return False
        if doc is None:
            doc = self._read_container(container_id)
        if doc is None:
            return False
        from containerstudio.ui.canvas.open_container import OpenContainer

        if self.current is not None:
            self.current.close()
            self.current.deleteLater()
        assert self.library is not None  # a container opens only once the library has
        self.current = OpenContainer(
            self.library, container_id, doc, self.tool_settings, self.work, self, cached_runs
        )
        self.current.stack.events.connect(self._on_undo_event)
        self.current.autosaver.saved.connect(self._on_autosaver_saved)
        self.current.autosaver.save_failed.connect(self._on_autosaver_save_failed)
        early = None
        if self.canvas is None:
            from containerstudio.ui.canvas.view import CanvasView

            self.canvas = CanvasView(self.current.scene, self)
            early = self.studio.area.set_content(self.canvas)
            if self.focusWidget() in (None, early, self.title_button):
                self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)  # ready to draw
            self._describe_canvas(self.canvas)
            self._set_container_actions_enabled(True)
        else:
            self.canvas.set_scene(self.current.scene)
        self.canvas.set_tool(self.current.tool_for(self.tool_settings.state.tool))
        self.canvas_words.follow(self.current)
        self.studio.container_opened(self.current, self.canvas)
        self.canvas.fit_to_window()
        library = self.library
        self.work.run(lambda: library.remember_open(container_id), storage=True)
        if guide is None:
            from containerstudio.ui.guide.controller import read_guide_state

            guide = read_guide_state(library, self.guide.controller.store, container_id)
        self.guide.controller.set_container(container_id, self.current.scene, guide)
        self._update_undo_actions()
        self.status_label.setText(self.tr("Your work is kept automatically."))
        self.versions.container_opened(self.current)
        self.guide.safety.hold_while_covered()
        self.services.publish_container()
        if isinstance(early, EarlyCanvas):  # what was drawn while it opened lands now,
            early.hand_over(self.canvas)  # on the container as set up (guide, lid, panels)
        if early is not None:
            early.deleteLater()
        self.container_ready.emit()
        return True

    def _describe_canvas(self, canvas: CanvasView) -> None:
        """The canvas tells a screen reader what is on it, part by part (issue 16)."""
        from containerstudio.ui.canvas.description import CanvasWords

        self.canvas_words = CanvasWords(canvas, self.guide.slips, self.guide.lid_closed)

    # -- damaged containers (hardening) ------------------------------------------------
    def _read_container(self, container_id: int) -> ContainerDocument | None:
        """The container's latest state, or None after a calm message if it cannot be read."""
        try:
            return self.library.load_working(container_id)
        except StorageProblem as problem:
            from containerstudio.ui.kit.calm_dialog import tell

            tell(self, self.tr("This container cannot be opened just now"), problem_text(problem))
            return None

    def _open_first_readable(self, read: ContainerRead | None) -> None:
        """At start: the last container, else any other that reads back, else a new one.
        `read` is the one to open as already read on the storage lane, if it was."""
        if read is not None:  # chosen there a moment ago (container_to_open)
            first = read.container_id
            opened = self.open_container(first, read.doc, read.guide, cached_runs=read.cached_runs)
        else:
            first = self._initial_container()
            opened = self.open_container(first)
        if opened:
            return
        for info in self.library.list_containers():
            if info.id != first and self.open_container(info.id):
                return
        self.open_container(self.library.create_container(self.tr("My container")))

    def new_container(self) -> None:
        """Ask for a name (a neutral default with the date), then make the container on
        the storage lane and open it."""
        from containerstudio.ui.library.naming import ask_container_name

        library = self.library

        def make(title: str) -> None:
            self.work.run(
                lambda: library.create_container(title), self.request_container, storage=True
            )

        self.naming_dialog = ask_container_name(self, make)

    # -- automatic step versions (guide + versions) ------------------------------------
    def _connect_step_versions(self) -> None:
        """Each step the person moves on from with Next keeps a version named after it."""
        self.guide.controller.step_completed.connect(self._on_guide_step_completed)

    def _on_guide_step_completed(self, step_title: str) -> None:
        if self.current is not None:
            self.current.save_step_version(step_title)

    # -- undo -------------------------------------------------------------------
    def undo(self) -> None:
        if self.current is not None and not (
            self.canvas and self.canvas.tool and self.canvas.tool.active
        ):
            self.current.stack.undo()

    def redo(self) -> None:
        if self.current is not None and not (
            self.canvas and self.canvas.tool and self.canvas.tool.active
        ):
            self.current.stack.redo()

    def _on_undo_event(self, event: object) -> None:
        if not isinstance(event, CleanChanged):  # a save moves no undo or redo step
            self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        stack = self.current.stack if self.current else None
        self.undo_action.setEnabled(bool(stack and stack.can_undo()))
        self.redo_action.setEnabled(bool(stack and stack.can_redo()))
        if stack:
            undo, redo = self.undo_action, self.redo_action
            undo.setToolTip(key_tip(undo, name=self.tr("Undo %s") % stack.undo_name()))
            redo.setToolTip(key_tip(redo, name=self.tr("Redo %s") % stack.redo_name()))

    # -- tool settings (remembered between runs) ----------------------------------------
    def _restore_tool_state(self) -> ToolState:
        state = ToolState()
        try:
            state.tool = self.library.setting("tool.tool", state.tool) or state.tool
            state.color = self.library.setting("tool.color", state.color) or state.color
            for key in ("width", "smoothing", "opacity"):  # the defaults are ToolState's
                default = getattr(state, key)
                setattr(state, key, float(self.library.setting(f"tool.{key}") or default))
            state.palette = self.library.setting("tool.palette", state.palette) or state.palette
        except ValueError:
            return ToolState()
        return state

    def _on_tool_settings_changed(self) -> None:
        if self.library is None:
            self._tools_chosen_early = True
        if self.canvas is not None and self.current is not None:
            tool = self.current.tool_for(self.tool_settings.state.tool)
            if tool is not self.canvas.tool:
                self.canvas.set_tool(tool)

    def _save_tool_state(self) -> None:
        """Remember the tools on the storage lane (closing waits for it)."""
        st, library = self.tool_settings.state, self.library
        values = {f"tool.{key}": str(getattr(st, key)) for key in TOOL_STATE_KEYS}

        def work() -> None:
            for key, value in values.items():
                library.set_setting(key, value)

        self.work.run(work, storage=True)

    # -- status -----------------------------------------------------------------------
    def _on_autosaver_saved(self, when: datetime) -> None:
        self.status_label.setText(self.tr("Kept at %s") % format_time(when, seconds=True))

    def _on_autosaver_save_failed(self, message: str) -> None:
        self.status_label.setText(message)

    # -- closing ------------------------------------------------------------------------
    def keep_work_now(self) -> None:
        """Save the open container at once (Close safely, Quit)."""
        if self.current is not None:
            try:
                self.current.autosaver.flush()
            except StorageProblem as problem:  # a full disk: said calmly, work stays open
                self.status_label.setText(problem_text(problem))

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            if self.current is not None:
                self.current.close()
            if self.library is not None:
                self._save_tool_state()
        except StorageProblem as problem:
            if not self._close_anyway:
                event.ignore()
                self._ask_close_anyway(problem_text(problem))
                return
        self.work.wait()
        self.versions.close_dialogs()
        event.accept()

    def _ask_close_anyway(self, message: str) -> None:
        from containerstudio.ui.kit.calm_dialog import ask

        def answered(key: str) -> None:
            if key == "close":
                self._close_anyway = True
                self.close()

        ask(
            self,
            self.tr("Your work is still open"),
            message + "\n\n" + self.tr("Would you like to close anyway?"),
            [("close", self.tr("Close anyway")), ("stay", self.tr("Stay open"))],
            answered,
            default="stay",
        )
