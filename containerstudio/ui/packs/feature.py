"""The pack editor as a feature: Session → Edit exercises…, and saving off the UI thread.

The copy is written on the storage lane into the data folder's own packs
(``<data folder>/prompts``, read after the shipped ones; see ``flow.pack_folders``), the
packs are read again there, and the guide offers the new list at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from containerstudio.ui.kit.widgets import make_action

if TYPE_CHECKING:
    from pathlib import Path

    from containerstudio.flow import PackLoadResult, PromptPack
    from containerstudio.storage.library import Library
    from containerstudio.ui.packs.editor_dialog import PackEditorDialog
    from containerstudio.ui.services import WindowServices


def save_and_reread(pack: PromptPack, data_dir: Path) -> PackLoadResult:
    """Write `pack` among the own packs and read every pack again (storage lane)."""
    from containerstudio.flow import load_packs, pack_folders
    from containerstudio.flow.pack_file import save_own_pack

    folders = pack_folders(data_dir)
    save_own_pack(pack, folders[-1])
    return load_packs(folders)


class PackEditorFeature(QObject):
    """Owns the Edit exercises… action and the editor while it is open."""

    def __init__(self, services: WindowServices) -> None:
        super().__init__(services)
        self.services = services
        self.dialog: PackEditorDialog | None = None
        self.action = make_action(
            services.window,
            self.tr("Edit exercises…"),
            self.show_editor,
            icon="guide",
            tip=self.tr("Make your own copy of an exercise and change its steps"),
        )
        self.action.setEnabled(False)  # until the library (and its folder) is open
        services.menu("session").addAction(self.action)
        services.library_ready.connect(self._on_library_ready)
        if services.library_is_ready:
            self._on_library_ready(services.library)

    def _on_library_ready(self, library: Library) -> None:
        self.action.setEnabled(library.data_dir is not None)  # a server has no pack folder

    def show_editor(self) -> PackEditorDialog | None:
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        if not self.services.library_is_ready or self.services.library.data_dir is None:
            return None
        # The packs and the editor load when first asked for: not before the first frame.
        from containerstudio.flow import GROUNDING_PACK_ID
        from containerstudio.ui.packs.editor_dialog import PackEditorDialog

        packs = [p for p in self.services.guide.packs() if p.id != GROUNDING_PACK_ID]
        dialog = PackEditorDialog(packs, self._save, self.services.window)
        dialog.finished.connect(self._on_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _save(self, pack: PromptPack) -> None:
        data_dir = self.services.library.data_dir
        dialog = self.dialog
        if data_dir is None or dialog is None:
            return

        def done(packs: PackLoadResult) -> None:
            self.services.guide.use_packs(packs)
            if self.dialog is dialog:
                dialog.saved(pack)

        def failed(_exc: BaseException) -> None:
            if self.dialog is dialog:
                dialog.not_saved()

        self.services.work.run(lambda: save_and_reread(pack, data_dir), done, failed, storage=True)
