"""Pictures made for the import tests: an ICC profile built byte by byte, and hostile files.

Everything is generated here, so the suite needs no corpus and shows exactly what it tries.
"""

from __future__ import annotations

import io
import struct
import warnings
import zlib

from PIL import Image

from containerstudio.imaging.importer import ALLOWED_FORMATS

# sRGB's primaries adapted to D50 (the ICC connection space), as in any sRGB profile.
SRGB_RED = (0.4361, 0.2225, 0.0139)
SRGB_GREEN = (0.3851, 0.7169, 0.0971)
SRGB_BLUE = (0.1431, 0.0606, 0.7141)
D50 = (0.9642, 1.0, 0.8249)


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(xyz: tuple[float, float, float]) -> bytes:
    return b"XYZ " + b"\0" * 4 + b"".join(_s15(v) for v in xyz)


def _curve(gamma: float) -> bytes:
    return b"curv" + b"\0" * 4 + struct.pack(">IH", 1, round(gamma * 256)) + b"\0\0"


def _desc(text: str) -> bytes:
    ascii_text = text.encode("ascii") + b"\0"
    return (
        b"desc"
        + b"\0" * 4
        + struct.pack(">I", len(ascii_text))
        + ascii_text
        # no Unicode or ScriptCode description: language, count, code, count, 67 bytes
        + b"\0" * 8
        + b"\0" * 3
        + b"\0" * 67
    )


