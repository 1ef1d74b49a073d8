"""Every question and notice goes through the calm helper (ui/kit/calm_dialog.py): no
stock QMessageBox (its red and yellow icons, and a nested event loop that Hide now could
answer) and no blocking exec() anywhere in the app."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "containerstudio"


def stock_dialog_uses(source: str) -> list[int]:
    """Lines naming QMessageBox, or calling exec() / exec_() on anything."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name) and node.id == "QMessageBox":
            lines.append(node.lineno)
        elif isinstance(node, ast.alias) and node.name == "QMessageBox":
            lines.append(getattr(node, "lineno", 0))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("exec", "exec_")
        ):
            lines.append(node.lineno)
    return sorted(set(lines))


def test_the_scan_finds_a_planted_message_box():
    planted = (
        "from PySide6.QtWidgets import QMessageBox\n"
        "def ask(w):\n"
        "    return QMessageBox.question(w, 'a', 'b')\n"
        "def show(d):\n"
        "    d.exec()\n"
    )
    assert stock_dialog_uses(planted) == [1, 3, 5]
    assert stock_dialog_uses("def f(d):\n    d.open()\n") == []


def test_no_module_uses_a_stock_message_box_or_a_nested_event_loop():
    found = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := stock_dialog_uses(path.read_text(encoding="utf-8")))
    }
    # The application's own event loop is the one allowed exec().
    found.pop("app.py", None) if found.get("app.py") == _app_exec_lines() else None
    assert found == {}, f"use ui/kit/calm_dialog.py (ask, tell) and open(): {found}"


def _app_exec_lines() -> list[int]:
    tree = ast.parse((PACKAGE / "app.py").read_text(encoding="utf-8"))
    return [
        n.lineno
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and n.func.attr in ("exec", "exec_")
        and isinstance(n.func.value, ast.Name)
        and n.func.value.id in ("app", "application", "qapp")
    ]
