"""The always-there controls: Ground me, Pause, Hide now and Close safely.

Each is a window-wide action with a button and keyboard shortcuts, reachable from every
screen. None of them ever loses work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton, QToolBar, QWidget

from containerstudio.ui.guide.covers import HideScreen, PauseScreen
from containerstudio.ui.widgets import add_to_toolbar, make_action

if TYPE_CHECKING:
    from containerstudio.flow import PromptPack
    from containerstudio.storage.library import Library
    from containerstudio.ui.guide.controller import GuideController
    from containerstudio.ui.guide.grounding_dialog import GroundingDialog

GROUND_KEYS = ["F1", "Ctrl+G"]
PAUSE_KEYS = ["F2", "Ctrl+Shift+P"]
HIDE_KEYS = ["F12", "Ctrl+H"]
CLOSE_KEYS = ["Ctrl+W"]
REDUCED_MOTION_KEY = "reduced_motion"


class SafetyControls(QObject):
    """Owns the four controls and the screens they show.

    They exist from the window's first frame. Until the library is open (`attach`),
    there is no session to pause or lid to close, and Ground me keeps its guide still.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller: GuideController | None = None
        self.library: Library | None = None
        self.pause_screen = PauseScreen(window)
        self.pause_screen.returned.connect(self.resume)
        self.hide_screen = HideScreen(window)
        self.hide_screen.returned.connect(self.unhide)
        self.grounding_dialog: GroundingDialog | None = None
        self._paused_for_grounding = False
        self._title_before_hide = ""
        self._icon_before_hide = QIcon()
        self._paused_for_hide = False
        tr = self.tr
        self.ground_action = make_action(
            window,
            tr("Ground me"),
            self.ground_me,
            GROUND_KEYS,
            tip=tr("Short exercises to come back to the here and now"),
        )
        self.pause_action = make_action(
            window,
            tr("Pause"),
            self.pause,
            PAUSE_KEYS,
            tip=tr("Pause everything; your work waits"),
        )
        self.hide_action = make_action(
            window,
            tr("Hide now"),
            self.hide_now,
            HIDE_KEYS,
            tip=tr("Cover the window with a plain page at once"),
        )
        self.close_action = make_action(
            window,
            tr("Close safely"),
            self.close_safely,
            CLOSE_KEYS,
            tip=tr("Save, close the lid, and take a moment to return"),
        )
        self.reduced_motion_action = make_action(
            window,
            tr("Reduce motion"),
            self._on_reduced_motion_toggled,
            checkable=True,
            tip=tr("Keep the breathing guide still; only its words change"),
        )
        for action in (self.ground_action, self.pause_action, self.hide_action, self.close_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        bar = QToolBar(tr("Always here"), window)
        bar.setObjectName("safety_toolbar")
        bar.setAccessibleName(tr("Always-there controls"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        spacer = QWidget(bar)
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding,
            spacer.sizePolicy().verticalPolicy().Preferred,
        )
        bar.addWidget(spacer)
        self.buttons = {}
        for action in (self.ground_action, self.pause_action, self.hide_action, self.close_action):
            self.buttons[action.text()] = add_to_toolbar(bar, action)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar
        menu = self.session_menu = window.menuBar().addMenu(tr("&Session"))
        for action in (self.ground_action, self.pause_action, self.hide_action, self.close_action):
            menu.addAction(action)
        menu.addSeparator()
        self.open_lid_action = make_action(window, tr("Open the lid…"), self.open_lid)
        menu.addAction(self.open_lid_action)
        menu.addAction(self.reduced_motion_action)
        for action in (self.open_lid_action, self.reduced_motion_action):
            action.setEnabled(False)  # until the library is open

    def attach(self, controller: GuideController) -> None:
        """The library is open: sessions can pause, and the person's settings apply."""
        self.controller = controller
        self.library = controller.library
        self.reduced_motion_action.setChecked(self.library.setting(REDUCED_MOTION_KEY) == "1")
        for action in (self.open_lid_action, self.reduced_motion_action):
            action.setEnabled(True)

    def hold_while_covered(self) -> None:
        """A session that starts behind Pause, Hide now or Ground me waits until they end."""
        if self.hide_screen.isVisible():
            self._paused_for_hide = self._pause_session() or self._paused_for_hide
        elif self.grounding_dialog is not None and self.grounding_dialog.isVisible():
            self._paused_for_grounding = self._pause_session() or self._paused_for_grounding
        elif self.pause_screen.isVisible():
            self._pause_session()

    @property
    def reduced_motion(self) -> bool:
        # Before the person's setting is read, the calmer choice: the guide stays still.
        return self.library is None or self.reduced_motion_action.isChecked()

    def _pause_session(self) -> bool:
        """Pause the guided session, if one runs; True when it was running."""
        return self.controller.pause() if self.controller is not None else False

    def _resume_session(self) -> None:
        if self.controller is not None:
            self.controller.resume()

    def _grounding_pack(self) -> PromptPack | None:
        if self.controller is not None:
            return self.controller.grounding_pack()
        from containerstudio.flow import GROUNDING_PACK_ID, find_pack, load_packs, pack_folders

        return find_pack(load_packs(pack_folders(None)).packs, GROUNDING_PACK_ID, "en")

    def _on_reduced_motion_toggled(self, on: bool) -> None:
        if self.library is not None:
            self.library.set_setting(REDUCED_MOTION_KEY, "1" if on else "0")
        if self.grounding_dialog is not None and self.grounding_dialog.pacer is not None:
            self.grounding_dialog.pacer.set_reduced_motion(on)

    # -- Ground me ------------------------------------------------------------------------
    def ground_me(self) -> None:
        if self.grounding_dialog is not None and self.grounding_dialog.isVisible():
            self.grounding_dialog.raise_()
            self.grounding_dialog.activateWindow()
            return
        self._paused_for_grounding = self._pause_session()
        from containerstudio.ui.guide.grounding_dialog import GroundingDialog  # on first use

        self.grounding_dialog = GroundingDialog(
            self._grounding_pack(), self.reduced_motion, self.window
        )
        self.grounding_dialog.finished.connect(self._on_grounding_dialog_finished)
        self.grounding_dialog.show()

    def _on_grounding_dialog_finished(self, _result: int) -> None:
        if self._paused_for_grounding and not self.pause_screen.isVisible():
            self._resume_session()
        self._paused_for_grounding = False
        if self.grounding_dialog is not None:
            self.grounding_dialog.deleteLater()
            self.grounding_dialog = None

    # -- Pause ------------------------------------------------------------------------------
    def pause(self) -> None:
        if self.pause_screen.isVisible():
            return
        self._pause_session()
        self.pause_screen.cover()

    def resume(self) -> None:
        self.pause_screen.uncover()
        self._resume_session()

    # -- Hide now ---------------------------------------------------------------------------
    def hide_now(self) -> None:
        if self.hide_screen.isVisible():
            return
        self._title_before_hide = self.window.windowTitle()
        self._icon_before_hide = self.window.windowIcon()
        self.window.setWindowTitle(self.tr("Untitled"))
        self.window.setWindowIcon(QIcon())
        if self.grounding_dialog is not None:
            self.grounding_dialog.hide()
        self._paused_for_hide = self._pause_session()
        self.hide_screen.cover()

    def unhide(self) -> None:
        self.hide_screen.uncover()
        self.window.setWindowTitle(self._title_before_hide)
        self.window.setWindowIcon(self._icon_before_hide)
        if self._paused_for_hide and not self.pause_screen.isVisible():
            self._resume_session()
        self._paused_for_hide = False

    # -- Close safely ---------------------------------------------------------------------------
    def close_safely(self) -> None:
        """Save everything, close the lid, and offer a moment to return to the room."""
        current = getattr(self.window, "current", None)
        if current is not None:
            current.autosaver.flush()
        if self.controller is not None:
            self.controller.close_lid()
            self.controller.save()
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Your container is closed"))
        box.setText(
            self.tr(
                "Your container is closed and kept, just as you left it.\n\n"
                "Before you go, you might notice your feet on the floor, name three things "
                "you can see, and take one slow breath."
            )
        )
        self.ground_first = box.addButton(
            self.tr("Ground me first"), QMessageBox.ButtonRole.ActionRole
        )
        self.close_app = box.addButton(
            self.tr("Close Container Studio"), QMessageBox.ButtonRole.AcceptRole
        )
        self.stay = box.addButton(
            self.tr("Stay a little longer"), QMessageBox.ButtonRole.RejectRole
        )
        for button in (self.ground_first, self.close_app, self.stay):
            button.setAccessibleName(button.text())
        box.setDefaultButton(self.stay)
        self.return_box = box
        box.buttonClicked.connect(self._on_return_box_clicked)
        box.open()

    def _on_return_box_clicked(self, button: QPushButton) -> None:
        if button is self.ground_first:
            self.ground_me()
        elif button is self.close_app:
            self.window.close()

    # -- the lid ----------------------------------------------------------------------------------
    def open_lid(self) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Open the lid?"),
            self.tr(
                "Opening your container is your choice, and it may be kinder to do it in "
                "session with your therapist. Would you like to open it now?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes and self.controller is not None:
            self.controller.open_lid()
