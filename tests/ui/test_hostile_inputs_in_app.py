"""Acceptance (hardening): hostile input through the app's own paths. A prompt pack over
1 MB in the data folder and a decompression-bomb PNG dropped on the canvas each get a
calm message naming the file; nothing escapes, nothing changes."""

from __future__ import annotations

from canvas_helpers import render_array
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from containerstudio.flow import find_judging_words
from tests.imaging.test_importer import png_header_only


def test_enormous_pack_in_the_data_folder_is_set_aside_calmly(open_window, data_dir, qtbot):
    own = data_dir / "prompts"
    own.mkdir()
    body = 'id = "huge"\nlanguage = "en"\ntitle = "Huge"\n# ' + "x" * 1_200_000 + "\n"
    (own / "huge.en.toml").write_text(body, encoding="utf-8")
    with qtbot.capture_exceptions() as escaped:
        window = open_window()
    assert not escaped
    panel = window.guide.panel
    titles = [panel.pack_box.itemText(i) for i in range(panel.pack_box.count())]
    assert "Huge" not in titles and len(titles) == 3, "the shipped exercises are all there"
    assert panel.notice.isVisible() and "huge.en.toml" in panel.notice.text()
    assert not find_judging_words(panel.notice.text())


def test_bomb_dropped_on_the_canvas_gets_a_calm_message(open_window, qtbot, tmp_path):
    window = open_window()
    path = tmp_path / "bomb.png"
    path.write_bytes(png_header_only(30000, 30000))
    before = render_array(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.capture_exceptions() as escaped:
        window.canvas.dropEvent(drop)
        qtbot.waitUntil(lambda: not window.studio.photos.busy, timeout=20000)
    assert not escaped
    message = window.studio.last_notice
    assert "bomb.png" in message and window.statusBar().currentMessage() == message
    assert not find_judging_words(message)
    assert len(window.current.doc) == 0 and window.current.stack.index == 0
    assert (render_array(window) == before).all()
