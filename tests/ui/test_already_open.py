"""A second launch on a library already open says so calmly (the calm notice, not a stock
message box) and leaves, exit code 3, touching nothing."""

from __future__ import annotations

import textwrap

from fresh_python import run_python

from containerstudio.ui.shell.startup import acquire_instance_lock

SECOND_LAUNCH = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def refuse(*_a, **_k):
        print("STOCK BOX", flush=True)
        raise SystemExit(9)

    QMessageBox.information = QMessageBox.question = QMessageBox.warning = refuse

    def answer():
        from containerstudio.ui.kit.calm_dialog import CalmDialog

        for w in QApplication.topLevelWidgets():
            if isinstance(w, CalmDialog) and w.isVisible():
                print("CALM", w.text(), flush=True)
                w.choose("ok")
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    from containerstudio.cli.main import main
    sys.exit(main(["--data-dir", sys.argv[1]]))
    """
)


def test_a_second_launch_says_calmly_that_the_library_is_open(qapp, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    held = acquire_instance_lock(data_dir)  # the first app, still running
    assert held is not None
    try:
        before = sorted(p.name for p in data_dir.iterdir())
        result = run_python(SECOND_LAUNCH, str(data_dir))
        after = sorted(p.name for p in data_dir.iterdir())
    finally:
        held.unlock()
    assert "STOCK BOX" not in result.stdout, result.stdout
    assert "CALM " in result.stdout, result.stdout
    assert result.returncode == 3, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert after == before
