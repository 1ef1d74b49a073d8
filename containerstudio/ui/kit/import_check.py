"""PySide6 asks of every module imported after it whether the module uses PySide6 (for
its optional `from __feature__ import ...` switching, which this app never uses). It
answers by reading the module's source through `inspect.getsource`: tokenizing and
caching every line of every file, which made up about a quarter of importing storage
(SQLAlchemy) at start-up, on the path to the container being ready.

`make_import_check_cheap` keeps the question and its answer (is "PySide6" in the source?)
and reads the file's bytes once instead. Where PySide6 does not have the hook (another
version), nothing changes."""

from __future__ import annotations

import sys
from types import ModuleType

_HOOK_MODULE = "shibokensupport.feature"
_HOOK = "_mod_uses_pyside"
_MARK = "_containerstudio_cheap"


def make_import_check_cheap() -> bool:
    """Replace PySide6's per-import source check with a byte search (once); True when
    the cheap check is in place."""
    feature = sys.modules.get(_HOOK_MODULE)
    original = getattr(feature, _HOOK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))  # built in, compiled or zipped: PySide6's way
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    setattr(uses_pyside, _MARK, True)
    uses_pyside.__wrapped__ = original  # type: ignore[attr-defined]  # PySide6's own
    setattr(feature, _HOOK, uses_pyside)
    return True
