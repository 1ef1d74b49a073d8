"""Profiles in the app (issue 17, acceptance 1): the real entry point with `--profile`,
each profile behind its own passcode; File → Profiles… switches; the previous profile's
library is locked and closed, the next one shows only its own containers; the profile
dialog walks with its safety strip, and names stay out of window titles."""

from __future__ import annotations

import json
import textwrap

from fresh_python import WHEN_READY, run_python

from containerstudio.storage.encryption import enable_encryption
from containerstudio.storage.profiles import ProfileBook, open_profile
from tests.storage.crypto_helpers import FAST_KDF

PASSCODES = {"Ada Lovelace": "harbour lantern 4", "Ben Okri": "willow river 9"}

PROBE = WHEN_READY + textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication
    from shiboken6 import isValid
    from containerstudio.cli.main import main
    from containerstudio.storage.profiles import ProfileBook
    from containerstudio.ui.lock.lock_screen import LockScreen
    from containerstudio.ui.profiles.dialog import ProfilesDialog
    from containerstudio.ui.safety.strip import strip_of
    from containerstudio.ui.shell.main_window import MainWindow

    data_dir, passcodes, target = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
    app = QApplication(sys.argv[:1])
    report = {}
    first = []

    def unlock_when_asked():
        book = ProfileBook(__import__("pathlib").Path(data_dir))
        name = book.profile(book.current).name
        for w in QApplication.allWidgets():
            if isinstance(w, LockScreen) and w.isVisible() and not w.field.text():
                w.field.setText(passcodes[name])
                w.unlock_button.click()
        QTimer.singleShot(20, unlock_when_asked)

    def titles(w):
        return [info.title for info in w.library.list_containers()]

    def first_ready(w):
        first.append(w)
        report["first"] = {"folder": str(w.library.data_dir), "titles": titles(w),
                           "window": w.windowTitle()}
        first.append(w.library)
        action = next(a for a in w.findChildren(QAction) if a.text() == "&Profiles…")
        action.trigger()
        dialog = next(d for d in QApplication.topLevelWidgets()
                      if isinstance(d, ProfilesDialog) and d.isVisible())
        QTimer.singleShot(0, lambda: choose(dialog))

    def choose(dialog):
        report["dialog"] = {
            "rows": [dialog.list.item(i).text() for i in range(dialog.list.count())],
            "strip": strip_of(dialog) is not None,
            "switch_enabled_on_current": dialog.switch_button.isEnabled(),
        }
        for i in range(dialog.list.count()):
            if dialog.list.item(i).data(0x0100) == target:
                dialog.list.setCurrentRow(i)
        dialog.switch_button.click()
        QTimer.singleShot(0, look_for_second)

    def look_for_second():
        w = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                  and w.isVisible() and w is not first[0]), None)
        if w is None or w.current is None:
            QTimer.singleShot(20, look_for_second)
            return
        report["first_locked"] = first[1].is_locked
        report["first_closed"] = not isValid(first[0]) or not first[0].isVisible()
        report["second"] = {"folder": str(w.library.data_dir), "titles": titles(w),
                            "window": w.windowTitle()}
        print("REPORT " + json.dumps(report), flush=True)
        w.close()

    QTimer.singleShot(0, unlock_when_asked)
    when_ready(first_ready)
    sys.exit(main(["--data-dir", data_dir, "--profile", sys.argv[4]]))
    """
)


def _two_protected_profiles(data_dir) -> dict[str, str]:
    book = ProfileBook(data_dir)
    ids = {}
    for name, passcode in PASSCODES.items():
        profile = book.add(name)
        opened = open_profile(book, profile.id)
        enable_encryption(opened.library, passcode, FAST_KDF)
        opened.library.create_container(f"Box of {name.split()[0]}")
        opened.close()
        ids[name] = profile.id
    return ids


def test_switching_profiles_locks_the_previous_and_shows_only_the_next(data_dir):
    ids = _two_protected_profiles(data_dir)
    result = run_python(
        PROBE, str(data_dir), json.dumps(PASSCODES), ids["Ben Okri"], "Ada Lovelace"
    )
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("REPORT "))
    report = json.loads(line.removeprefix("REPORT "))

    assert report["first"]["folder"] == str(data_dir / "profiles" / ids["Ada Lovelace"])
    assert report["first"]["titles"] == ["Box of Ada"]
    assert report["second"]["folder"] == str(data_dir / "profiles" / ids["Ben Okri"])
    assert report["second"]["titles"] == ["Box of Ben"]  # never Ada's
    assert report["first_locked"] is True  # the previous profile's keys are gone
    assert report["first_closed"] is True
    rows = report["dialog"]["rows"]
    assert "Ada Lovelace (in use)" in rows and "Ben Okri" in rows
    assert report["dialog"]["strip"] is True
    assert report["dialog"]["switch_enabled_on_current"] is False
    for window in ("first", "second"):  # names are private: never in a title
        assert "Ada" not in report[window]["window"] and "Ben" not in report[window]["window"]
    assert ProfileBook(data_dir).current == ids["Ben Okri"]  # reopened next time
    assert "Ada" not in result.stderr and "Ben" not in result.stderr


def test_an_unknown_profile_gets_one_calm_line(data_dir):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "containerstudio", "--data-dir", str(data_dir), "--profile", "Zed"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "no such profile" in result.stderr and "Traceback" not in result.stderr
