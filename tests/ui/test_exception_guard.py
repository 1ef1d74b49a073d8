"""Acceptance (hardening): an exception nobody caught, anywhere in the UI, is logged in
the data folder (never what a person wrote) and gets one calm message, no traceback."""

from __future__ import annotations

import sys
import textwrap

import pytest
from fresh_python import WHEN_READY, run_python
from PySide6.QtWidgets import QPushButton

from containerstudio.flow import find_judging_words
from containerstudio.ui.kit.exception_guard import ExceptionGuard, log_path

SECRET = "what I wrote on my slip"


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_and_told_once(qtbot, data_dir):
    guard = ExceptionGuard(data_dir)
    try:
        button = QPushButton("Try")
        qtbot.addWidget(button)

        def _on_button_clicked() -> None:
            raise RuntimeError(SECRET)

        button.clicked.connect(_on_button_clicked)
        button.click()
        button.click()
        assert guard.caught == 2
        box = guard.message_box
        assert box is not None and box.isVisible()
        assert box.text().startswith("Something unexpected happened. Your work is kept")
        assert str(log_path(data_dir)) in box.informativeText()
        assert "Traceback" not in box.text() + box.informativeText()
        assert not find_judging_words(box.text() + " " + box.informativeText())
        log = log_path(data_dir).read_text(encoding="utf-8")
        assert log.count("builtins.RuntimeError") == 2
        assert "_on_button_clicked" in log, "the log says where it happened"
        assert SECRET not in log, "the log never holds what a person wrote"
        box.close()
    finally:
        guard.uninstall()
    assert sys.excepthook is not guard.handle


PROBE = WHEN_READY + textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from containerstudio.ui.kit.calm_dialog import CalmDialog
    from containerstudio.cli.main import main

    app = QApplication(sys.argv[:1])

    def boom():
        raise ValueError("my private note")

    def told():
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, CalmDialog) and w.isVisible()]

    def look_and_close(window):
        if not told():
            QTimer.singleShot(10, lambda: look_and_close(window))  # the message is coming
            return
        for w in told():
            print("TOLD", w.text(), flush=True)
            w.close()
        window.close()
        QApplication.quit()

    def on_ready(window):
        QTimer.singleShot(0, boom)  # raised in a slot, from the running app's event loop
        QTimer.singleShot(0, lambda: look_and_close(window))

    when_ready(on_ready)
    sys.exit(main(sys.argv[1:]))
    """
)


def test_the_app_keeps_tracebacks_out_of_sight(data_dir):
    result = run_python(PROBE, "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert "TOLD Something unexpected happened." in result.stdout
    assert "Traceback" not in result.stderr
    log = log_path(data_dir).read_text(encoding="utf-8")
    assert "builtins.ValueError" in log and "my private note" not in log
