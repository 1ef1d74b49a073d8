"""Acceptance (issue 13, point 2): images come in through a narrow door.

Hostile files (broken, disguised, bombs, and every format Pillow knows beyond the six
allowed) are refused with the one calm message, without any process being started: an
audit hook watches for subprocesses, exec, spawn and fork while each import runs. Every
kind of exception a decoder can raise becomes that message, nothing reaches stderr, and a
fuzzer finds no way around it.
"""

from __future__ import annotations

import io
import random
import struct
import subprocess
import sys
import warnings
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import EpsImagePlugin, Image, ImageCms, ImageFile, UnidentifiedImageError

from containerstudio.flow import find_judging_words
from containerstudio.imaging import CleanImage, ImageProblem, import_image
from containerstudio.imaging.importer import ALLOWED_FORMATS, sniff_format
from tests.imaging.image_samples import hostile_files, other_format_files

# Audit hooks cannot be removed, so the hook stays and a flag says when it is watching.
PROCESS_EVENTS = frozenset(
    {
        "subprocess.Popen",
        "os.system",
        "os.exec",
        "os.posix_spawn",
        "os.spawn",
        "os.fork",
        "os.forkpty",
        "os.startfile",
        "pty.spawn",
    }
)
WATCH: dict[str, object] = {"on": False, "seen": []}


def _audit(event: str, args: tuple) -> None:
    if WATCH["on"] and event in PROCESS_EVENTS:
        WATCH["seen"].append(event)  # type: ignore[union-attr]
        raise RuntimeError("no process may start while an image comes in")


sys.addaudithook(_audit)

HOSTILE = hostile_files()
CALM_KINDS = {"unreadable", "too-many-pixels", "empty"}


@pytest.fixture
def no_processes(monkeypatch):
    """Fails the test if anything tries to start a process while it runs."""
    # Pillow remembers whether Ghostscript exists after asking once; forget it, so an EPS
    # file that reached its plugin would really try to start `gs` here.
    monkeypatch.setattr(EpsImagePlugin, "gs_binary", None)
    seen: list[str] = []
    WATCH.update(on=True, seen=seen)
    try:
        yield seen
    finally:
        WATCH.update(on=False, seen=[])
    assert not seen, f"a process was started: {seen}"


def assert_calm(problem: ImageProblem, name: str) -> None:
    assert problem.kind in CALM_KINDS
    assert f"“{name}”" in problem.message
    assert not find_judging_words(problem.message)
    for word in ("error", "failed", "invalid", "wrong", "exception", "traceback"):
        assert word not in problem.message.lower()


def test_the_audit_hook_sees_a_process_start():
    """The guard itself can fail: a subprocess started while watching is caught."""
    seen: list[str] = []
    WATCH.update(on=True, seen=seen)
    try:
        with pytest.raises(RuntimeError):
            subprocess.run(["true"], check=False)
    finally:
        WATCH.update(on=False, seen=[])
    assert seen == ["subprocess.Popen"]


def test_without_the_door_pillow_would_start_ghostscript(monkeypatch):
    """What the door keeps out: Pillow hands an EPS file to Ghostscript when it loads."""
    monkeypatch.setattr(EpsImagePlugin, "gs_binary", None)
    seen: list[str] = []
    WATCH.update(on=True, seen=seen)
    try:
        with pytest.raises(Exception):  # noqa: B017 - the hook's refusal, or no Ghostscript
            Image.open(io.BytesIO(HOSTILE["eps_disguised.png"])).load()
    finally:
        WATCH.update(on=False, seen=[])
    assert "subprocess.Popen" in seen


def test_the_suite_is_large_and_covers_every_other_format():
    assert len(HOSTILE) >= 40 + len(other_format_files())
    Image.init()
    others = (set(Image.OPEN) | set(Image.SAVE)) - set(ALLOWED_FORMATS) - {"MPO"}
    assert others <= set(other_format_files()), "every other format has a file"
    # Most of them are real files of their format: Pillow itself opens them.
    readable = []
    for fmt, data in other_format_files().items():
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                with Image.open(io.BytesIO(data)) as im:
                    readable.append((fmt, im.format))
        except Exception:
            continue
    assert len(readable) >= 30, readable
    assert ("EPS", "EPS") in readable and ("DDS", "DDS") in readable and ("PSD", "PSD") in readable


