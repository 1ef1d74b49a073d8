"""Locking (issue 13): a calm lock screen, the idle lock, lock at start-up for a
protected library, and the passcode dialog that sets, changes and removes it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from containerstudio.flow import find_judging_words
from containerstudio.storage.database import open_database
from containerstudio.storage.encryption import enable_encryption
from containerstudio.storage.keys import KdfParams, KeyRing, PasscodeNotAccepted
from containerstudio.storage.library import Library
from containerstudio.ui.kit.background import BackgroundWork
from containerstudio.ui.lock import AppLock, LockScreen, install_lock
from containerstudio.ui.lock.lock_screen import wait_after
from containerstudio.ui.lock.passcode_dialog import PasscodeDialog
from containerstudio.ui.shell.main_window import MainWindow
from tests.storage.crypto_helpers import FAST_KDF, PASSCODE

TITLE = "Harbour box"


@dataclass(frozen=True)
class _FastKdf(KdfParams):
    """Cheap Argon2id defaults for the dialog's own key rings (tests only)."""

    memory_kib: int = FAST_KDF.memory_kib
    iterations: int = FAST_KDF.iterations
    lanes: int = FAST_KDF.lanes


def _type_and_unlock(qtbot, screen: LockScreen, text: str) -> None:
    screen.field.setText(text)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)


def test_the_lock_screen_is_calm_and_slows_repeated_tries(qtbot):
    tried: list[str] = []

    def unlock(text: str) -> None:
        tried.append(text)
        if text != "right one":
            raise PasscodeNotAccepted()

    screen = LockScreen(unlock)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.field.echoMode() == QLineEdit.EchoMode.Password
    assert screen.field.accessibleName() and screen.unlock_button.accessibleName()
    with qtbot.assertNotEmitted(screen.unlocked):
        _type_and_unlock(qtbot, screen, "not it")
    message = screen.message_label.text()
    assert "does not open" in message and not find_judging_words(message)
    assert "not it" not in message and screen.field.text() == ""
    assert not screen.waiting

    _type_and_unlock(qtbot, screen, "still not")  # the second miss: now the waiting starts
    assert screen.waiting and not screen.unlock_button.isEnabled()
    _type_and_unlock(qtbot, screen, "ignored while waiting")
    assert tried == ["not it", "still not"]
    qtbot.waitUntil(lambda: screen.unlock_button.isEnabled(), timeout=5000)
    with qtbot.waitSignal(screen.unlocked):
        _type_and_unlock(qtbot, screen, "right one")
    assert screen.failures == 0
    assert [wait_after(n) for n in range(1, 9)] == [0, 1, 2, 4, 8, 16, 32, 60]


def test_the_recovery_path_is_offered(qtbot):
    used: list[str] = []
    screen = LockScreen(lambda _t: None, used.append)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.recovery_button.isVisible()
    qtbot.mouseClick(screen.recovery_button, Qt.MouseButton.LeftButton)
    assert screen.using_recovery and screen.field.accessibleName() == "Recovery key"
    with qtbot.waitSignal(screen.unlocked):
        _type_and_unlock(qtbot, screen, "twelve words")
    assert used == ["twelve words"]


@pytest.fixture
def protected(data_dir):
    library = Library(open_database(data_dir))
    enable_encryption(library, PASSCODE, FAST_KDF)
    cid = library.create_container(TITLE)
    yield library, cid
    library.db.close()


