"""The one image import function: upright, metadata gone, sizes bounded, hostile files refused.

Qt-free, like the package it tests.
"""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from containerstudio.imaging import MAX_PIXELS, WORKING_SIDE, ImageProblem, import_image
from tests.imaging.image_samples import rgb_profile, swapped_profile

GPS_IFD = 0x8825
GPS_MARKER = "GPS-DATUM-MARKER-4711"
ICC_MARKER = "Phone profile marker 0815"


def exif_jpeg(width: int = 60, height: int = 40, orientation: int = 6) -> bytes:
    """A JPEG whose left half is red, with orientation, camera, GPS metadata and an ICC
    profile (an sRGB-like one, so the colours stay as they are)."""
    im = Image.new("RGB", (width, height), "blue")
    im.paste((220, 0, 0), (0, 0, width // 2, height))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x0132] = "2024:01:02 03:04:05"  # date
    exif.get_ifd(GPS_IFD).update(
        {1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 0.0), 18: GPS_MARKER}
    )
    out = io.BytesIO()
    im.save(out, "JPEG", exif=exif.tobytes(), icc_profile=rgb_profile(ICC_MARKER), quality=95)
    return out.getvalue()


def test_the_test_photo_really_carries_gps_and_a_profile():
    """So that the test below can fail: what it checks is gone was there to begin with."""
    data = exif_jpeg()
    with Image.open(io.BytesIO(data)) as im:
        gps = im.getexif().get_ifd(GPS_IFD)
        assert gps[2] == (52.0, 31.0, 12.0) and gps[18] == GPS_MARKER
        assert im.info["icc_profile"]
    assert GPS_MARKER.encode() in data and ICC_MARKER.encode() in data


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that declares `width` x `height` pixels but holds almost no data (a bomb)."""

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\0" * (width + 1) * 4)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_orientation_applied_and_metadata_gone():
    clean = import_image(exif_jpeg(), name="phone.jpg")
    assert (clean.width, clean.height) == (40, 60), "orientation 6 turns the picture upright"
    assert clean.format == "JPEG"
    im = Image.open(io.BytesIO(clean.data))
    assert im.size == (40, 60)
    # Orientation 6 = rotate 90° clockwise to view: the red left half ends up on top.
    assert im.getpixel((20, 5))[0] > 150 and im.getpixel((20, 55))[2] > 150
    assert len(im.getexif()) == 0 and not im.getexif().get_ifd(GPS_IFD)
    assert b"Exif" not in clean.data and b"PhoneMaker" not in clean.data
    assert GPS_MARKER.encode() not in clean.data and b"2024:01:02" not in clean.data
    assert "icc_profile" not in im.info and ICC_MARKER.encode() not in clean.data


def solid(fmt: str, colour: tuple[int, ...], profile: bytes | None, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    options = {"icc_profile": profile} if profile else {}
    Image.new(mode, (40, 30), colour).save(out, fmt, **options)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "TIFF", "WEBP"])
def test_colours_with_a_profile_are_converted_to_srgb(fmt):
    """Stored as red under a profile whose red primary is sRGB's blue: the photo is blue."""
    clean = import_image(solid(fmt, (220, 40, 10), swapped_profile()), name=f"p.{fmt}")
    with Image.open(io.BytesIO(clean.data)) as im:
        assert "icc_profile" not in im.info
        r, g, b = im.convert("RGB").getpixel((20, 15))
    assert b > 170 and r < 60, (r, g, b)
    assert b"Swapped primaries" not in clean.data


def test_transparency_survives_the_colour_conversion():
    data = solid("PNG", (220, 40, 10, 100), swapped_profile(), mode="RGBA")
    clean = import_image(data, name="cut-out.png")
    with Image.open(io.BytesIO(clean.data)) as im:
        assert im.mode == "RGBA"
        r, _g, b, a = im.getpixel((5, 5))
    assert a == 100 and b > 170 and r < 60


def test_a_profile_like_srgb_keeps_the_colours():
    clean = import_image(solid("PNG", (220, 40, 10), rgb_profile("Near sRGB")), name="s.png")
    with Image.open(io.BytesIO(clean.data)) as im:
        r, g, b = im.getpixel((20, 15))
    assert abs(r - 220) <= 8 and abs(g - 40) <= 8 and abs(b - 10) <= 8


def test_an_srgb_profile_is_dropped_without_converting():
    clean = import_image(
        solid("JPEG", (220, 40, 10), rgb_profile("sRGB IEC61966-2.1")), name="phone.jpg"
    )
    with Image.open(io.BytesIO(clean.data)) as im:
        r, g, b = im.getpixel((20, 15))
        assert "icc_profile" not in im.info
    assert abs(r - 220) <= 8 and abs(g - 40) <= 8 and abs(b - 10) <= 8


def test_a_broken_profile_is_passed_over_and_the_photo_still_comes_in():
    clean = import_image(solid("PNG", (220, 40, 10), b"not a profile" * 10), name="odd.png")
    with Image.open(io.BytesIO(clean.data)) as im:
        assert im.getpixel((20, 15)) == (220, 40, 10) and "icc_profile" not in im.info


def test_png_with_alpha_stays_png_and_text_chunks_are_dropped():
    from PIL import PngImagePlugin

    im = Image.new("RGBA", (30, 20), (10, 20, 30, 128))
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Somebody private")
    out = io.BytesIO()
    im.save(out, "PNG", pnginfo=info)
    clean = import_image(out.getvalue(), name="cut.png")
    assert clean.format == "PNG"
    again = Image.open(io.BytesIO(clean.data))
    assert again.mode == "RGBA" and again.getpixel((5, 5))[3] == 128
    assert b"Somebody private" not in clean.data and not again.text


def test_big_photo_is_scaled_to_working_size_with_progress():
    im = Image.new("RGB", (6000, 4000), "green")
    out = io.BytesIO()
    im.save(out, "JPEG", quality=80)
    seen: list[float] = []
    clean = import_image(out.getvalue(), name="big.jpg", progress=seen.append)
    assert max(clean.width, clean.height) == WORKING_SIDE
    assert (clean.width, clean.height) == (2400, 1600)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 4


@pytest.mark.parametrize(
    ("filename", "content", "kind"),
    [
        ("empty.jpg", b"", "empty"),
        ("noise.png", bytes(range(256)) * 40, "unreadable"),
        ("bomb.png", png_header_only(20000, 20000), "too-many-pixels"),
        ("cut-short.jpg", exif_jpeg(400, 300)[:700], "unreadable"),
    ],
)
def test_hostile_files_get_a_calm_problem_naming_the_file(tmp_path, filename, content, kind):
    path = tmp_path / filename
    path.write_bytes(content)
    with pytest.raises(ImageProblem) as caught:
        import_image(path)
    problem = caught.value
    assert problem.kind == kind
    assert filename in problem.message
    for word in ("error", "failed", "invalid", "wrong", "must", "should", "bad"):
        assert word not in problem.message.lower()


def test_bomb_is_refused_from_its_header_before_decoding():
    assert MAX_PIXELS < 20000 * 20000
    with pytest.raises(ImageProblem) as caught:
        import_image(png_header_only(20000, 20000), name="bomb.png")
    assert "400 megapixels" in caught.value.message


def test_picture_just_over_the_limit_is_refused_by_our_own_check():
    with pytest.raises(ImageProblem) as caught:
        import_image(png_header_only(10000, 8100), name="wide.png")
    assert caught.value.kind == "too-many-pixels" and "81 megapixels" in caught.value.message


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.jpg"
    with path.open("wb") as handle:
        handle.truncate(61 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(ImageProblem) as caught:
        import_image(path)
    assert caught.value.kind == "too-large-file" and "huge.jpg" in caught.value.message


def test_missing_file(tmp_path):
    with pytest.raises(ImageProblem) as caught:
        import_image(tmp_path / "gone.png")
    assert caught.value.kind == "missing" and "gone.png" in caught.value.message
