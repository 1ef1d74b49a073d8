"""Acceptance (safety everywhere 1, 4, 7): the always-there keys work in every dialog and
secondary window (Close safely and Quit too); Hide now and Pause cover every window at
once, with a neutral title and icon, and bring each back as it was, typed text and all;
Ctrl+Q and *Container → Quit* keep everything and close.

`WALK` is the list of every dialog and secondary window the app has; the second test
reads the code and fails when a dialog class or a file picker appears that it lacks.
"""

from __future__ import annotations

import ast
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from guide_helpers import add_slip, body_widget, click, panel, session
from helpers import drag, line
from PySide6.QtGui import QIcon
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QSizeGrip,
    QToolBar,
    QWidget,
)
from safety_probe import (
    field_text,
    first_text_field,
    press,
    shows_marker,
    visible_windows,
)
from shiboken6 import isValid

from containerstudio.ui.guide.step_widgets import NoteWidget
from containerstudio.ui.safety.covers import neutral_icon
from containerstudio.ui.safety.strip import strip_of

MARKER_WORD = "Marigold7"
MARKER_RGB = (255, 0, 170)
MARKER_HEX = "#ff00aa"
PACKAGE = Path(__file__).resolve().parents[2] / "containerstudio"


@dataclass(frozen=True)
class Stop:
    """One dialog or window of the app: how to open it, and what it is."""

    name: str
    open: Callable[[object], None]
    kind: str  # the class of the window it opens
    picker: str = ""  # "module:function" of a file picker it opens, if it is one


def _library(w):
    dialog = w.versions.show_library()
    dialog.search.clear()  # an earlier stop typed into it
    _wait_for(lambda: not dialog.reading)  # the grids are read on the storage lane
    return dialog


def _library_selecting(w, title, trash=False):
    dialog = _library(w)
    grid = dialog.trash_grid if trash else dialog.grid
    if trash:
        dialog.tabs.setCurrentIndex(1)
    _wait_for(lambda: not dialog.reading)  # the grids are read on the storage lane
    grid.clearSelection()
    for i in range(grid.count()):
        if grid.item(i).text().startswith(title):
            grid.setCurrentRow(i)
            grid.item(i).setSelected(True)
    assert len(grid.selectedItems()) == 1, title
    return dialog