@pytest.mark.parametrize("filename", sorted(HOSTILE))
def test_hostile_file_is_refused_calmly(tmp_path, capfd, no_processes, filename):
    path = tmp_path / filename
    path.write_bytes(HOSTILE[filename])
    with warnings.catch_warnings(record=True) as warned, pytest.raises(ImageProblem) as caught:
        warnings.simplefilter("always")  # a warning would be printed on stderr in the app
        import_image(path)
    assert not warned, [str(w.message) for w in warned]
    assert_calm(caught.value, filename)
    assert str(tmp_path) not in caught.value.message, "only the file's own name is shown"
    out, err = capfd.readouterr()
    assert out == "" and err == ""


@pytest.mark.parametrize("filename", ["eps_disguised.png", "document.pdf", "other-dds.png"])
def test_a_foreign_format_is_refused_from_its_bytes_before_any_decoder(filename, monkeypatch):
    def no_decoder(*args, **kwargs):
        raise AssertionError("a decoder was asked to open a file refused by its bytes")

    monkeypatch.setattr(Image, "open", no_decoder)
    assert sniff_format(HOSTILE[filename]) is None
    with pytest.raises(ImageProblem) as caught:
        import_image(HOSTILE[filename], name=filename)
    assert caught.value.kind == "unreadable"


def test_a_path_given_as_the_name_shows_only_its_last_part():
    with pytest.raises(ImageProblem) as caught:
        import_image(HOSTILE["noise.png"], name="/home/someone/private folder/noise.png")
    assert "“noise.png”" in caught.value.message and "private folder" not in caught.value.message


def _good(fmt: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (24, 16), (30, 160, 90)).save(out, fmt)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ALLOWED_FORMATS)
def test_each_allowed_format_comes_in(fmt, no_processes, capfd):
    clean = import_image(_good(fmt), name=f"fine.{fmt.lower()}")
    assert (clean.width, clean.height) == (24, 16)
    with Image.open(io.BytesIO(clean.data)) as im:
        r, g, b = im.convert("RGB").getpixel((12, 8))
    assert abs(r - 30) < 12 and abs(g - 160) < 12 and abs(b - 90) < 12
    assert capfd.readouterr() == ("", "")


def test_animated_gif_comes_in_as_its_first_frame(no_processes):
    frames = [Image.new("P", (20, 20), i) for i in (1, 2)]
    for frame, colour in zip(frames, ((200, 0, 0), (0, 0, 200)), strict=True):
        frame.putpalette([0, 0, 0, *colour, *colour] + [0] * 759)
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    clean = import_image(out.getvalue(), name="moving.gif")
    with Image.open(io.BytesIO(clean.data)) as im:
        assert im.convert("RGB").getpixel((10, 10)) == (200, 0, 0)


RAISED = [
    NotImplementedError("DDS pixel format"),
    OSError("image file is truncated"),
    ValueError("buffer is not large enough"),
    SyntaxError("broken PNG file"),
    struct.error("unpack requires a buffer"),
    Image.DecompressionBombError("Image size (900000000 pixels) exceeds limit"),
    MemoryError(),
    EOFError(),
    IndexError("list index out of range"),
    KeyError("tile"),
    TypeError("unsupported operand"),
    ZeroDivisionError("division by zero"),
    RecursionError("maximum recursion depth exceeded"),
    OverflowError("Python int too large"),
    AttributeError("no attribute"),
    RuntimeError("decoder"),
    AssertionError(),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
    zlib.error("Error -3 while decompressing data"),
    ImageCms.PyCMSError("cannot build transform"),
    UnidentifiedImageError("cannot identify image file"),
    Exception("anything at all"),
]


