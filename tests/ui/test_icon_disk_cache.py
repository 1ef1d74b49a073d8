"""Icons kept on disk between runs: the window's first paint reads its icons back
instead of drawing each from its SVG; a changed SVG or another theme's colour is drawn
anew, and a damaged file is passed over calmly."""

from __future__ import annotations

import stat
import struct
import textwrap

import numpy as np
import pytest
from fresh_python import run_python
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from containerstudio.app import ICON_CACHE
from containerstudio.ui.kit import icons

SIZE = QSize(24, 24)


@pytest.fixture
def disk(qapp, data_dir, monkeypatch):
    """The disk cache in this test's data folder, with nothing held in memory; counts
    each icon drawn from its SVG (the work the disk cache saves)."""
    folder = data_dir.joinpath(*ICON_CACHE)
    drawn: list[str] = []
    shape = icons._shape

    def counted(name, size):
        drawn.append(name)
        return shape(name, size)

    monkeypatch.setattr(icons, "_shape", counted)
    icons.forget_pictures()
    icons.use_disk_cache(folder)
    yield folder, drawn
    icons.use_disk_cache(None)
    icons.forget_pictures()


def _pixels(pixmap) -> np.ndarray:
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    return np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes()).copy()


def _new_run() -> None:
    """As when the app starts again: nothing drawn is held in memory."""
    icons.forget_pictures()


def test_a_second_start_reads_the_icons_back_without_drawing_them(disk):
    folder, drawn = disk
    first = _pixels(icons.render("undo", "#112233", SIZE))
    assert drawn == ["undo"]
    kept = icons.disk_file("undo", "#112233", SIZE)
    assert kept is not None and kept.parent == folder and kept.is_file()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600, "a private file"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert [p.suffix for p in folder.iterdir()] == [icons.DISK_SUFFIX], "no temporary left"
    _new_run()
    again = _pixels(icons.render("undo", "#112233", SIZE))
    assert drawn == ["undo"], "read back, not drawn again"
    assert np.array_equal(first, again) and first.any()


def test_another_theme_colour_is_drawn_anew(disk):
    folder, drawn = disk
    icons.render("undo", "#112233", SIZE)
    _new_run()
    other = _pixels(icons.render("undo", "#ddeeff", SIZE))
    assert drawn == ["undo", "undo"], "the other colour was not on disk"
    assert len(list(folder.glob(f"*{icons.DISK_SUFFIX}"))) == 2
    rgba = other.reshape(-1, 4)
    inked = rgba[rgba[:, 3] == 255]
    assert len(inked) and (inked[:, :3] == [0xDD, 0xEE, 0xFF]).all(), "in the new colour"


def test_a_changed_svg_is_drawn_anew(disk, monkeypatch):
    _folder, drawn = disk
    old = icons.disk_file("undo", "#112233", SIZE)
    icons.render("undo", "#112233", SIZE)
    _new_run()
    source = icons.svg_source("undo")
    changed = source.replace("<svg", "<svg data-edited='yes'", 1)
    assert changed != source
    monkeypatch.setattr(icons, "svg_source", lambda name: changed)
    icons._svg_hash.cache_clear()
    try:
        assert icons.disk_file("undo", "#112233", SIZE) != old
        icons.render("undo", "#112233", SIZE)
        assert drawn == ["undo", "undo"], "an edited SVG never finds the old picture"
    finally:
        icons._svg_hash.cache_clear()


@pytest.mark.parametrize(
    "damage",
    [b"", b"not a picture at all", None],
    ids=["cut short", "garbage", "another size"],
)
def test_a_damaged_file_is_passed_over_calmly_and_drawn_again(disk, damage):
    _folder, drawn = disk
    good = _pixels(icons.render("undo", "#112233", SIZE))
    kept = icons.disk_file("undo", "#112233", SIZE)
    whole = kept.read_bytes()
    if damage is None:  # as many pixels, but another shape: 12 by 48
        header = len(whole) - SIZE.width() * SIZE.height() * 4
        kept.write_bytes(whole[: header - 8] + struct.pack("<II", 12, 48) + whole[header:])
    else:
        kept.write_bytes(damage if damage else whole[:-7])  # garbage, or cut short
    _new_run()
    again = _pixels(icons.render("undo", "#112233", SIZE))
    assert drawn == ["undo", "undo"]
    assert np.array_equal(good, again), "drawn from its SVG as before"
    _new_run()
    icons.render("undo", "#112233", SIZE)
    assert drawn == ["undo", "undo"], "the file was put right for the next start"


def test_a_folder_that_cannot_be_written_only_means_drawing_again(disk):
    folder, drawn = disk
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_bytes(b"a file where the folder would be")
    first = _pixels(icons.render("undo", "#112233", SIZE))
    _new_run()
    again = _pixels(icons.render("undo", "#112233", SIZE))
    assert drawn == ["undo", "undo"] and np.array_equal(first, again)


def test_without_a_disk_cache_nothing_is_written(qapp, data_dir):
    icons.use_disk_cache(None)
    icons.forget_pictures()
    assert icons.disk_file("undo", "#112233", SIZE) is None
    icons.render("undo", "#112233", SIZE)
    assert not data_dir.joinpath(*ICON_CACHE).exists()
    icons.forget_pictures()


LAUNCH = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from containerstudio.cli.main import main
    from containerstudio.ui.kit import icons

    drawn = []
    shape = icons._shape
    icons._shape = lambda name, size: drawn.append(name) or shape(name, size)

    def look():
        w = next((w for w in QApplication.topLevelWidgets()
                  if hasattr(w, "container_ready") and w.isVisible()), None)
        if w is None or w.current is None:
            QTimer.singleShot(5, look)
            return
        QApplication.processEvents()  # the window has painted its bars
        print("DRAWN", len(drawn), "READ", icons.cached_pictures() - len(drawn), flush=True)
        QApplication.quit()

    QTimer.singleShot(0, look)
    sys.exit(main(sys.argv[1:]))
    """
)


def _launch(data_dir) -> tuple[int, int]:
    result = run_python(LAUNCH, "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("DRAWN"))
    _, drawn, _, read = line.split()
    return int(drawn), int(read)


def test_the_app_keeps_its_icons_for_its_next_start(data_dir):
    """The real launch: the first start draws the window's icons and keeps them in the
    data folder; the next start reads every one of them back."""
    drawn, read = _launch(data_dir)
    assert drawn >= 10 and read == 0, "a first start draws its icons"
    kept = list(data_dir.joinpath(*ICON_CACHE).glob(f"*{icons.DISK_SUFFIX}"))
    assert len(kept) >= drawn
    drawn, read = _launch(data_dir)
    assert drawn == 0 and read >= 10, "the next start reads them back"


def test_the_app_keeps_icons_in_its_data_folder_only_while_it_runs(qapp, data_dir):
    """Once `run_app` returns, icons drawn later (by whatever runs next in the same
    process) are not written into that data folder."""
    from helpers import CalmAnswers

    from containerstudio.app import run_app

    (data_dir / "library.sqlite3").write_bytes(b"not a database" * 10)  # ends at once
    answers = CalmAnswers()
    assert run_app(data_dir) == 2
    answers.stop()
    kept = set(data_dir.joinpath(*ICON_CACHE).glob("*"))  # what its own window drew
    icons.forget_pictures()
    assert icons.disk_file("undo", "#123456", SIZE) is None
    icons.render("undo", "#123456", SIZE)
    assert set(data_dir.joinpath(*ICON_CACHE).glob("*")) == kept
    icons.forget_pictures()