def _wait_for(condition, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "what was read in the background did not arrive"
        QApplication.processEvents()
        time.sleep(0.005)


def _dock_selecting(w, *rows):
    dock = w.versions.dock
    dock.show()
    dock.raise_()
    _wait_for(lambda: not dock.reading)  # the timeline is read on the storage lane
    dock.timeline.clearSelection()
    for row in rows:
        dock.timeline.item(row).setSelected(True)
    return dock


def _card(w):
    from containerstudio.ui.safety.card_dialog import SafetyCardDialog

    card = next(x for x in QApplication.topLevelWidgets() if isinstance(x, SafetyCardDialog))
    _wait_for(lambda: card.loaded)  # its fields wait, greyed, until the card is read
    return card


def _lock(w):
    from containerstudio.ui.lock import install_lock

    if not hasattr(w, "_walk_lock"):
        w._walk_lock = install_lock(w.services, w.library, offer_delay_ms=10**8)
    return w._walk_lock


def _recovery_key(w):
    from containerstudio.ui.lock.passcode_dialog import RecoveryKeyDialog

    RecoveryKeyDialog(" ".join(["meadow"] * 12), w).open()


def _profiles(w):
    from containerstudio.storage.profiles import ProfileBook
    from containerstudio.ui.profiles import ProfileSwitch, install_profiles

    if not hasattr(w, "_walk_profiles"):
        switch = ProfileSwitch(ProfileBook(w.library.data_dir), "default", w)
        w._walk_profiles = install_profiles(w.services, switch)
    w._walk_profiles.trigger()


def _restore_offer(w):
    from containerstudio.storage.problem import StorageKind, StorageProblem
    from containerstudio.ui.shell.startup import RestoreBackupDialog

    problem = StorageProblem(StorageKind.DAMAGED, path=str(Path("library.sqlite3")))
    RestoreBackupDialog(problem, Path("library-backup.sqlite3"), w).open()


def _export(w):
    w.export_actions.export_pdf()
    _wait_for(lambda: w.export_actions.dialog is not None)  # read on the lane
    return w.export_actions.dialog


def _export_print_preview(w):
    dialog = _export(w)
    dialog.print_button.click()


WALK: list[Stop] = [
    Stop(
        "Add photo",
        lambda w: w.studio.photos.choose_files(w),
        "QFileDialog",
        "studio.photo_import:choose_files",
    ),
    Stop("Save version", lambda w: w.versions.ask_and_save_version(), "SaveVersionDialog"),
    Stop("Library", _library, "LibraryDialog"),
    Stop(
        "Rename in the library",
        lambda w: _library_selecting(w, "Second").rename_button.click(),
        "AskValueDialog",
    ),
    Stop("New container: its name", lambda w: w.new_container(), "AskValueDialog"),
    Stop(
        "Library: new container",
        lambda w: _library(w).new_button.click(),
        "AskValueDialog",
    ),
    Stop(
        "Move to Trash",
        lambda w: _library_selecting(w, "Second").trash_button.click(),
        "CalmDialog",
    ),
    Stop(
        "Remove for good",
        lambda w: _library_selecting(w, "Old one", trash=True).purge_button.click(),
        "CalmDialog",
    ),
    Stop(
        "Print together",
        lambda w: _library_selecting(w, "Second").print_button.click(),
        "GroupPrintDialog",
    ),
    Stop(
        "Print together: save",
        lambda w: _library_selecting(w, "Second").print_selected().save_button.click(),
        "QFileDialog",
        "library.group_print_dialog:_on_save_clicked",
    ),
    Stop(
        "Print together: print preview",
        lambda w: _library_selecting(w, "Second").print_selected().print_button.click(),
        "QPrintPreviewDialog",
    ),
    Stop("Export", _export, "ExportDialog"),
    Stop(
        "Other colour",
        lambda w: w.tool_panel.palette_widget.custom.click(),
        "QColorDialog",
    ),
    Stop(
        "Export: save",
        lambda w: _export(w).save_button.click(),
        "QFileDialog",
        "export.dialog:_on_save_clicked",
    ),
    Stop("Export: print preview", _export_print_preview, "QPrintPreviewDialog"),
    Stop("Export PNG: width", lambda w: w.export_actions.export_png(), "AskValueDialog"),
    Stop(
        "Export PNG: save",
        lambda w: w.export_actions.export_png(width=200),
        "QFileDialog",
        "export.actions:export_png",
    ),
    Stop(
        "Paper container: save",
        lambda w: w.export_actions.export_box(),
        "QFileDialog",
        "export.actions:export_box",
    ),
    Stop("Look at a version", lambda w: _dock_selecting(w, 0).open_selected(), "VersionViewDialog"),
    Stop(
        "Side by side",
        lambda w: _dock_selecting(w, 0, 1).compare_selected(),
        "CompareVersionsDialog",
    ),
    Stop("Replay", lambda w: _dock_selecting(w, 1).replay_selected(), "ReplayDialog"),
    Stop("Restore as new", lambda w: _dock_selecting(w, 0).restore_selected(), "CalmDialog"),
    Stop("Ground me", lambda w: w.guide.safety.ground_me(), "GroundingDialog"),
    Stop("My safety card", lambda w: w.guide.safety.show_safety_card(), "SafetyCardDialog"),
    Stop(
        "My safety card: a photo",
        lambda w: w.guide.safety.show_safety_card() or _card(w).add_photo_button.click(),
        "QFileDialog",
        "safety.card_dialog:choose_photo",
    ),
    Stop("Close safely", lambda w: w.guide.safety.close_safely(), "CalmDialog"),
    Stop("Quit in a session", lambda w: w.guide.safety.quit(), "CalmDialog"),
    Stop("Open the lid", lambda w: w.guide.safety.open_lid(), "CalmDialog"),
    Stop("Title of the plain page", lambda w: w.guide.safety.choose_hide_title(), "AskValueDialog"),
    Stop("Protect with a passcode", lambda w: _lock(w).protect_action.trigger(), "PasscodeDialog"),
    Stop("Recovery key", lambda w: _recovery_key(w), "RecoveryKeyDialog"),
    Stop("Profiles", _profiles, "ProfilesDialog"),
    # At start-up it comes before the library (tests/ui/test_library_file_refused.py
    # covers it there too); here it is walked like every other dialog.
    Stop("Restore a backup", lambda w: _restore_offer(w), "RestoreBackupDialog"),
    # The handover (issue 17): sealed for the therapist, cards, what left, files in and out.
    Stop("Send to my therapist", lambda w: w.handover.send(), "SendToTherapistDialog"),
    Stop("Therapist card", lambda w: w.handover.show_card(), "TherapistCardDialog"),
    Stop("What left the app", lambda w: w.handover.show_log(), "WhatLeftDialog"),
    Stop(
        "Import a container",
        lambda w: w.handover.choose_import(),
        "QFileDialog",
        "handover.pickers:pick_file_to_take_in",
    ),
    Stop("Save a portable file", lambda w: w.handover.ask_about_slips(), "CalmDialog"),
    Stop(
        "Save a portable file: where",
        lambda w: w.handover.pick_portable(include_slips=False),
        "QFileDialog",
        "handover.pickers:pick_place_to_save",
    ),
    Stop("Edit exercises", lambda w: w.pack_editor.show_editor(), "PackEditorDialog"),
    # The group session (issue 17): the facilitator's view and the file a person brings.
    Stop("Group session", lambda w: w.group.show(), "GroupSessionDialog"),
    Stop(
        "Group session: a portable file",
        lambda w: w.group.show()._choose_file(),
        "QFileDialog",
        "group.dialog:_choose_file",
    ),
    Stop("Before you hand over", lambda w: w.group.show_setup(), "TherapistSetupDialog"),
    Stop("Welcome", lambda w: w.welcome.show_welcome(), "WelcomeDialog"),
    Stop("Settings", lambda w: w.settings.show_settings(), "SettingsDialog"),
    Stop("Keyboard shortcuts", lambda w: w.help_menu.show_shortcuts(), "ShortcutsDialog"),
    Stop("Where is my data?", lambda w: w.help_menu.where_is_my_data(), "CalmDialog"),
    Stop("About the exercise", lambda w: w.help_menu.about_the_exercise(), "CalmDialog"),
]


APP_NAME = "Container Studio"


@pytest.fixture
def app_named():
    """The application named as `app.main` names it: the window system adds that name
    to every window title, so a cover must take it away too."""
    before = QApplication.applicationDisplayName()
    QApplication.setApplicationDisplayName(APP_NAME)
    yield
    QApplication.setApplicationDisplayName(before)


@pytest.fixture
def marked_window(app_named, open_window, qtbot):
    """A window whose canvas, reflections and slips carry the markers, with two versions,
    another container and one in the Trash."""
    window = open_window()
    library = window.library
    library.create_container("Second")
    from containerstudio.storage.trash import move_to_trash

    move_to_trash(library, library.create_container("Old one"))
    window.tool_settings.set_color(MARKER_HEX)
    window.tool_settings.set_width(30)
    drag(window, line(300, 300, 900, 500))
    saved: list[int] = []
    for count, name in enumerate(("first", "second"), start=1):
        window.current.save_version(name=name, on_done=saved.append)
        qtbot.waitUntil(lambda count=count: len(saved) == count, timeout=5000)
    click(panel(window).start_button)
    while session(window).current_step.id != "intention":
        click(panel(window).next_button)
    note = body_widget(window, NoteWidget)
    note.setFocus()
    QTest.keyClicks(note, f"I would like {MARKER_WORD} kept")
    while not panel(window).slips.isVisible():
        click(panel(window).next_button)
    add_slip(window, MARKER_WORD)
    window.activateWindow()
    return window


def _newly_visible(before: list[QWidget]) -> list[QWidget]:
    return [w for w in visible_windows() if w not in before]


def _icon_image(icon: QIcon):
    return icon.pixmap(32, 32).toImage()


def _assert_covered(window, how: str) -> None:
    shown = visible_windows()
    assert shown == [window], f"{how}: still on screen: {[type(w).__name__ for w in shown]}"
    assert QApplication.applicationDisplayName() != "", "the app's name was never set"
    for word in ("Container Studio", "My container", "Second"):
        assert word not in window.windowTitle(), f"{how}: the title names {word!r}"
        assert word not in QApplication.applicationDisplayName(), f"{how}: {word!r} shows"
    assert _icon_image(window.windowIcon()) == _icon_image(neutral_icon()), f"{how}: icon"
    assert not shows_marker(window, MARKER_WORD, MARKER_RGB), how


def _assert_back(window, shown: list[QWidget], how: str) -> None:
    """Every window is back, and the main window is called what it was called."""
    assert set(shown) <= set(visible_windows()), f"{how}: not every window came back"
    assert QApplication.applicationDisplayName() == APP_NAME, how
    assert window.windowTitle() == window.tr("Container Studio"), how
    assert _icon_image(window.windowIcon()) != _icon_image(neutral_icon()), how


def _calm_moment_from(window, qtbot, target: QWidget, shown: list[QWidget], how: str) -> None:
    """Ctrl+W (Close safely) and Ctrl+Q (Quit, in a session) in `target`: each offers its
    calm closing moment above it (so it can be answered over a modal dialog), and *Stay
    a little longer* leaves every window as it was."""
    safety = window.guide.safety
    replaced = set()  # the stop may be such a moment: it is offered anew
    for key, says in (("Ctrl+W", "Your container is closed"), ("Ctrl+Q", "Your work is kept")):
        replaced.add(safety.return_box)
        press(target if isValid(target) and target.isVisible() else window, key)
        box = safety.return_box
        assert box is not None and box.isVisible(), f"{how}: {key} did nothing"
        assert box.windowTitle() == says, how
        assert QApplication.activeModalWidget() is box, f"{how}: {key}'s moment is blocked"
        assert window.guide.controller.lid_closed() == (key == "Ctrl+W"), how
        click(safety.stay)
        qtbot.waitUntil(lambda box=box: not box.isVisible())
        assert window.isVisible(), f"{how}: {key} closed the app without asking"
        assert set(shown) - replaced <= set(visible_windows()), f"{how}: a window went"
        if key == "Ctrl+W":
            window.guide.controller.open_lid()  # as it was, for the next stop


def _visit(window, qtbot, stop: Stop) -> None:
    safety = window.guide.safety
    before = visible_windows()
    stop.open(window)

    def arrived() -> bool:
        return any(type(w).__name__ == stop.kind for w in _newly_visible(before))

    qtbot.waitUntil(arrived, timeout=10000)
    opened = _newly_visible(before)
    top = QApplication.activeModalWidget() or opened[-1]
    # The platform's own picker would be a window the app can neither reach nor cover.
    for picker in [w for w in opened if isinstance(w, QFileDialog)]:
        assert picker.testOption(QFileDialog.Option.DontUseNativeDialog), stop.name
    for picker in [w for w in opened if isinstance(w, QColorDialog)]:
        assert picker.testOption(QColorDialog.ColorDialogOption.DontUseNativeDialog), stop.name
    clipped = [
        label.text()[:40]
        for label in top.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]
    assert not clipped, f"{stop.name}: text cut off (the strip took its room?): {clipped}"
    layout = top.layout()
    if layout is not None and layout.hasHeightForWidth():
        assert top.height() >= layout.totalHeightForWidth(top.width()), (
            f"{stop.name}: too short for its text and its safety strip"
        )
    top.activateWindow()  # as the window system does for a new dialog
    qtbot.waitUntil(top.isActiveWindow, timeout=3000)
    field = first_text_field(top)
    typed = None
    if field is not None:
        field.setFocus()
        QTest.keyClicks(field, " walk")
        typed = field_text(field)
        if " walk" not in typed:  # a field that takes no such text (a zoom figure)
            field = None
    shown = visible_windows()

    press(top, "F1")  # Ground me opens above whatever is open
    grounding = safety.grounding_dialog
    assert grounding is not None and grounding.isVisible(), stop.name
    assert strip_of(grounding) is not None and strip_of(grounding).isVisible()
    assert grounding.parentWidget() is (QApplication.activeModalWidget() or window) or (
        grounding.parentWidget() in shown
    )

    press(top, "F2")
    assert safety.paused, stop.name
    _assert_covered(window, f"{stop.name}, paused")
    click(safety.pause_screen.resume_button)
    _assert_back(window, shown, f"{stop.name}, resumed")

    press(top, "F12")
    assert safety.hidden, stop.name
    _assert_covered(window, f"{stop.name}, hidden")
    click(safety.hide_screen.return_button)
    _assert_back(window, shown, f"{stop.name}, returned")

    press(top, "Ctrl+G")
    assert safety.grounding_dialog is grounding and grounding.isVisible()
    press(grounding, "Ctrl+H")  # from inside Ground me too
    assert safety.hidden
    _assert_covered(window, f"{stop.name}, hidden from Ground me")
    click(safety.hide_screen.return_button)
    _assert_back(window, shown, f"{stop.name}, returned from Ground me")
    if field is not None:
        assert field_text(field) == typed, f"{stop.name}: typed text changed"
    if top is grounding:  # Close safely and Quit from inside Ground me too
        _calm_moment_from(window, qtbot, grounding, shown, stop.name)
    click(grounding.return_button)
    qtbot.waitUntil(lambda: safety.grounding_dialog is None)
    if field is not None:
        # (an editable box's line edit gives its focus to the box)
        owners = (field, field.parentWidget())
        qtbot.waitUntil(lambda: QApplication.focusWidget() in owners, timeout=3000)

    # A mouse user has the controls one click away in the dialog itself.
    if top is grounding:  # closed above; its strip was seen while it was open
        return _close_all_but(window)
    strip = strip_of(top)
    assert strip is not None and strip.isVisible(), f"{stop.name}: no safety strip"
    assert set(strip.buttons) == {
        "Ground me",
        "Pause",
        "Hide now",
        "Close safely",
        "My safety card",
    }
    above = [
        w
        for w in top.findChildren(QWidget)
        if w.parentWidget() is top
        and w is not strip
        and w.isVisible()
        and not w.isWindow()
        and not isinstance(w, QSizeGrip)  # the corner grip lies over the foot
    ]
    low = [type(w).__name__ for w in above if w.geometry().bottom() > strip.geometry().top()]
    assert not low, f"{stop.name}: the strip is not along the foot ({low} below its top)"
    click(strip.buttons["Hide now"])
    _assert_covered(window, f"{stop.name}, hidden from its strip")
    click(safety.hide_screen.return_button)
    _assert_back(window, shown, f"{stop.name}, returned to its strip")
    if isValid(top) and top.isVisible():
        _calm_moment_from(window, qtbot, top, shown, f"{stop.name}, closing")
    if isValid(top) and top.isVisible():  # Close safely from the strip, by mouse
        click(strip_of(top).buttons["Close safely"])
        box = safety.return_box
        assert box is not None and box.isVisible(), f"{stop.name}: Close safely did nothing"
        assert box.windowTitle() == "Your container is closed", stop.name
        click(safety.stay)
        qtbot.waitUntil(lambda: not box.isVisible())
        window.guide.controller.open_lid()  # as it was, for the next stop
    _close_all_but(window)


def _close_all_but(window) -> None:
    for w in reversed(visible_windows()):
        if w is not window:
            w.close()
    QApplication.processEvents()


def test_every_window_is_covered_and_comes_back(marked_window, qtbot):
    window = marked_window
    # The markers are really on screen before anything hides them.
    seen = shows_marker(window, MARKER_WORD, MARKER_RGB)
    assert [s.split(" (")[0] for s in seen] == [
        "the word in MainWindow",
        "the colour in MainWindow",
    ], seen
    for stop in WALK:
        _visit(window, qtbot, stop)
    # The pause screen itself: Ground me opens above it, Hide now covers it.
    safety = window.guide.safety
    press(window, "F2")
    press(safety.pause_screen.resume_button, "F1")
    assert safety.grounding_dialog is not None and safety.grounding_dialog.isVisible()
    press(safety.grounding_dialog, "F12")
    _assert_covered(window, "pause screen, hidden")
    click(safety.hide_screen.return_button)
    assert safety.paused and safety.grounding_dialog.isVisible()
    click(safety.grounding_dialog.return_button)
    click(safety.pause_screen.resume_button)
    assert not safety.paused and shows_marker(window, MARKER_WORD, MARKER_RGB)


def _dialog_classes_in_code() -> set[str]:
    """Every QDialog subclass in the package (subclasses of subclasses too)."""
    bases: dict[str, set[str]] = {}
    for path in (PACKAGE / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id if isinstance(b, ast.Name) else "" for b in node.bases}
    dialogs = {"QDialog", "QMessageBox", "QFileDialog", "QInputDialog"}
    grew = True
    while grew:
        found = {n for n, b in bases.items() if b & dialogs and n not in dialogs}
        grew = bool(found - dialogs)
        dialogs |= found
    # A private base (`_ViewerDialog`) is never shown itself; its subclasses are walked.
    qt = {"QDialog", "QMessageBox", "QFileDialog", "QInputDialog"}
    return {name for name in dialogs - qt if not name.startswith("_")}


PICKER_CALLS = {"choose_file_to_save", "choose_files_to_open", "QFileDialog"}
QT_DIALOGS = {
    "QFileDialog",
    "QInputDialog",
    "QMessageBox",
    "QPrintPreviewDialog",
    "QPrintDialog",
    "QColorDialog",
    "QFontDialog",
    "QProgressDialog",
    "QErrorMessage",
    "QPageSetupDialog",
    "QWizard",
}


def _static_dialog_call(node: ast.Call) -> str:
    """ "QFileDialog.getOpenFileName" for a call of a Qt dialog's static function (it
    blocks, and may open the platform's own dialog), else ""."""
    func = node.func
    if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") in QT_DIALOGS:
        return f"{func.value.id}.{func.attr}"  # type: ignore[attr-defined]
    return ""


def _pickers_and_qt_dialogs_in_code() -> tuple[set[str], set[str]]:
    """File pickers ("module:function" that opens one) and Qt dialog classes used (a
    static function such as `QFileDialog.getOpenFileName` counts as its class)."""
    pickers: set[str] = set()
    qt_used: set[str] = set()
    for path in (PACKAGE / "ui").rglob("*.py"):
        if path.name == "file_dialogs.py":
            continue
        module = path.relative_to(PACKAGE / "ui").with_suffix("").as_posix().replace("/", ".")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef):
                continue
            for node in ast.walk(func):
                if isinstance(node, ast.Call):
                    name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                    static = _static_dialog_call(node)
                    if static:
                        name = static.split(".")[0]
                        qt_used.add(static)
                    if name in PICKER_CALLS:
                        pickers.add(f"{module}:{func.name}")
                    if name in QT_DIALOGS:
                        qt_used.add(name)
    return pickers, qt_used


