"""Build hook: the wheel carries the shared data folders and the compiled translations.

`resources/` (fonts, stickers, templates, palettes, icons, translations, word list) and
`prompts/` (the shipped prompt packs) live at the top of the repository, where the
customer keeps them. A wheel cannot hold top-level folders, so the build copies them to
`containerstudio/resources/` and `containerstudio/prompts/` inside the built package;
`containerstudio/resources.py` and `flow/packs.py` look there first and beside the
package second (a source checkout or an editable install, where nothing is copied).

The catalogues (`resources/translations/*.ts`) are compiled to .qm with PySide6's
lrelease (scripts/translations.py), so no compiled file is kept in the repository: a
wheel gets them in `containerstudio/resources/translations/` (after the copy, which
would otherwise remove them); an editable install gets them beside the sources.

All metadata is in pyproject.toml; this file only adds these steps to `build_py`.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
PACKAGE = "containerstudio"
SHARED_FOLDERS = ("resources", "prompts")
"""Top-level folders copied into the package, each under its own name."""
LEFT_OUT = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


def _translations() -> ModuleType:
    """scripts/translations.py (it compiles the catalogues with PySide6's lrelease)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    return translations


class BuildPyWithData(build_py):
    """`build_py`, then the shared folders copied into the built package and the
    translations compiled into it."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the folders where they are
            _translations().compile_all(ROOT / "resources" / "translations")
            return
        for folder in SHARED_FOLDERS:
            source = ROOT / folder
            if not source.is_dir():
                raise SystemExit(f"The build needs the {folder}/ folder beside setup.py.")
            target = self.package_target() / folder
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(source, target, ignore=LEFT_OUT)
        _translations().compile_all(self.package_target() / "resources" / "translations")

    def package_target(self) -> Path:
        """The built package's folder (`build/lib/containerstudio` or the wheel's)."""
        return Path(self.build_lib) / PACKAGE


setup(cmdclass={"build_py": BuildPyWithData})
