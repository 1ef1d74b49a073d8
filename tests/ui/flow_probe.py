"""Run the real window in its own process, for kill-and-resume tests.

python tests/ui/flow_probe.py DATA_DIR drive   # walk a few steps, print READY, keep running
python tests/ui/flow_probe.py DATA_DIR report  # print where the guide is, as JSON, and quit
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from guide_helpers import click, current_step_id, panel, rate, session, write_note
from PySide6.QtWidgets import QApplication

from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.shell.main_window import MainWindow


def main() -> int:
    data_dir, mode = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(sys.argv[:1])
    window = MainWindow(BackgroundWork(), Library(open_database(data_dir)))
    window.show()
    app.processEvents()
    if mode == "drive":
        p = panel(window)
        click(p.start_button)
        click(p.next_button)
        rate(window, 4)
        click(p.next_button)
        write_note(window, "Kept for Tuesday")
        click(p.next_button)
        click(p.skip_button)
        # Saves go to the storage lane and are written within milliseconds; READY says
        # they are on disk, so the kill that follows tests resuming, not a race.
        window.work.wait()
        print("READY", current_step_id(window), flush=True)
        return app.exec()
    s = session(window)
    report = {
        "step": s.current_step.id if s else None,
        "started": bool(s and s.started),
        "answers": s.answers if s else None,
        "skipped": sorted(s.skipped) if s else None,
        "panel": panel(window).progress.text(),
    }
    print(json.dumps(report), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