def _static_dialog_calls_in_code() -> list[str]:
    found = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _static_dialog_call(node):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_the_walk_lists_every_dialog_and_file_picker():
    walked_kinds = {stop.kind for stop in WALK}
    missing = _dialog_classes_in_code() - walked_kinds
    assert not missing, f"dialogs the safety walk does not visit: {sorted(missing)}"
    pickers, qt_used = _pickers_and_qt_dialogs_in_code()
    walked_pickers = {stop.picker for stop in WALK if stop.picker}
    assert pickers <= walked_pickers, f"file pickers not walked: {sorted(pickers - walked_pickers)}"
    classes = {name for name in qt_used if "." not in name}
    assert classes - {"QMessageBox"} <= walked_kinds | {"QFileDialog"}, qt_used
    assert "QMessageBox" not in qt_used, "questions go through the calm dialog helper"
    # A static dialog function (QFileDialog.getOpenFileName, QColorDialog.getColor…)
    # blocks in a loop of its own and may open the platform's dialog, which the safety
    # controls can neither reach nor cover: dialogs are opened as objects, with open().
    static = _static_dialog_calls_in_code()
    assert not static, f"a Qt dialog's static function is used at {static}"


def test_the_walk_check_finds_a_static_picker_and_a_colour_dialog():
    """The scan above sees what it guards against (a picker or colour dialog opened
    through a static function, and any Qt dialog class the walk lacks)."""
    tree = ast.parse(
        "def pick(self):\n"
        "    QFileDialog.getOpenFileName(self)\n"
        "    QColorDialog.getColor(c, self)\n"
        "    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)\n"
    )
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    assert sorted(filter(None, map(_static_dialog_call, calls))) == [
        "QColorDialog.getColor",
        "QFileDialog.getOpenFileName",
    ]