@pytest.mark.parametrize("stage", ["open", "load"])
@pytest.mark.parametrize("raised", RAISED, ids=[type(e).__name__ for e in RAISED])
def test_every_exception_from_decoding_becomes_the_calm_message(monkeypatch, capfd, stage, raised):
    def fail(*args, **kwargs):
        raise raised

    if stage == "open":
        monkeypatch.setattr(Image, "open", fail)
    else:
        monkeypatch.setattr(ImageFile.ImageFile, "load", fail)
    with pytest.raises(ImageProblem) as caught:
        import_image(_good("PNG"), name="holiday.png")
    expected = "too-many-pixels" if isinstance(raised, Image.DecompressionBombError) else None
    assert caught.value.kind == (expected or "unreadable")
    assert_calm(caught.value, "holiday.png")
    assert capfd.readouterr() == ("", "")


SEEDS = [_good(fmt) for fmt in ALLOWED_FORMATS] + [
    data for name, data in HOSTILE.items() if sniff_format(data) is not None
]
MAGICS = [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF89a", b"BM", b"II*\0", b"MM\0*", b"RIFF"]


def _mutate(seed: bytes, rng: random.Random, edits: int) -> bytes:
    data = bytearray(seed)
    for _ in range(edits):
        if not data:
            break
        choice = rng.random()
        at = rng.randrange(len(data))
        if choice < 0.5:
            data[at] = rng.randrange(256)
        elif choice < 0.7:
            del data[at : at + rng.randrange(1, 64)]
        elif choice < 0.9:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16)))
        else:
            data[at : at + 4] = struct.pack(">I", rng.choice([0, 1, 0x7FFFFFFF, 0xFFFFFFFF]))
    return bytes(data)


def _import_quietly(data: bytes) -> None:
    try:
        with warnings.catch_warnings(record=True) as warned:
            warnings.simplefilter("always")  # a warning would be printed on stderr in the app
            clean = import_image(data, name="fuzzed.png")
    except ImageProblem as problem:
        assert not warned, [str(w.message) for w in warned]
        assert_calm(problem, "fuzzed.png")
        return
    assert not warned, [str(w.message) for w in warned]
    assert isinstance(clean, CleanImage) and clean.width >= 1 and clean.height >= 1
    with Image.open(io.BytesIO(clean.data)) as im:
        assert im.format in ("PNG", "JPEG") and not im.info.get("icc_profile")


def test_fuzzed_bytes_never_escape_the_calm_message(capfd, no_processes):
    @settings(
        max_examples=250,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(
        magic=st.sampled_from([b"", *MAGICS]),
        body=st.binary(max_size=2048),
    )
    def random_bytes(magic: bytes, body: bytes) -> None:
        _import_quietly(magic + (b"\0\0\0\0WEBP" if magic == b"RIFF" else b"") + body)

    @settings(
        max_examples=350,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(
        seed=st.sampled_from(SEEDS),
        rng=st.randoms(use_true_random=False),
        edits=st.integers(min_value=1, max_value=12),
    )
    def mutated_images(seed: bytes, rng: random.Random, edits: int) -> None:
        _import_quietly(_mutate(seed, rng, edits))

    random_bytes()
    mutated_images()
    assert capfd.readouterr() == ("", "")


FRESH_RUN = """
import sys
from tests.imaging.image_samples import hostile_files
from tests.imaging.test_hostile_images import SEEDS, _mutate
from containerstudio.imaging import ImageProblem, import_image
import random

refused = 0
for name, data in hostile_files().items():
    try:
        import_image(data, name=name)
    except ImageProblem:
        refused += 1
rng = random.Random(13)
for _ in range(300):
    try:
        import_image(_mutate(rng.choice(SEEDS), rng, rng.randint(1, 12)), name="fuzzed.png")
    except ImageProblem:
        pass
print("refused", refused)
"""


def test_nothing_reaches_stderr_in_a_fresh_interpreter():
    """As in the app (no test harness catching logs or warnings): stderr stays empty."""
    result = subprocess.run(
        [sys.executable, "-c", FRESH_RUN], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stderr == ""
    assert result.stdout.strip() == f"refused {len(HOSTILE)}"
