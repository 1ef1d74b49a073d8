"""Validating image import: every photo (file dialog, drag and drop, paste) comes in here.

What leaves this module is safe to keep: the format was told from the first bytes and is
one of six that Pillow decodes by itself (never EPS, PostScript or PDF, which would start
another program), the size was checked before decoding (no decompression bombs), the
picture decoded completely, it is turned upright as the camera meant (EXIF orientation),
colours described by an ICC profile are converted to sRGB, every piece of metadata is
gone (EXIF, GPS, XMP, ICC and text chunks: the pixels are re-encoded into a fresh file),
and it is scaled to a working size so a 24-megapixel phone photo costs no more than the
canvas needs. Qt-free, so it runs on a worker thread and in the command line alike.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from containerstudio.model.problems import CoreProblem, ProblemKind

if TYPE_CHECKING:
    from PIL import Image, ImageCms

# Pillow is imported where an image is actually read, so starting the app does not pay
# for it. Its plugins log what they refuse (for instance a TIFF declaring thousands of
# samples per pixel) at error level; with no logging set up Python prints that on stderr.
# The refusal reaches the person as the calm message instead.
logging.getLogger("PIL").addHandler(logging.NullHandler())

MAX_FILE_BYTES = 60 * 1024 * 1024  # larger files are refused before reading them
MAX_PIXELS = 80_000_000  # declared pixels, checked from the header before decoding
WORKING_SIDE = 2400  # longest side kept; more would only cost memory and saves
JPEG_QUALITY = 90

# The narrow door: formats Pillow decodes by itself, told apart by their first bytes.
# Everything else (EPS, PostScript and PDF, which would start Ghostscript, and every other
# format Pillow knows) is refused before any decoder sees it.
ALLOWED_FORMATS = ("PNG", "JPEG", "WEBP", "GIF", "BMP", "TIFF")
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)
# What those openers may report: a JPEG holding several pictures (a phone's MPO) is a JPEG.
_DECODED_FORMATS = frozenset((*ALLOWED_FORMATS, "MPO"))
_SCALABLE_MODES = frozenset(("RGB", "RGBA", "L", "LA", "CMYK"))

Progress = Callable[[float], None]


class ImageKind(ProblemKind):
    """Why a picture cannot come in; each sentence names the file."""

    EMPTY = ("empty", "“{name}” is empty, so there is no picture in it.")
    MISSING = ("missing", "“{name}” could not be opened; it may have been moved.")
    TOO_LARGE_FILE = (
        "too-large-file",
        "“{name}” is larger than the {megabytes} MB a picture here can be; a smaller copy "
        "of it would fit.",
    )
    TOO_MANY_PIXELS = (
        "too-many-pixels",
        "“{name}” is a very large picture (about {megapixels} megapixels). Pictures up to "
        "{limit} megapixels can come in; a smaller copy would fit.",
    )
    TOO_MANY_PIXELS_UNCOUNTED = (
        "too-many-pixels-uncounted",
        "“{name}” is a very large picture. Pictures up to {limit} megapixels can come in; "
        "a smaller copy would fit.",
    )
    UNREADABLE = (
        "unreadable",
        "“{name}” could not be read as a picture. It may be incomplete, or in a format this "
        "studio does not know.",
    )


class ImageProblem(CoreProblem, ValueError):
    """A picture that cannot come in: a `kind` and the `data` it names (the file's
    `name` always); `message` is the English sentence for the command line and logs."""

    kind: ImageKind

    def __init__(self, kind: ImageKind, name: str, **data: str | int) -> None:
        self.name = name
        super().__init__(kind, name=name, **data)


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
            raise ImageProblem(ImageKind.MISSING, name) from exc
        if size > MAX_FILE_BYTES:
            raise _too_large_file(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ImageProblem(ImageKind.MISSING, name) from exc
    if not data:
        raise ImageProblem(ImageKind.EMPTY, name)
    if len(data) > MAX_FILE_BYTES:
        raise _too_large_file(name)
    return data


def _too_large_file(name: str) -> ImageProblem:
    return ImageProblem(ImageKind.TOO_LARGE_FILE, name, megabytes=MAX_FILE_BYTES // (1024 * 1024))


def _unreadable(name: str) -> ImageProblem:
    return ImageProblem(ImageKind.UNREADABLE, name)


def _too_many_pixels(name: str, pixels: int) -> ImageProblem:
    limit = MAX_PIXELS // 1_000_000
    if not pixels:
        return ImageProblem(ImageKind.TOO_MANY_PIXELS_UNCOUNTED, name, limit=limit)
    megapixels = round(pixels / 1_000_000)
    return ImageProblem(ImageKind.TOO_MANY_PIXELS, name, megapixels=megapixels, limit=limit)


def _pixels_in(exc: BaseException) -> int:
    """Pillow's bomb message names the declared pixel count; 0 when it does not."""
    found = re.search(r"\((\d+) pixels\)", str(exc))
    return int(found.group(1)) if found else 0


def _has_alpha(im: Image.Image) -> bool:
    return im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        im.mode == "P" and "transparency" in im.info
    )


def sniff_format(data: bytes) -> str | None:
    """The allowed format these bytes begin like, or None: decided from the bytes alone.

    Only formats decoded inside Pillow itself are allowed. The file's name and extension
    play no part, so an EPS file named ``.png`` is refused like any other EPS file.
    """
    for magic, fmt in _MAGIC:
        if data.startswith(magic):
            return fmt
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    return None


