"""The one build step pyproject.toml cannot say: compile the translations into the build.

The catalogues (`resources/translations/*.ts`) are compiled to .qm with PySide6's
lrelease (scripts/translations.py), so no compiled file is kept in the repository: a
wheel gets them in `containerstudio/resources/translations/`, where the app looks when
it runs from an install; an editable install gets them beside the sources.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    """build_py, then every catalogue compiled into the package's resources."""

    def run(self) -> None:
        super().run()
        sys.path.insert(0, str(HERE / "scripts"))
        try:
            import translations
        finally:
            sys.path.pop(0)
        if self.editable_mode:
            translations.compile_all(HERE / "resources" / "translations")
        else:
            out = Path(self.build_lib) / "containerstudio" / "resources" / "translations"
            translations.compile_all(out)


setup(cmdclass={"build_py": BuildWithTranslations})
