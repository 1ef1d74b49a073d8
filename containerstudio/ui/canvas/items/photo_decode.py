"""Photos decode off the UI thread, and their pixels come back to it as a QImage.

`QImage.fromData` holds the interpreter while it decodes (about 70 ms for a 2-MP photo,
during which the window cannot answer, whichever thread calls it); Pillow lets go of it
while decoding and is quicker, so the photos of a drawing decode on one worker thread
while the canvas is already shown and takes the pen.
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage


def decode_photo(data: bytes) -> QImage:
    """The photo's pixels (a null image when they cannot be read). Safe on any thread."""
    image = decode_with_pillow(data)
    return image if image is not None else QImage.fromData(data)  # a format only Qt reads


def decode_with_pillow(data: bytes) -> QImage | None:
    """The picture's pixels decoded by Pillow alone, None when Pillow cannot read them.

    Made for worker threads: Pillow lets go of the interpreter while it decodes and takes
    no lock of Qt's. Qt's own decoding holds the interpreter throughout and takes Qt's
    image-plugin lock: a suite run under load once stopped for good with the storage
    lane inside it and the UI thread waiting."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as opened:
            im = opened.convert("RGBA")
            # Qt paints fastest from premultiplied ARGB32: B, G, R, A bytes in memory on a
            # little-endian machine; elsewhere R, G, B, A in Qt's byte-ordered format.
            if sys.byteorder == "little":
                raw, fmt = im.tobytes("raw", "BGRa"), QImage.Format.Format_ARGB32_Premultiplied
            else:
                raw, fmt = im.tobytes("raw", "RGBa"), QImage.Format.Format_RGBA8888_Premultiplied
    except (OSError, ValueError, Image.DecompressionBombError, SyntaxError):
        return None
    return QImage(raw, im.width, im.height, im.width * 4, fmt).copy()  # owns its pixels


class _Relay(QObject):
    """Lives on the UI thread; carries each decoded photo back there."""

    decoded = Signal(object, object)
    """Emitted with (deliver, QImage) once a photo is decoded."""


class _Decode(QRunnable):
    def __init__(self, data: bytes, deliver: Callable[[QImage], None], relay: _Relay) -> None:
        super().__init__()
        self.data, self.deliver, self.relay = data, deliver, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        image = decode_photo(self.data)
        with contextlib.suppress(RuntimeError):  # the app closed meanwhile: nobody waits
            self.relay.decoded.emit(self.deliver, image)


class PhotoDecoder:
    """One worker thread for photos, so that the other core stays with the UI."""

    def __init__(self) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay()
        self._relay.decoded.connect(lambda deliver, image: deliver(image))

    def decode(self, data: bytes, deliver: Callable[[QImage], None]) -> None:
        """Decode `data` in the background; `deliver(image)` runs on the UI thread."""
        self._pool.start(_Decode(data, deliver, self._relay))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every photo asked for is decoded (tests, benchmarks)."""
        return self._pool.waitForDone(msecs)


@cache
def photo_decoder() -> PhotoDecoder:
    """The app's photo decoder (made on first use, on the UI thread)."""
    return PhotoDecoder()