@cache
def _srgb() -> ImageCms.ImageCmsProfile:
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def to_srgb(im: Image.Image, alpha: bool, icc: bytes | None) -> Image.Image:
    """Plain RGB or RGBA pixels in sRGB: colours described by the ICC profile `icc` are
    converted (a wide-gamut or CMYK photo keeps its look), and the profile is dropped.

    A profile that cannot be read, or that does not fit the pixels, is passed over and
    the pixels are taken as sRGB, which is what a viewer without colour management does.
    """
    from PIL import ImageCms

    target = "RGBA" if alpha else "RGB"
    if not icc:
        return im.convert(target)
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        # A profile may carry no description at all: then it is looked at, not refused.
        if (source.profile.profile_description or "").startswith("sRGB"):
            return im.convert(target)  # most phone photos: already sRGB, nothing to convert
        space = source.profile.xcolor_space.strip()
        wanted = {"RGB": "RGB", "GRAY": "L", "CMYK": "CMYK"}.get(space)
        if wanted is None or (wanted == "CMYK") != (im.mode == "CMYK"):
            return im.convert(target)
        band = im.convert("RGBA").getchannel("A") if alpha else None
        colour = im if im.mode == wanted else im.convert(wanted)
        converted = ImageCms.profileToProfile(colour, source, _srgb(), outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return im.convert(target)
    assert converted is not None  # inPlace=False always returns an image
    if band is not None:
        converted.putalpha(band)
    return converted


def import_image(
    source: bytes | str | Path,
    name: str | None = None,
    progress: Progress | None = None,
    *,
    longest_side: int = WORKING_SIDE,
) -> CleanImage:
    """Validate, orient, strip and scale one image; raise ImageProblem if it cannot come in.

    `source` is a path or the file's bytes (paste, drop of data); `name` is what the
    user calls it (default: the file name; only its last part is ever shown). `progress`
    receives 0.0 … 1.0. `longest_side` is the working size kept (smaller for a picture
    on the safety card). Whatever goes wrong inside the decoders becomes an ImageProblem:
    nothing else leaves this function, and nothing is printed.
    """
    report = progress or (lambda _v: None)
    if name is None:
        name = Path(source).name if not isinstance(source, bytes | bytearray) else "picture"
    name = Path(name).name or name
    data = _read(source, name)
    report(0.05)
    fmt = sniff_format(data)
    if fmt is None:
        raise _unreadable(name)
    from PIL import Image

    with warnings.catch_warnings():
        # Pillow warns about odd but readable files (say, on stderr); those stay quiet.
        # It warns (and raises past twice its limit) on decompression bombs; our own
        # lower limit refuses first, and any remaining bomb warning refuses too.
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return _decode_and_clean(data, fmt, name, report, longest_side)
        except ImageProblem:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise _too_many_pixels(name, _pixels_in(exc)) from None
        except Exception:  # any decoder's complaint, MemoryError and RecursionError too
            raise _unreadable(name) from None


def _decode_and_clean(
    data: bytes, fmt: str, name: str, report: Progress, longest_side: int
) -> CleanImage:
    from PIL import Image, ImageOps, TiffImagePlugin, WebPImagePlugin

    # Importing a plugin registers its opener, so Pillow has no reason to load the others
    # (Image.open loads every plugin when asked for a format it has not met yet).
    del TiffImagePlugin, WebPImagePlugin
    im: Image.Image = Image.open(io.BytesIO(data), formats=[fmt])
    if im.format not in _DECODED_FORMATS:
        raise _unreadable(name)
    width, height = im.size
    if width < 1 or height < 1:
        raise _unreadable(name)
    if width * height > MAX_PIXELS:
        raise _too_many_pixels(name, width * height)
    source_format = im.format or ""
    scale = min(1.0, longest_side / max(width, height))
    if source_format in ("JPEG", "MPO") and scale < 1.0:
        # Let the JPEG decoder skip detail we would throw away (much faster).
        im.draft(im.mode, (int(width * scale) + 1, int(height * scale) + 1))
    report(0.15)
    im.load()  # the first frame only, for animated GIF, WebP or PNG and multi-page TIFF
    report(0.55)
    im = ImageOps.exif_transpose(im) or im
    report(0.65)
    alpha = _has_alpha(im)
    icc = im.info.get("icc_profile")
    if im.mode not in _SCALABLE_MODES:  # palette, 16-bit…: same colours, a mode to scale in
        im = im.convert("RGBA" if alpha else "RGB")
    longest = max(im.size)
    if longest > longest_side:
        factor = longest_side / longest
        size = (max(1, round(im.width * factor)), max(1, round(im.height * factor)))
        im = im.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    im = to_srgb(im, alpha, icc)  # after scaling: fewer pixels to convert
    report(0.85)
    # A fresh image carries pixels only: no EXIF, GPS, XMP, ICC profile or text chunks.
    clean = Image.frombytes(im.mode, im.size, im.tobytes())
    out = io.BytesIO()
    if source_format in ("JPEG", "MPO") and not alpha:
        clean.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
        fmt = "JPEG"
    else:
        clean.save(out, "PNG", optimize=False, compress_level=6)
        fmt = "PNG"
    report(1.0)
    return CleanImage(out.getvalue(), clean.width, clean.height, fmt, name)