def test_hide_now_rests_the_session_clock(open_window):
    window = open_window()
    click(panel(window).start_button)
    assert not session(window).paused
    window.guide.safety.hide_now()
    assert session(window).paused, "hidden time is not session time"
    click(window.guide.safety.hide_screen.return_button)
    assert not session(window).paused


def test_closing_ground_me_keeps_a_pause_made_before_it(open_window, qtbot):
    window = open_window()
    safety = window.guide.safety
    click(panel(window).start_button)
    session(window).pause()  # paused before Ground me opened (e.g. from another screen)
    safety.ground_me()
    click(safety.grounding_dialog.return_button)
    qtbot.waitUntil(lambda: safety.grounding_dialog is None)
    assert session(window).paused, "Ground me resumed a pause it did not make"
    session(window).resume()
    safety.ground_me()
    assert session(window).paused
    click(safety.grounding_dialog.return_button)
    qtbot.waitUntil(lambda: safety.grounding_dialog is None)
    assert not session(window).paused, "a pause Ground me made ends with it"


def test_ctrl_q_in_a_session_keeps_everything_and_exits_cleanly(data_dir):
    """Acceptance 4: Ctrl+Q in a session saves and exits with code 0; the next start
    shows the same work and the same step."""
    import subprocess
    import sys

    probe = Path(__file__).with_name("app_probe.py")

    def launch(mode: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(probe), mode, str(data_dir)],
            capture_output=True,
            text=True,
            timeout=120,
        )

    first = launch("quit")
    assert first.returncode == 0, first.stdout + first.stderr
    said = first.stdout.splitlines()
    assert "STATE step=- strokes=0" in said
    before = next(line for line in said if line.startswith("BEFORE"))
    assert any(line.startswith("MODAL Everything is kept") for line in said), said
    assert said[-1] == "EXIT 0"
    again = launch("close")
    assert again.returncode == 0, again.stderr
    step = before.split()[1]
    assert f"STATE {step} strokes=1" in again.stdout.splitlines(), again.stdout


