"""Where the library lives: --data-dir, then $CONTAINERSTUDIO_DATA_DIR, then the
platform's per-user data folder (the same place Qt's AppDataLocation points to)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VAR = "CONTAINERSTUDIO_DATA_DIR"
APP_DIR_NAME = "ContainerStudio"
DATABASE_NAME = "library.sqlite3"
# A practice server: --database-url, then $CONTAINERSTUDIO_DATABASE_URL; none by default.
DATABASE_URL_VAR = "CONTAINERSTUDIO_DATABASE_URL"
DEFAULT_SCHEMA = "containerstudio"  # the server schema of the default profile


def platform_data_dir() -> Path:
    """The per-user application data folder on this platform."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use, from the command-line option, environment or platform."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return platform_data_dir()


def resolve_database_url(option: str | None = None) -> str | None:
    """The server to keep the library on, if the person configured one (else None: the
    library is an SQLite file in the data folder, and nothing is contacted)."""
    return option or os.environ.get(DATABASE_URL_VAR) or None
