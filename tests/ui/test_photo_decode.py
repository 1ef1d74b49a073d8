"""Opening a drawing decodes its photos off the UI thread (issue 14, acceptance 6).

The canvas is shown and takes the pen at once, with a faint placeholder where each
photo is about to appear; the pixels arrive from a worker thread a moment later. A
render off screen (export, thumbnails) never shows the placeholder.
"""

from __future__ import annotations

import io
import threading

from PIL import Image
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage

from containerstudio.imaging.importer import import_image
from containerstudio.model.document import ContainerDocument
from containerstudio.model.placed import ImageElement
from containerstudio.ui.canvas.items import photo_decode
from containerstudio.ui.canvas.items.image_item import ImageItem
from containerstudio.ui.canvas.render import render_scene

RED = (200, 30, 40)


def _red_photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 200), RED).save(out, "PNG")
    return import_image(out.getvalue(), name="red.png").data


def _library_with_photos(window, count: int = 3) -> int:
    data = _red_photo()
    doc = ContainerDocument()
    asset = doc.add_asset(data)
    photos = [
        ImageElement(id=f"photo{i}", asset=asset, x=400 + 500 * i, y=600, width=300, height=200)
        for i in range(count)
    ]
    doc.load(photos, {asset: data})
    cid = window.library.create_container("photos")
    window.library.save_working(cid, doc)
    return cid


def _is_red(color) -> bool:
    return abs(color.red() - RED[0]) + abs(color.green() - RED[1]) + abs(color.blue() - RED[2]) < 40


def _photos(window) -> list[ImageItem]:
    return [i for i in window.current.scene.items() if isinstance(i, ImageItem)]


def test_photos_decode_on_a_worker_thread_and_then_show(open_window, qtbot, monkeypatch):
    window = open_window()
    cid = _library_with_photos(window)
    threads: list[threading.Thread] = []
    real = photo_decode.decode_photo

    def watched(data: bytes) -> QImage:
        threads.append(threading.current_thread())
        return real(data)

    monkeypatch.setattr(photo_decode, "decode_photo", watched)
    gate = threading.Event()  # the worker waits, so the canvas is seen before the pixels
    slow = photo_decode._Decode.run
    monkeypatch.setattr(photo_decode._Decode, "run", lambda task: (gate.wait(20), slow(task)))
    try:
        assert window.open_container(cid)
        photos = _photos(window)
        assert len(photos) == 3 and all(p.pending for p in photos), "opened without decoding"
        centre = window.canvas.mapFromScene(QPointF(400, 600))
        shown = window.canvas.viewport().grab().toImage()
        assert not _is_red(shown.pixelColor(centre)), "a placeholder, not yet the photo"
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not any(p.pending for p in _photos(window)), timeout=20000)
    assert threads and threading.main_thread() not in threads
    shown = window.canvas.viewport().grab().toImage()
    assert _is_red(shown.pixelColor(centre)), "the photo is on screen once decoded"


def test_a_render_off_screen_shows_photos_still_on_their_way(open_window, monkeypatch):
    window = open_window()
    cid = _library_with_photos(window, count=1)
    gate = threading.Event()
    slow = photo_decode._Decode.run
    monkeypatch.setattr(photo_decode._Decode, "run", lambda task: (gate.wait(20), slow(task)))
    try:
        assert window.open_container(cid)
        assert all(p.pending for p in _photos(window))
        image = render_scene(window.current.scene)
    finally:
        gate.set()
        photo_decode.photo_decoder().wait()
    assert _is_red(image.pixelColor(400, 600)), "an export or thumbnail shows the photo itself"
