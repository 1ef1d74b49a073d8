"""Group session (issue 17): Container → Group session… opens the facilitator's view,
which gathers each participant's container (from its own profile, or a portable file
they brought) and prints them together, each person's closed lid and slips kept off
the paper. Session → Before you hand over… is therapist mode: the exercise and session
length the client is offered, chosen first, and nothing recorded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from containerstudio.ui.kit.widgets import make_action

if TYPE_CHECKING:
    from containerstudio.ui.group.dialog import GroupSessionDialog
    from containerstudio.ui.group.therapist_dialog import TherapistSetupDialog
    from containerstudio.ui.services import WindowServices

__all__ = ["GroupFeature", "install_group"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("GroupSession", text)


class GroupFeature(QObject):
    """The Group session… and Before you hand over… actions (enabled once the library
    is open) and their dialogs."""

    def __init__(self, services: WindowServices) -> None:
        super().__init__(services.window)
        self.services = services
        self.dialog: GroupSessionDialog | None = None
        self.setup_dialog: TherapistSetupDialog | None = None
        self.action = make_action(
            services.window, _tr("&Group session…"), self.show, icon="group-session"
        )
        self.setup_action = make_action(
            services.window, _tr("&Before you hand over…"), self.show_setup, icon="hand-over"
        )
        for action in (self.action, self.setup_action):
            action.setEnabled(services.library_is_ready)
        services.library_ready.connect(lambda _library: self._enable())
        if services.has_menu("session"):
            services.menu("session").addAction(self.setup_action)
        if services.has_menu("container"):
            menu = services.menu("container")
            separators = [a for a in menu.actions() if a.isSeparator()]
            if separators:
                menu.insertAction(separators[-1], self.action)
            else:
                menu.addAction(self.action)

    def _enable(self) -> None:
        self.action.setEnabled(True)
        self.setup_action.setEnabled(True)

    def show_setup(self) -> TherapistSetupDialog | None:
        """Therapist mode: choose what the client is offered before handing over."""
        from containerstudio.ui.group.therapist_dialog import TherapistSetupDialog

        if not self.services.library_is_ready:
            return None
        dialog = TherapistSetupDialog(self.services.guide, self.services.window)
        self.setup_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show(self) -> GroupSessionDialog | None:
        """Open the facilitator's view on this data folder's profiles."""
        from containerstudio.exchange.group_session import book_for_folder
        from containerstudio.ui.group.dialog import GroupSessionDialog

        services = self.services
        if not services.library_is_ready:
            return None
        library = services.library
        folder = library.data_dir
        if folder is None or library.db.engine.dialect.name != "sqlite":
            services.notify(_tr("A group session gathers profiles kept on this computer."))
            return None
        dialog = GroupSessionDialog(
            book_for_folder(folder), library, services.work, services.window
        )
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


def install_group(services: WindowServices) -> GroupFeature:
    """Build the feature on the window's services."""
    return GroupFeature(services)
