"""Acceptance (canvas 3 and 4) and hostile images, through the real window.

3. A phone JPEG with EXIF orientation 6 shows upright; the asset read back from the
   database holds no EXIF or GPS. 4. A 24-megapixel photo imports while the event loop
   keeps running, with progress shown. Hostile files get a calm message naming the file
   and leave the document as it was.
"""

from __future__ import annotations

import io
import logging

import pytest
from canvas_helpers import color_near, render_array
from PIL import Image
from PySide6.QtCore import QTimer

from containerstudio.model.placed import ImageElement
from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library
from tests.imaging.test_importer import exif_jpeg, png_header_only


def wait_import(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.studio.photos.busy, timeout=20000)


def test_exif_photo_is_upright_and_stored_without_metadata(open_window, qtbot, data_dir, tmp_path):
    window = open_window()
    path = tmp_path / "phone.jpg"
    path.write_bytes(exif_jpeg(300, 200, orientation=6))
    window.studio.photos.import_sources([str(path)])
    wait_import(qtbot, window)
    photo = list(window.current.doc)[-1]
    assert isinstance(photo, ImageElement)
    assert (photo.width, photo.height) == (200, 300), "shown upright (portrait)"
    # Orientation 6: the red left half of the sensor image is the top when upright.
    img = render_array(window)
    top = (int(photo.x), int(photo.y - photo.height * photo.scale / 4))
    bottom = (int(photo.x), int(photo.y + photo.height * photo.scale / 4))
    assert color_near(img, *top, "#dc0000", 50) and color_near(img, *bottom, "#0000ff", 60)

    window.current.autosaver.flush()
    cid = window.current.container_id
    other = Library(open_database(data_dir))
    try:
        stored = other.load_working(cid)
        data = stored.asset(stored.get(photo.id).asset)
    finally:
        other.db.close()
    assert len(Image.open(io.BytesIO(data)).getexif()) == 0
    assert b"Exif" not in data and b"PhoneMaker" not in data and b"2024:01:02" not in data
    assert b"GPS" not in data and b"\x88\x25" not in data  # GPS IFD tag


def test_24_megapixel_photo_keeps_the_ui_running_and_shows_progress(open_window, qtbot, tmp_path):
    window = open_window()
    gradient = Image.linear_gradient("L").resize((6000, 4000))
    path = tmp_path / "big.jpg"
    Image.merge(
        "RGB", (gradient, gradient.transpose(Image.Transpose.FLIP_LEFT_RIGHT), gradient)
    ).save(path, "JPEG", quality=85)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    seen: list[float] = []
    bar_visible: list[bool] = []
    importer = window.studio.photos
    importer.progressed.connect(seen.append)
    importer.progressed.connect(lambda _v: bar_visible.append(importer.progress_bar.isVisible()))
    timer.start()
    importer.import_sources([str(path)])
    assert importer.progress_bar.isVisible()
    ticks_at_start = len(ticks)
    wait_import(qtbot, window)
    timer.stop()
    assert len(ticks) > ticks_at_start + 2, "the event loop kept processing during the import"
    assert seen and seen[-1] == 1.0 and len(seen) >= 4 and all(bar_visible)
    assert not importer.progress_bar.isVisible()
    photo = list(window.current.doc)[-1]
    assert isinstance(photo, ImageElement) and (photo.width, photo.height) == (2400, 1600)


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("cut-short.jpg", exif_jpeg(400, 300)[:700]),
        ("noise.png", bytes(range(256)) * 40),
        ("bomb.png", png_header_only(20000, 20000)),
        ("empty.jpg", b""),
    ],
)
def test_hostile_image_gets_a_calm_message_and_changes_nothing(
    open_window, qtbot, tmp_path, filename, content
):
    window = open_window()
    path = tmp_path / filename
    path.write_bytes(content)
    before = render_array(window)
    index = window.current.stack.index
    window.studio.photos.import_sources([str(path)])
    wait_import(qtbot, window)
    message = window.studio.last_notice
    assert filename in message and window.statusBar().currentMessage() == message
    for word in ("error", "failed", "invalid", "wrong", "must", "should", "bad"):
        assert word not in message.lower()
    assert len(window.current.doc) == 0 and window.current.stack.index == index
    assert (render_array(window) == before).all()


def test_paste_and_drop_use_the_same_import(open_window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent, QImage
    from PySide6.QtWidgets import QApplication

    window = open_window()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    QApplication.clipboard().setImage(image)
    window.studio.arrange.actions_by_name["paste"].trigger()
    wait_import(qtbot, window)
    assert [e.width for e in window.current.doc] == [40]

    path = tmp_path / "dropped.png"
    Image.new("RGB", (50, 20), "orange").save(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.canvas.dropEvent(drop)
    wait_import(qtbot, window)
    assert [e.width for e in window.current.doc] == [40, 50]


@pytest.mark.parametrize("filename", ["eps_disguised.png", "other-dds.png", "png-bomb.png"])
def test_refused_photo_prints_and_logs_nothing_about_the_file(
    open_window, qtbot, tmp_path, capfd, caplog, filename
):
    """A refusal is shown in the window only: no traceback on stderr, no log line."""
    from tests.imaging.image_samples import hostile_files

    window = open_window()
    path = tmp_path / "Private photos of Sam" / filename
    path.parent.mkdir()
    path.write_bytes(hostile_files()[filename])
    capfd.readouterr()
    with caplog.at_level(logging.DEBUG), qtbot.capture_exceptions() as escaped:
        window.studio.photos.import_sources([str(path)])
        wait_import(qtbot, window)
    assert not escaped
    assert f"“{filename}”" in window.studio.last_notice
    assert "Private photos" not in window.studio.last_notice
    out, err = capfd.readouterr()
    assert filename not in out + err and "Traceback" not in err and "Sam" not in err
    logged = [record.getMessage() for record in caplog.records]
    assert not [line for line in logged if filename in line or "Sam" in line], logged
    assert not [r for r in caplog.records if r.name.startswith("containerstudio.ui.kit.background")]
    assert len(window.current.doc) == 0