def test_container_quit_offers_the_calm_moment_in_a_session_and_closes(
    open_window, qtbot, tmp_path
):
    """*Container → Quit* is the same Quit as Ctrl+Q: at once outside a session, after
    the calm moment during one."""
    window = open_window()
    items = [a for a in window.services.menu("container").actions() if a.text() == "&Quit"]
    assert len(items) == 1 and "Ctrl+Q" in [k.toString() for k in items[0].shortcuts()]
    click(panel(window).start_button)
    items[0].trigger()
    safety = window.guide.safety
    box = safety.return_box
    assert box is not None and box.isVisible() and box.windowTitle() == "Your work is kept"
    assert window.isVisible() and not window.guide.controller.lid_closed()
    click(safety.close_app)
    qtbot.waitUntil(lambda: not window.isVisible())

    fresh = open_window(tmp_path / "no-session-yet")
    items = [a for a in fresh.services.menu("container").actions() if a.text() == "&Quit"]
    items[0].trigger()
    qtbot.waitUntil(lambda: not fresh.isVisible())
    assert fresh.guide.safety.return_box is None


def _arrangement(window) -> dict[str, tuple]:
    """Where each part of the main window is and whether it is in view: the canvas, the
    panels (docked and tabbed), the tool bars and the menu bar."""
    parts = [window.centralWidget(), window.menuBar()]
    parts += window.findChildren(QDockWidget) + window.findChildren(QToolBar)
    QApplication.processEvents()
    seen = {w: w.isVisible() and not w.visibleRegion().isEmpty() for w in parts if w is not None}
    return {
        f"{type(w).__name__}:{w.objectName()}": (
            w.isVisible(),
            in_view,
            w.geometry().getRect() if in_view else None,  # (a tab behind is parked away)
        )
        for w, in_view in seen.items()
        if w.parentWidget() is window
    }


