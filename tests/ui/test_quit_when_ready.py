"""`--quit-when-ready` (the check that an install starts) ends once the container is
ready, also in a library whose welcome was never shown: the check asks for no welcome
(shown after the window closed, it kept the app open for good), so the welcome waits for
the person's own first start."""

from __future__ import annotations

import textwrap

import pytest
from fresh_python import run_python

from containerstudio.storage.database import open_database
from containerstudio.storage.library import LAST_OPEN_KEY, Library
from containerstudio.ui.welcome.first_run import WELCOME_FILE

LAUNCH = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from containerstudio.cli.main import main
    from containerstudio.ui.welcome.feature import WelcomeFeature

    greet = WelcomeFeature.greet_on_first_run

    def asked(self):
        print("WELCOME ASKED FOR", flush=True)
        greet(self)

    WelcomeFeature.greet_on_first_run = asked
    args = sys.argv[1:]
    if "--quit-when-ready" not in args:  # a person's start: look, then close
        def look():
            w = next((w for w in QApplication.topLevelWidgets()
                      if hasattr(w, "container_ready") and w.isVisible()), None)
            if w is None:
                QTimer.singleShot(10, look)
                return
            QApplication.quit()
        QTimer.singleShot(0, look)
    sys.exit(main(args))
    """
)


def _library_never_welcomed(data_dir) -> None:
    db = open_database(data_dir)
    try:
        library = Library(db)
        library.set_setting(LAST_OPEN_KEY, str(library.create_container("drawing")))
    finally:
        db.close()
    assert not (data_dir / WELCOME_FILE).exists()


@pytest.mark.parametrize("check", [True, False], ids=["the check", "a person's start"])
def test_only_a_persons_start_asks_for_the_welcome(data_dir, check):
    _library_never_welcomed(data_dir)
    args = ["--data-dir", str(data_dir)] + (["--quit-when-ready"] if check else [])
    result = run_python(LAUNCH, *args)
    assert result.returncode == 0, result.stderr  # it ended (the run is time-bound)
    assert ("WELCOME ASKED FOR" in result.stdout) is not check
    if check:
        assert not (data_dir / WELCOME_FILE).exists(), "the welcome still waits for the person"