def rgb_profile(
    description: str,
    red: tuple[float, float, float] = SRGB_RED,
    green: tuple[float, float, float] = SRGB_GREEN,
    blue: tuple[float, float, float] = SRGB_BLUE,
    gamma: float = 2.2,
) -> bytes:
    """A version 2 RGB display profile with these primaries and a plain gamma curve.

    With the red and blue primaries swapped, a pixel stored as pure red means pure blue:
    a profile whose conversion cannot be missed.
    """
    curve = _curve(gamma)
    tags = [
        (b"desc", _desc(description)),
        (b"cprt", b"text" + b"\0" * 4 + b"No copyright, made in a test\0"),
        (b"wtpt", _xyz(D50)),
        (b"rXYZ", _xyz(red)),
        (b"gXYZ", _xyz(green)),
        (b"bXYZ", _xyz(blue)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    table_size = 4 + 12 * len(tags)
    offset = 128 + table_size
    table, body = [struct.pack(">I", len(tags))], b""
    for signature, data in tags:
        data += b"\0" * (-len(data) % 4)
        table.append(signature + struct.pack(">II", offset + len(body), len(data)))
        body += data
    size = 128 + table_size + len(body)
    header = (
        struct.pack(">I", size)
        + b"lcms"
        + struct.pack(">I", 0x02100000)
        + b"mntrRGB XYZ "
        + struct.pack(">6H", 2026, 12, 1, 0, 0, 0)
        + b"acsp"
        + b"\0" * 24  # platform, flags, manufacturer, model, attributes
        + struct.pack(">I", 0)  # perceptual rendering intent
        + b"".join(_s15(v) for v in D50)
        + b"lcms"
        + b"\0" * 44
    )
    assert len(header) == 128
    return header + b"".join(table) + body


def swapped_profile() -> bytes:
    """Red and blue primaries exchanged (colours are stored in B, G, R order)."""
    return rgb_profile("Swapped primaries", red=SRGB_BLUE, blue=SRGB_RED)


def srgb_like_profile(marker: str = "Marker profile") -> bytes:
    return rgb_profile(marker)


# --- hostile files ----------------------------------------------------------------------


def _saved(fmt: str, mode: str = "RGB", size: tuple[int, int] = (16, 16), **options) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "red" if mode in ("RGB", "RGBA") else 1).save(out, fmt, **options)
    return out.getvalue()


def png_chunk(tag: bytes, body: bytes, crc: int | None = None) -> bytes:
    crc = zlib.crc32(tag + body) if crc is None else crc
    return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", crc & 0xFFFFFFFF)


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_with(width: int, height: int, idat: bytes, *, crc: int | None = None, extra=b"") -> bytes:
    """An RGB PNG with this header and data; `crc` replaces the header's checksum."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        PNG_SIGNATURE
        + png_chunk(b"IHDR", ihdr, crc)
        + extra
        + png_chunk(b"IDAT", idat)
        + png_chunk(b"IEND", b"")
    )


def _good_png() -> bytes:
    return _saved("PNG", size=(64, 64))


def _good_jpeg() -> bytes:
    return _saved("JPEG", size=(64, 64))


def _tiff_header_only(width: int, height: int, samples: int = 1) -> bytes:
    """A little-endian TIFF whose one IFD declares a size and strips that are not there."""
    entries = [
        (256, 4, 1, width),  # ImageWidth
        (257, 4, 1, height),  # ImageLength
        (258, 3, 1, 8),  # BitsPerSample
        (259, 3, 1, 1),  # no compression
        (262, 3, 1, 1),  # BlackIsZero
        (273, 4, 1, 1000),  # StripOffsets, past the end
        (277, 3, 1, samples),  # SamplesPerPixel
        (278, 4, 1, height),  # RowsPerStrip
        (279, 4, 1, width * height),  # StripByteCounts
    ]
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        packed = struct.pack("<HHI", tag, kind, count)
        packed += struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value)
        ifd += packed
    return b"II*\0" + struct.pack("<I", 8) + ifd + struct.pack("<I", 0)


def _tiff_ifd_loop() -> bytes:
    data = bytearray(_tiff_header_only(8, 8))
    data[-4:] = struct.pack("<I", 8)  # the next IFD is this one again
    return bytes(data)


def _gif_screen(width: int, height: int) -> bytes:
    """A GIF whose logical screen and image declare `width` x `height` and hold no data."""
    header = b"GIF89a" + struct.pack("<HHBBB", width, height, 0xF7, 0, 0)
    palette = bytes(range(256)) * 3
    image = b"," + struct.pack("<HHHHB", 0, 0, width, height, 0) + b"\x08\x02\x4c\x01\x00;"
    return header + palette + image


def _bmp_header(width: int, height: int, colours_used: int = 0, bits: int = 24) -> bytes:
    info = struct.pack(
        "<IiiHHIIiiII", 40, width, height, 1, bits, 0, 0, 2835, 2835, colours_used, 0
    )
    return (
        b"BM" + struct.pack("<IHHI", 14 + len(info) + 16, 0, 0, 14 + len(info)) + info + b"\0" * 16
    )


def _jpeg_huge_frame() -> bytes:
    """A JPEG start with a frame header declaring 65500 x 65500 pixels and nothing after."""
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, 65500, 65500, 3)
    sof += b"\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + sof


def _eps() -> bytes:
    return (
        b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 16 16\n"
        b"0 0 moveto 16 16 lineto stroke\nshowpage\n%%EOF\n"
    )


def _xpm() -> bytes:
    return (
        b'/* XPM */\nstatic char *x[] = {\n"4 2 2 1",\n"a c #ff0000",\n"b c #0000ff",\n'
        b'"abab",\n"baba"\n};\n'
    )


def _sun() -> bytes:
    header = struct.pack(">8I", 0x59A66A95, 4, 4, 8, 16, 1, 0, 0)
    return header + b"\x80" * 16


def _gbr() -> bytes:
    name = b"brush\0"
    return struct.pack(">5I", 20 + len(name), 1, 4, 4, 1) + name + b"\x7f" * 16


def _fits() -> bytes:
    cards = ["SIMPLE  = T", "BITPIX  = 8", "NAXIS   = 2", "NAXIS1  = 4", "NAXIS2  = 4", "END"]
    header = "".join(card.ljust(80) for card in cards).ljust(2880).encode("ascii")
    return header + b"\x40" * 16 + b"\0" * (2880 - 16)


def _mcidas() -> bytes:
    words = [0] * 64
    words[1] = 4  # the "area" magic at bytes 4..8
    words[8], words[9], words[10] = 4, 4, 1  # lines, elements, bytes per element
    words[13] = 1  # bands
    words[33] = 256  # data offset
    return struct.pack("!64i", *words) + b"\x55" * 16


def _pixar() -> bytes:
    header = bytearray(1024)
    header[0:4] = b"\200\350\000\000"
    struct.pack_into("<HH", header, 416, 4, 4)
    struct.pack_into("<HH", header, 424, 14, 2)
    return bytes(header) + b"\x33" * 48


def _psd() -> bytes:
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, 4, 4, 8, 3)
    sections = struct.pack(">III", 0, 0, 0) + struct.pack(">H", 0)
    return header + sections + b"\x20" * 48


def _cur() -> bytes:
    data = bytearray(_saved("ICO", size=(16, 16)))
    data[2:4] = b"\2\0"
    return bytes(data)


def _dcx() -> bytes:
    pcx = _saved("PCX")
    return struct.pack("<III", 987654321, 12, 0) + pcx


def _mpeg() -> bytes:
    # sequence header: 12 bits width, 12 bits height, aspect and rate nibbles
    return b"\x00\x00\x01\xb3" + bytes([0x01, 0x00, 0x10, 0x13]) + b"\xff\xff\xe0\x18" + b"\0" * 16


# Formats Pillow reads but cannot write, made from their own first bytes.
_MADE_BY_HAND = {
    "BUFR": lambda: b"BUFR" + b"\0" * 60,
    "CUR": _cur,
    "DCX": _dcx,
    "FITS": _fits,
    "FLI": lambda: struct.pack("<IHHHHHH", 128, 0xAF11, 1, 4, 4, 8, 0) + b"\0" * 112,
    "FTEX": lambda: b"FTEX" + struct.pack("<iiiiii", 3, 4, 4, 1, 1, 0) + b"\0" * 40,
    "GBR": _gbr,
    "GRIB": lambda: b"GRIB\0\0\0\x01" + b"\0" * 56,
    "HDF5": lambda: b"\x89HDF\r\n\x1a\n" + b"\0" * 56,
    "IMT": lambda: b"width 4\nheight 4\npixel n8\n\x0c" + b"\x10" * 16,
    "IPTC": lambda: b"\x1c\x01\x00\x00\x02\x00\x00" + b"\0" * 32,
    "MCIDAS": _mcidas,
    "MPEG": _mpeg,
    "PCD": lambda: b"\0" * 2048 + b"PCD_IPI" + b"\0" * 64,
    "PIXAR": _pixar,
    "PSD": _psd,
    "SUN": _sun,
    "WMF": lambda: (
        b"\xd7\xcd\xc6\x9a\x00\x00" + struct.pack("<hhhhHI", 0, 0, 16, 16, 72, 0) + b"\0" * 40
    ),
    "XPM": _xpm,
    "XVTHUMB": lambda: b"P7 332\n#XVVERSION:\n#END_OF_COMMENTS\n4 4 255\n" + b"\x1c" * 16,
}
_SAVE_MODES = {"MSP": "1", "XBM": "1", "BLP": "P", "PALM": "P", "SPIDER": "F", "IM": "RGB"}


def other_format_files() -> dict[str, bytes]:
    """One file for every format this Pillow can open (or write) outside the allowlist."""
    Image.init()
    files: dict[str, bytes] = {}
    for fmt in sorted((set(Image.OPEN) | set(Image.SAVE)) - set(ALLOWED_FORMATS) - {"MPO"}):
        if fmt in _MADE_BY_HAND:
            files[fmt] = _MADE_BY_HAND[fmt]()
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # IM goes in Pillow 15
                files[fmt] = _saved(fmt, _SAVE_MODES.get(fmt, "RGB"))
        except Exception:  # a writer needing a handler or a library that is not here
            files[fmt] = fmt.encode("ascii") + b"\0" * 60
    return files


def hostile_files() -> dict[str, bytes]:
    """File name → bytes: broken, disguised, oversized and foreign files, none importable."""
    png, jpeg = _good_png(), _good_jpeg()
    gif = _saved("GIF", "P", (32, 32))
    webp = _saved("WEBP", size=(32, 32))
    tiff = _saved("TIFF", size=(32, 32))
    bmp = _saved("BMP", size=(32, 32))
    files = {
        "empty.png": b"",
        "one-byte.jpg": b"\xff",
        "nul-bytes.png": b"\0" * 4096,
        "noise.png": bytes((i * 7919) % 251 for i in range(8192)),
        "text-note.png": b"Just some words, not a picture at all.\n" * 20,
        "eps_disguised.png": _eps(),
        "eps-binary-header.jpg": b"\xc5\xd0\xd3\xc6"
        + struct.pack("<6I", 32, 120, 0, 0, 0, 0)
        + b"\xff\xff"
        + _eps(),
        "postscript.ps": b"%!PS-Adobe-3.0\n/Times findfont 12 scalefont setfont\nshowpage\n",
        "document.pdf": _saved("PDF"),
        "document-disguised.jpg": b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n",
        "drawing.svg": b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        b'<image href="file:///etc/passwd"/><script>alert(1)</script></svg>',
        "page.png": b"<!doctype html><html><body><img src=x onerror=alert(1)></body></html>",
        "archive.png": b"PK\x03\x04" + b"\0" * 60,
        "program.jpg": b"\x7fELF\x02\x01\x01" + b"\0" * 57,
        "script.gif": b"#!/bin/sh\necho hello\n",
        "near-png-magic.png": b"\x89PNX\r\n\x1a\n" + png[8:],
        "png-cut-after-header.png": png[:33],
        "png-cut-in-data.png": png[: len(png) // 2],
        "png-broken-crc.png": png_with(4, 4, zlib.compress(b"\0" * 52), crc=0),
        "png-corrupt-zlib.png": png_with(4, 4, b"\x78\x9c" + b"\xde\xad\xbe\xef" * 8),
        "png-zero-size.png": png_with(0, 0, zlib.compress(b"")),
        "png-bomb.png": png_with(20000, 20000, zlib.compress(b"\0" * 64)),
        "png-wide-bomb.png": png_with(2_000_000_000, 1, zlib.compress(b"\0" * 64)),
        "png-huge-text-chunk.png": png_with(
            4, 4, zlib.compress(b"\0" * 52), extra=png_chunk(b"zTXt", b"k\0\0" + b"\x78" * 64)
        )[:120],
        "jpeg-cut.jpg": jpeg[: len(jpeg) // 3],
        "jpeg-header-only.jpg": jpeg[:20],
        "jpeg-huge-frame.jpg": _jpeg_huge_frame(),
        "gif-cut.gif": gif[:40],
        "gif-bomb.gif": _gif_screen(65535, 65535),
        "gif-no-image.gif": b"GIF89a" + struct.pack("<HHBBB", 4, 4, 0, 0, 0) + b";",
        "gif-huge-palette.gif": b"GIF89a" + struct.pack("<HHBBB", 4, 4, 0xF7, 0, 0) + b"\1" * 40,
        "webp-riff-only.webp": b"RIFF\x10\0\0\0WEBPVP8 ",
        "webp-cut.webp": webp[: len(webp) // 2],
        "webp-lying-size.webp": b"RIFF\xff\xff\xff\x7fWEBP" + webp[12:40],
        "tiff-header-only.tif": b"II*\0\x08\0\0\0",
        "tiff-strips-missing.tif": _tiff_header_only(64, 64),
        "tiff-bomb.tif": _tiff_header_only(30000, 30000),
        "tiff-ifd-loop.tif": _tiff_ifd_loop(),
        "tiff-many-samples.tif": _tiff_header_only(8, 8, samples=23297),  # Pillow logs this
        "tiff-cut.tif": tiff[: len(tiff) // 3],
        "tiff-big-endian-garbage.tif": b"MM\0*" + b"\xff" * 60,
        "bmp-cut.bmp": bmp[:60],
        "bmp-bomb.bmp": _bmp_header(60000, 60000),
        "bmp-huge-palette.bmp": _bmp_header(4, 4, colours_used=2**31 - 1, bits=8),
        "bmp-odd-bits.bmp": _bmp_header(4, 4, bits=7),
        "bmp-header-only.bmp": b"BM",
    }
    for fmt, data in other_format_files().items():
        files[f"other-{fmt.lower()}.png"] = data
    return files
