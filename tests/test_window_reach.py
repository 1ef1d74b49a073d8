"""Acceptance 3 (issue 14): no feature reaches into the window or another feature.

Every module under `ui/` except `ui/shell/` (which builds the window) is parsed. It
fails on:

- `getattr(window, …)` (and `hasattr`/`setattr`/`delattr`) on anything called `window`
  or `main_window`, or on `parent()`/`window()`: an untyped look into the window;
- an attribute chain rooted at a name or attribute called `window`/`main_window`, at
  `parent()` or `window()`, or at a `cast(…Window, …)`, that uses an attribute a plain
  QWidget does not have. Features get the window from their services as a QWidget
  (`services.window`, the parent for dialogs); all else of the window comes through
  the typed services (`ui/services.py`), which mypy checks, so a window attribute
  beyond QWidget's is a reach past the interface;
- reading a private attribute (`x._name`, `x` not `self`/`cls`/`super()`) that no module
  of the reader's own feature folder defines: another feature's insides.
"""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "containerstudio" / "ui"
WINDOW_NAMES = {"window", "main_window"}
WINDOW_CALLS = {"window", "parent"}
LOOKUPS = {"getattr", "hasattr", "setattr", "delattr"}
# Public API of the standard library that starts with an underscore.
PUBLIC_UNDERSCORE = {"_replace", "_asdict", "_fields", "_make", "_field_defaults"}


def allowed_window_attributes() -> set[str]:
    """What a feature may use on the window itself: a QWidget's own API (what
    `WindowServices.window` is typed as)."""
    from PySide6.QtWidgets import QWidget

    from containerstudio.ui.services import WindowServices

    assert WindowServices.window.fget.__annotations__["return"] == "QWidget"
    return set(dir(QWidget))


def _is_window_root(node: ast.expr) -> bool:
    """`window`, `x.window`, `main_window`, `parent()`, `x.window()`, `cast(…Window, …)`."""
    if isinstance(node, ast.Name):
        return node.id in WINDOW_NAMES
    if isinstance(node, ast.Attribute):
        return node.attr in WINDOW_NAMES
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute | ast.Name) and not node.args:
            name = func.attr if isinstance(func, ast.Attribute) else func.id
            return name in WINDOW_CALLS
        if isinstance(func, ast.Name) and func.id == "cast" and node.args:
            return "Window" in ast.unparse(node.args[0])
    return False


def _is_self(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return node.id in ("self", "cls")
    return (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "super"
    )


def defined_names(sources: Iterable[str]) -> set[str]:
    """Every name the sources define: functions, classes, assigned names and attributes."""
    names: set[str] = set()
    for source in sources:
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                names.add(node.attr)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, ast.arg):
                names.add(node.arg)
    return names


def reach_problems(source: str, allowed: set[str], own: set[str]) -> Iterator[str]:
    """Where `source` reaches into the window or into another feature (`own`: the names
    the reader's feature defines; `allowed`: what may be used on the window)."""
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in LOOKUPS
            and node.args
            and _is_window_root(node.args[0])
        ):
            yield f"line {node.lineno}: {ast.unparse(node)} looks into the window"
        if not isinstance(node, ast.Attribute):
            continue
        if _is_window_root(node.value) and node.attr not in allowed:
            yield (
                f"line {node.lineno}: {ast.unparse(node)} uses the window's `{node.attr}`, "
                "beyond a QWidget's: ask the window services (ui/services.py)"
            )
        name = node.attr
        private = name.startswith("_") and not name.startswith("__")
        if private and name not in PUBLIC_UNDERSCORE | own and not _is_self(node.value):
            yield f"line {node.lineno}: {ast.unparse(node)} reads another's private `{name}`"


def _feature_of(path: Path) -> Path:
    """A module's feature folder (`ui/<feature>/`), or the module itself at ui's root."""
    rel = path.relative_to(UI)
    return UI / rel.parts[0] if len(rel.parts) > 1 else path


def scanned_modules() -> list[Path]:
    return [p for p in sorted(UI.rglob("*.py")) if _feature_of(p) != UI / "shell"]


def test_no_feature_reaches_into_the_window_or_another_feature():
    allowed = allowed_window_attributes()
    own_by_feature: dict[Path, set[str]] = {}
    found = []
    modules = scanned_modules()
    assert len(modules) > 60 and not any("shell" in p.parts for p in modules)
    for path in modules:
        feature = _feature_of(path)
        if feature not in own_by_feature:
            files = sorted(feature.rglob("*.py")) if feature.is_dir() else [feature]
            own_by_feature[feature] = defined_names(p.read_text(encoding="utf-8") for p in files)
        source = path.read_text(encoding="utf-8")
        for problem in reach_problems(source, allowed, own_by_feature[feature]):
            found.append(f"{path.relative_to(ROOT)} {problem}")
    assert not found, "\n".join(found)


PLANTED = {
    "getattr on the window": "current = getattr(self.window, 'current', None)\n",
    "hasattr on a window name": "if hasattr(window, 'guide'):\n    pass\n",
    "a window attribute": "packs = self.window.guide.controller.packs.packs\n",
    "a private method of the window": "found = window._initial_container()\n",
    "through main_window": "main_window.studio.history.show()\n",
    "through parent()": "self.parent().current.stack.undo()\n",
    "through a cast": "cast(MainWindow, self.parent()).library.setting('x')\n",
    "through window()": "self.window().versions.show_library()\n",
    "through the services' window": "self.services.window.export_actions.export_pdf()\n",
    "another feature's private": "self.studio._canvas.zoom_by(2)\n",
}


@pytest.mark.parametrize("source", PLANTED.values(), ids=PLANTED.keys())
def test_a_planted_reach_is_found(source):
    own = defined_names([source])
    assert list(reach_problems(textwrap.dedent(source), allowed_window_attributes(), own))


def test_what_features_may_do_is_not_flagged():
    source = textwrap.dedent(
        """
        class Feature:
            def __init__(self, services):
                self.services = services
                self.window = services.window
                self._own = 1

            def act(self, other):
                current = self.services.current
                self.services.notify("hello")
                self.window.setWindowTitle(self.window.windowTitle())
                self.services.window.findChildren(object)
                other._own = other._own + 1  # the same feature's own private
                return self.window().rect(), super()._open(), current._replace()
        """
    )
    assert list(reach_problems(source, allowed_window_attributes(), defined_names([source]))) == []