def test_return_and_resume_leave_the_window_laid_out_as_it_was(open_window, qtbot):
    """The panels, the canvas and the bars are where they were, the same panel in front
    of its tab group: covering hides them, and showing them again must not re-lay the
    window out (the guide grew over the canvas, the History tab came to the front)."""
    window = open_window()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    safety = window.guide.safety
    before = _arrangement(window)
    assert sum(in_view for _shown, in_view, _where in before.values()) >= 5
    for cover, back in (
        (safety.hide_now, lambda: click(safety.hide_screen.return_button)),
        (safety.pause, lambda: click(safety.pause_screen.resume_button)),
    ):
        cover()
        assert not window.centralWidget().isVisible()  # hidden, not only out of sight
        back()
        after = _arrangement(window)
        moved = {k: (before[k], after.get(k)) for k in before if after.get(k) != before[k]}
        assert not moved, moved


def test_the_plain_page_takes_the_title_the_person_chose(app_named, open_window):
    window = open_window()
    safety = window.guide.safety
    safety.choose_hide_title()
    ask = QApplication.activeModalWidget()
    assert ask.value() == "Notes"
    ask.field.setText("Shopping list")
    ask.ok_button.click()
    safety.hide_now()
    assert window.windowTitle() == "Shopping list"
    assert QApplication.applicationDisplayName() == "Shopping list"
    click(safety.hide_screen.return_button)
    assert window.windowTitle() == "Container Studio"
    assert QApplication.applicationDisplayName() == APP_NAME
    window.close()

    again = open_window()  # the next start remembers it
    again.guide.safety.hide_now()
    assert again.windowTitle() == QApplication.applicationDisplayName() == "Shopping list"
    click(again.guide.safety.hide_screen.return_button)