def _window(qtbot, library: Library) -> tuple[MainWindow, AppLock]:
    work = BackgroundWork()
    window = MainWindow(work, library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, install_lock(window.services, library)


def _close(window: MainWindow) -> None:
    window.close()
    window.work.wait()


def test_the_idle_lock_fires_and_the_passcode_opens_again(qtbot, protected):
    library, cid = protected
    window, lock = _window(qtbot, library)
    try:
        assert lock.lock_action.isEnabled()
        with qtbot.waitSignal(lock.locked, timeout=5000):
            lock.set_idle_ms(150)
        assert lock.is_locked and library.is_locked
        assert lock.screen.isVisible() and lock.screen.geometry() == window.rect()
        assert library.keyring._library_key is None and not library.keyring._content

        _type_and_unlock(qtbot, lock.screen, "not the passcode")
        qtbot.waitUntil(lambda: "does not open" in lock.screen.message_label.text())
        assert library.is_locked and lock.screen.isVisible()

        lock.set_idle_ms(0)
        with qtbot.waitSignal(lock.unlocked, timeout=10000):
            _type_and_unlock(qtbot, lock.screen, PASSCODE)
        assert not lock.screen.isVisible() and not library.is_locked
        assert library.container(cid).title == TITLE
    finally:
        _close(window)


def test_hide_now_locks_and_coming_back_asks_for_the_passcode(qtbot, protected):
    library, cid = protected
    window, lock = _window(qtbot, library)
    safety = window.guide.safety
    try:
        dialog = window.versions.ask_and_save_version()  # open work waits behind the lock
        qtbot.waitExposed(dialog)
        safety.hide_now()
        qtbot.waitUntil(lambda: library.is_locked, timeout=5000)
        centre = window.rect().center()
        on_top = window.childAt(centre)
        assert on_top is safety.hide_screen or safety.hide_screen.isAncestorOf(on_top)
        assert not lock.screen.isAncestorOf(on_top)  # hiding still shows nothing of the app

        safety.hide_screen.return_button.click()  # Return asks for the passcode first
        assert lock.screen.isVisible() and library.is_locked
        assert window.childAt(centre) is lock.screen or lock.screen.isAncestorOf(
            window.childAt(centre)
        )
        assert safety.hidden and not dialog.isVisible(), "nothing comes back before the passcode"
        assert window.windowTitle() == "Notes"
        with qtbot.waitSignal(lock.unlocked, timeout=10000):
            _type_and_unlock(qtbot, lock.screen, PASSCODE)
        assert library.container(cid).title == TITLE
        assert not safety.hidden and dialog.isVisible(), "the passcode brings everything back"
        dialog.close()
    finally:
        _close(window)


def test_a_new_library_is_offered_a_passcode_once(qtbot, data_dir):
    library = Library(open_database(data_dir))
    work = BackgroundWork()
    window = MainWindow(work, library)
    qtbot.addWidget(window)
    window.show()
    try:
        install_lock(window.services, library, offer_delay_ms=50)
        qtbot.waitUntil(lambda: "passcode" in window.statusBar().currentMessage())
        assert window.statusBar().currentMessage().startswith("If you like")
        window.statusBar().clearMessage()
        lock = install_lock(window.services, library, offer_delay_ms=10)  # as at the next start
        qtbot.wait(100)
        assert window.statusBar().currentMessage() == ""
        assert lock.protect_action.text().startswith("Protect with a")
    finally:
        _close(window)
        library.db.close()


def test_shortcuts_do_not_reach_actions_while_locked(qtbot, protected):
    library, _cid = protected
    window, lock = _window(qtbot, library)
    try:
        fired: list[bool] = []
        action = window.new_action
        action.triggered.connect(lambda: fired.append(True))
        qtbot.keyClick(window.canvas, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert fired == [True]  # the shortcut works while unlocked (so the check can fail)
        fired.clear()
        lock.lock()
        qtbot.keyClick(lock.screen.field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window.canvas, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
        assert fired == []
    finally:
        _close(window)


def test_a_protected_library_asks_for_its_passcode_at_start(qtbot, data_dir):
    from containerstudio.ui.shell.startup import LibraryOpening

    library = Library(open_database(data_dir))
    enable_encryption(library, PASSCODE, FAST_KDF)
    cid = library.create_container(TITLE)
    library.db.close()

    work = BackgroundWork()
    window = MainWindow(work)
    qtbot.addWidget(window)
    window.show()
    opening = LibraryOpening(data_dir, window, work)
    opening.start()
    try:
        qtbot.waitUntil(lambda: opening.app_lock is not None, timeout=20000)
        lock = opening.app_lock
        assert lock.screen.isVisible() and window.current is None
        with qtbot.waitSignal(lock.unlocked, timeout=10000):
            _type_and_unlock(qtbot, lock.screen, PASSCODE)
        qtbot.waitUntil(lambda: window.current is not None, timeout=10000)
        assert window.current.container_id == cid
    finally:
        _close(window)
        if opening.db is not None:
            opening.db.close()


def test_the_passcode_dialog_sets_changes_and_removes(qtbot, data_dir, monkeypatch):
    from helpers import CalmAnswers

    offers = CalmAnswers(lambda _dialog: "key")  # yes to the recovery key, as asked calmly
    monkeypatch.setattr("containerstudio.storage.keys.KdfParams", _FastKdf)
    library = Library(open_database(data_dir))
    cid = library.create_container(TITLE)
    window, lock = _window(qtbot, library)
    try:
        dialog = PasscodeDialog(lock, window)
        qtbot.addWidget(dialog)
        dialog.new_field.setText("first passcode")
        dialog.again_field.setText("first typo")
        dialog.apply()
        assert "not the same" in dialog.message_label.text() and not library.encrypted
        dialog.again_field.setText("first passcode")
        dialog.apply()
        assert library.encrypted and (data_dir / "keys.json").exists()
        qtbot.waitUntil(lambda: dialog.last_words is not None, timeout=10000)
        assert dialog.recovery_dialog is not None
        assert offers.seen and "recovery key" in offers.seen[0]
        dialog.recovery_dialog.close()
        assert library.container(cid).title == TITLE

        change = PasscodeDialog(lock, window)
        qtbot.addWidget(change)
        change.current_field.setText("not it")
        change.new_field.setText("second passcode")
        change.again_field.setText("second passcode")
        change.apply()
        assert "does not open" in change.message_label.text()
        change.current_field.setText("first passcode")
        change.apply()
        ring = KeyRing.open(data_dir)
        ring.unlock("second passcode")
        ring.unlock_with_recovery(dialog.last_words)

        remove = PasscodeDialog(lock, window)
        qtbot.addWidget(remove)
        remove.current_field.setText("second passcode")
        remove.remove_passcode()
        assert not library.encrypted and not (data_dir / "keys.json").exists()
        assert library.container(cid).title == TITLE
    finally:
        _close(window)


def test_a_forgotten_passcode_is_replaced_with_the_recovery_key(qtbot, protected, data_dir):
    """The dialog takes the recovery key's words where it asks for the current passcode."""
    library, cid = protected
    words = library.keyring.make_recovery_key()
    window, lock = _window(qtbot, library)
    try:
        change = PasscodeDialog(lock, window)
        qtbot.addWidget(change)
        assert "recovery key" in change.current_field.placeholderText()
        change.current_field.setText(" ".join(reversed(words.split())))
        change.new_field.setText("a new passcode")
        change.again_field.setText("a new passcode")
        change.apply()
        assert "does not open" in change.message_label.text()
        change.current_field.setText(words)
        change.apply()
        assert change.message_label.text() == "The passcode is changed."
        ring = KeyRing.open(data_dir)
        with pytest.raises(PasscodeNotAccepted):
            ring.unlock(PASSCODE)
        ring.unlock("a new passcode")
        assert library.container(cid).title == TITLE
    finally:
        _close(window)


def test_the_recovery_key_prints_as_a_page_of_its_words(qtbot):
    """Your recovery key → Print…: the system print preview of one page holding the
    twelve words (made in memory, never saved by the app)."""
    import io

    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from containerstudio.ui.lock.passcode_dialog import RecoveryKeyDialog

    words = "abandon ability able about above absent absorb abstract absurd abuse access accident"
    dialog = RecoveryKeyDialog(words)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.print_button.accessibleName() == "Print…"
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    preview = dialog.print_preview
    assert isinstance(preview, QPrintPreviewDialog)
    qtbot.waitExposed(preview)
    pdf = PdfReader(io.BytesIO(dialog.page_pdf()))
    assert len(pdf.pages) == 1
    found = pdf.pages[0].extract_text().split()
    assert [w for w in found if w in words.split()] == words.split()
    preview.close()
