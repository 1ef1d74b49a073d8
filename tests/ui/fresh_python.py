"""Running app code in a fresh interpreter, as a user's launch would."""

from __future__ import annotations

import os
import subprocess
import sys


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `code` with `args` in a new Python with offscreen Qt; its output is text."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