def test_the_controls_work_while_an_export_runs(app_named, open_window, qtbot, tmp_path):
    """A long task (a PDF being made on the lane) waits for nothing: Hide now covers
    at once, the finished export stays behind the page, Pause and Ground me work too."""
    window = open_window()
    window.tool_settings.set_color(MARKER_HEX)
    window.tool_settings.set_width(30)
    drag(window, line(300, 300, 900, 500))
    dialog = _export(window)
    qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=20000)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    hidden_pdf, paused_pdf = tmp_path / "while-hidden.pdf", tmp_path / "while-paused.pdf"
    safety = window.guide.safety

    dialog.save_to(hidden_pdf)
    assert dialog.progress.isVisible(), "the export is under way"  # until its result is in
    press(dialog, "F12")
    _assert_covered(window, "hidden while exporting")
    qtbot.waitUntil(lambda: "Saved as" in dialog.status.text(), timeout=30000)
    _assert_covered(window, "the export finished behind the page")
    click(safety.hide_screen.return_button)
    assert dialog.isVisible() and hidden_pdf.stat().st_size > 0

    dialog.save_to(paused_pdf)
    assert dialog.progress.isVisible()
    press(dialog, "F2")
    assert safety.paused
    _assert_covered(window, "paused while exporting")
    press(safety.pause_screen.resume_button, "F1")
    assert safety.grounding_dialog is not None and safety.grounding_dialog.isVisible()
    click(safety.grounding_dialog.return_button)
    qtbot.waitUntil(lambda: safety.grounding_dialog is None)
    qtbot.waitUntil(lambda: dialog.progress.isHidden(), timeout=30000)
    assert safety.paused and not dialog.isVisible(), "the finished export waits behind Pause"
    click(safety.pause_screen.resume_button)
    assert dialog.isVisible() and paused_pdf.stat().st_size > 0
    dialog.close()


def test_a_window_that_appears_while_hidden_waits_behind_the_page(open_window, qtbot):
    """A late notice (an export finishing, an unexpected problem) never shows over the
    plain page; it is there when the person returns."""
    from containerstudio.ui.kit.calm_dialog import tell

    window = open_window()
    safety = window.guide.safety
    safety.hide_now()
    notice = tell(window, "Saved", f"Saved as {MARKER_WORD}.pdf")
    QApplication.processEvents()
    _assert_covered(window, "a notice while hidden")
    click(safety.hide_screen.return_button)
    assert notice.isVisible()
    notice.close()
    safety.pause()
    tell(window, "Saved", "Saved as a file")
    safety.ground_me()  # a safety window may show over Pause
    QApplication.processEvents()
    assert sorted(type(w).__name__ for w in visible_windows()) == ["GroundingDialog", "MainWindow"]
    click(safety.grounding_dialog.return_button)
    click(safety.pause_screen.resume_button)
    assert {type(w).__name__ for w in visible_windows()} == {"MainWindow", "CalmDialog"}
