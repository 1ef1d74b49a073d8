"""Help → Keyboard shortcuts: every key of the window, read from its actions.

The list is built from the actions themselves (their text and shortcuts) when the
dialog opens, menu by menu, then the keys of actions found on bars only (the tools),
so it can never list a key that does not work or miss one that does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMenu,
    QMenuBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from containerstudio.ui.kit.widgets import shown_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def keys_of(action: QAction) -> str:
    """The action's keys as a person reads them ("Ctrl+Z", "F1 or Ctrl+G")."""
    native = QKeySequence.SequenceFormat.NativeText
    keys = [k.toString(native) for k in action.shortcuts() if not k.isEmpty()]
    if len(keys) < 2:
        return keys[0] if keys else ""
    return _tr("%s or %s") % (", ".join(keys[:-1]), keys[-1])


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found.extend(_menu_actions(sub))
        elif not action.isSeparator():
            found.append(action)
    return found


def shortcut_groups(window: QWidget) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action name, keys)]) for each menu of `window` with keys, then
    ("Tools and panels", …) for keyed actions that are in no menu."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    seen: set[int] = set()
    for bar in window.findChildren(QMenuBar):
        for top in bar.actions():
            menu = top.menu()
            if not isinstance(menu, QMenu):
                continue
            rows = []
            for action in _menu_actions(menu):
                seen.add(id(action))
                if keys_of(action):
                    rows.append((shown_name(action), keys_of(action)))
            if rows:
                groups.append((menu.title().replace("&", ""), rows))
    rest = []
    names = set()
    for action in window.findChildren(QAction):
        if id(action) in seen or not keys_of(action) or not action.text():
            continue
        row = (shown_name(action), keys_of(action))
        if row not in names:
            names.add(row)
            rest.append(row)
    if rest:
        groups.append((_tr("Tools and panels"), rest))
    return groups


class ShortcutsDialog(QDialog):
    """The keys of every action, grouped by menu; read-only, closed with Close or Escape."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcuts_list")
        self.tree.setAccessibleName(self.tr("Every action and its keys"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        for title, rows in shortcut_groups(window):
            group = QTreeWidgetItem(self.tree, [title, ""])
            group.setFirstColumnSpanned(True)
            for name, keys in rows:
                QTreeWidgetItem(group, [name, keys])
            group.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the list of shortcuts"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.resize(520, 560)
        self.finished.connect(self.deleteLater)
