"""Validating image import: every photo (file dialog, drag and drop, paste) comes in here.

What leaves this module is safe to keep: the size was checked before decoding (no
decompression bombs), the picture decoded completely, it is turned upright as the
camera meant (EXIF orientation), every piece of metadata is gone (EXIF, GPS, XMP, ICC
and text chunks: the pixels are re-encoded into a fresh file), and it is scaled to a
working size so a 24-megapixel phone photo costs no more than the canvas needs.
Qt-free, so it runs on a worker thread and in the command line alike.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

# Pillow is imported where an image is actually read, so starting the app does not pay
# for it.

MAX_FILE_BYTES = 60 * 1024 * 1024  # larger files are refused before reading them
MAX_PIXELS = 80_000_000  # declared pixels, checked from the header before decoding
WORKING_SIDE = 2400  # longest side kept; more would only cost memory and saves
JPEG_QUALITY = 90

Progress = Callable[[float], None]


class ImageProblem(ValueError):
    """A picture that cannot come in, with a calm message naming the file.

    `kind` lets the UI word it in the user's language: "empty", "too-large-file",
    "too-many-pixels", "unreadable", "missing".
    """

    def __init__(self, kind: str, name: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.name = name
        self.message = message


@dataclass(frozen=True)
class CleanImage:
    """Re-encoded image bytes without metadata, and their pixel size and format."""

    data: bytes
    width: int
    height: int
    format: str  # "JPEG" or "PNG"
    name: str = ""


def _read(source: bytes | str | Path, name: str) -> bytes:
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
    else:
        path = Path(source)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise ImageProblem(
                "missing", name, f"“{name}” could not be opened; it may have been moved."
            ) from exc
        if size > MAX_FILE_BYTES:
            raise _too_large_file(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ImageProblem(
                "missing", name, f"“{name}” could not be opened; it may have been moved."
            ) from exc
    if not data:
        raise ImageProblem("empty", name, f"“{name}” is empty, so there is no picture in it.")
    if len(data) > MAX_FILE_BYTES:
        raise _too_large_file(name)
    return data


def _too_large_file(name: str) -> ImageProblem:
    return ImageProblem(
        "too-large-file",
        name,
        f"“{name}” is larger than the {MAX_FILE_BYTES // (1024 * 1024)} MB a picture here "
        "can be; a smaller copy of it would fit.",
    )


def _unreadable(name: str) -> ImageProblem:
    return ImageProblem(
        "unreadable",
        name,
        f"“{name}” could not be read as a picture. It may be incomplete, or in a "
        "format this studio does not know.",
    )


def _too_many_pixels(name: str, pixels: int) -> ImageProblem:
    size = f" (about {round(pixels / 1_000_000)} megapixels)" if pixels else ""
    return ImageProblem(
        "too-many-pixels",
        name,
        f"“{name}” is a very large picture{size}. Pictures up to "
        f"{MAX_PIXELS // 1_000_000} megapixels can come in; a smaller copy would fit.",
    )


def _pixels_in(exc: BaseException) -> int:
    """Pillow's bomb message names the declared pixel count; 0 when it does not."""
    found = re.search(r"\((\d+) pixels\)", str(exc))
    return int(found.group(1)) if found else 0


def _has_alpha(im: Image.Image) -> bool:
    return im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)


def import_image(
    source: bytes | str | Path,
    name: str | None = None,
    progress: Progress | None = None,
    *,
    longest_side: int = WORKING_SIDE,
) -> CleanImage:
    """Validate, orient, strip and scale one image; raise ImageProblem if it cannot come in.

    `source` is a path or the file's bytes (paste, drop of data); `name` is what the
    user calls it (default: the file name). `progress` receives 0.0 … 1.0.
    `longest_side` is the working size kept (smaller for a picture on the safety card).
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    report = progress or (lambda _v: None)
    if name is None:
        name = Path(source).name if not isinstance(source, bytes | bytearray) else "picture"
    data = _read(source, name)
    report(0.05)
    with warnings.catch_warnings():
        # Pillow warns (and raises past twice its limit) on decompression bombs; our
        # own lower limit below refuses first, and any remaining warning refuses too.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            im = Image.open(io.BytesIO(data))
            width, height = im.size
            if width < 1 or height < 1:
                raise _unreadable(name)
            if width * height > MAX_PIXELS:
                raise _too_many_pixels(name, width * height)
            source_format = im.format or ""
            scale = min(1.0, longest_side / max(width, height))
            if source_format == "JPEG" and scale < 1.0:
                # Let the JPEG decoder skip detail we would throw away (much faster).
                im.draft("RGB", (int(width * scale) + 1, int(height * scale) + 1))
            report(0.15)
            im.load()
            report(0.55)
            im = ImageOps.exif_transpose(im) or im
        except ImageProblem:
            raise
        except (
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
        ) as exc:
            raise _too_many_pixels(name, _pixels_in(exc)) from exc
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
            raise _unreadable(name) from exc
        except (MemoryError, IndexError, TypeError, KeyError, ZeroDivisionError) as exc:
            raise _unreadable(name) from exc
    report(0.65)
    alpha = _has_alpha(im)
    im = im.convert("RGBA" if alpha else "RGB")
    longest = max(im.size)
    if longest > longest_side:
        factor = longest_side / longest
        size = (max(1, round(im.width * factor)), max(1, round(im.height * factor)))
        im = im.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    report(0.85)
    # A fresh image carries pixels only: no EXIF, GPS, XMP, ICC profile or text chunks.
    clean = Image.frombytes(im.mode, im.size, im.tobytes())
    out = io.BytesIO()
    if source_format == "JPEG" and not alpha:
        clean.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
        fmt = "JPEG"
    else:
        clean.save(out, "PNG", optimize=False, compress_level=6)
        fmt = "PNG"
    report(1.0)
    return CleanImage(out.getvalue(), clean.width, clean.height, fmt, name)
