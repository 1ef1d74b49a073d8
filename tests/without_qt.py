"""Run pytest with PySide6 made unimportable (`make test-core`).

The core (model, flow, storage, export, imaging) never needs Qt; its tests prove it by
passing in an interpreter where ``import PySide6`` fails. A finder placed first on
``sys.meta_path`` refuses Qt's modules before pytest or any test is imported, and the
pytest-qt plugin is left out (it would import Qt itself).

    python tests/without_qt.py tests/model tests/flow -q
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType

REFUSED = ("PySide6", "shiboken6")


class RefuseQt(MetaPathFinder):
    """Makes every import of Qt's bindings fail as if they were not installed."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname.partition(".")[0] in REFUSED:
            raise ModuleNotFoundError(f"No module named {fullname!r} (Qt is refused here)")
        return None


def main(args: Sequence[str]) -> int:
    loaded = [name for name in sys.modules if name.partition(".")[0] in REFUSED]
    if loaded:
        print(f"Qt was loaded before the guard: {loaded}", file=sys.stderr)
        return 3
    sys.meta_path.insert(0, RefuseQt())
    import pytest

    # Without its plugin, pytest-qt's ini setting (qt_api) is an unknown option.
    quiet = "ignore:Unknown config option:pytest.PytestConfigWarning"
    return int(pytest.main(["-p", "no:pytest-qt", "-W", quiet, *args]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
