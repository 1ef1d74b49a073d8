"""Acceptance (export 5) and the command line: atomic files, calm messages, worksheets."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from export_fixtures import add, drawing_document, stroke, wave
from pdfcheck import reader, text_of

from containerstudio.cli.main import main
from containerstudio.export.common import ExportProblem, write_atomically
from containerstudio.model.document import ContainerDocument
from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library

ROOT = Path(__file__).resolve().parents[2]


def make_library(data_dir: Path, docs: dict[str, ContainerDocument]) -> list[int]:
    db = open_database(data_dir)
    try:
        library = Library(db)
        ids = []
        for title, doc in docs.items():
            cid = library.create_container(title)
            library.save_working(cid, doc)
            ids.append(cid)
        return ids
    finally:
        db.close()


def heavy_document() -> ContainerDocument:
    """Hundreds of soft-brush strokes and erasers: seconds of rasterizing to export."""
    doc = ContainerDocument()
    strokes = []
    for i in range(240):
        strokes.append(stroke("brush", "#6f9fb0", 120, wave(50, 40 + i * 5, 60, 25, 50, 0.9)))
        if i % 20 == 0:
            strokes.append(stroke("eraser", "#000000", 40, wave(60, 60 + i * 5, 50, 30, 30)))
    return add(doc, *strokes)


def test_killing_an_export_midway_leaves_no_file(data_dir, tmp_path):
    (cid,) = make_library(data_dir, {"Heavy": heavy_document()})
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "container.pdf"
    proc = subprocess.Popen(
        [sys.executable, "-m", "containerstudio", "--data-dir", str(data_dir),
         "export", str(cid), "--out", str(target)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        # Wait until the export has started writing (its temporary file exists).
        deadline = time.monotonic() + 60
        while not list(out_dir.glob(".container.pdf.*.part")) and proc.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.005)
        assert proc.poll() is None, proc.stderr.read().decode()
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert not target.exists()


def test_a_failed_write_leaves_neither_target_nor_temporary_file(tmp_path):
    target = tmp_path / "c.pdf"

    def produce(handle):
        handle.write(b"%PDF-1.4 partial")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportProblem) as caught:
        write_atomically(target, produce)
    assert str(target) in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_replacing_keeps_the_old_file_until_the_new_one_is_complete(tmp_path):
    target = tmp_path / "c.pdf"
    target.write_bytes(b"old")

    def produce(handle):
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        write_atomically(target, produce)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["c.pdf"]


# Tests run as root, where chmod 0o555 does not stop writes. These folders refuse a new
# file even to root: a "folder" that is really a regular file (ENOTDIR), and sysfs,
# which never lets anyone create files (EACCES).
@pytest.mark.parametrize("where", ["file-as-folder", "sysfs"])
def test_read_only_folder_gets_a_calm_message(data_dir, tmp_path, capsys, where):
    (cid,) = make_library(data_dir, {"Calm": drawing_document()})
    if where == "sysfs":
        folder = Path("/sys")
    else:
        folder = tmp_path / "not-a-folder"
        folder.write_text("just a file")
    code = main(["--data-dir", str(data_dir), "export", str(cid), "--out", str(folder / "c.pdf")])
    err = capsys.readouterr().err
    assert code == 1
    assert f"cannot write into the folder {folder}" in err
    assert "Traceback" not in err
    assert not (folder / "c.pdf").exists()


def test_cli_exports_session_group_box_and_worksheet(data_dir, tmp_path, capsys):
    ids = make_library(data_dir, {"Ana": drawing_document(), "Ben": drawing_document()})
    d = ["--data-dir", str(data_dir)]
    session = tmp_path / "s.pdf"
    assert main([*d, "export", str(ids[0]), "--out", str(session), "--page", "letter"]) == 0
    r = reader(session)
    assert float(r.pages[0].mediabox.width) == pytest.approx(612)
    assert "Ana" in text_of(r)
    group = tmp_path / "g.pdf"
    assert main([*d, "print-group", *map(str, ids), "--per-sheet", "1", "--out", str(group)]) == 0
    assert len(reader(group).pages) == 2
    assert "Ana" not in text_of(reader(group))  # captions only when asked for
    box = tmp_path / "b.pdf"
    assert main([*d, "paper-box", str(ids[1]), "--out", str(box)]) == 0
    assert len(reader(box).pages) == 3
    pack = tmp_path / "pack.toml"
    pack.write_text(
        'id = "behaelter"\nlanguage = "de"\ntitle = "Ein Behälter"\nsummary = "Kurz."\n'
        'audience = "individual"\nschema_version = 1\n'
        '[[step]]\nid = "a"\ntitle = "Ankommen"\nkind = "intro"\nminutes = 1\n'
        'text = "Wenn es sich gut anfühlt …"\n'
        '[[step]]\nid = "b"\ntitle = "Zeichnen"\nkind = "canvas"\nminutes = 5\n'
        'text = "Du könntest zeichnen."\nprompts = ["Welche Farbe?", "Wie groß?"]\n'
        '[[step]]\nid = "c"\ntitle = "Schreiben"\nkind = "writing"\nminutes = 2\n'
        'text = "Ein Wort genügt."\n',
        encoding="utf-8",
    )
    sheets = tmp_path / "w.pdf"
    assert main(["worksheet", str(pack), "--out", str(sheets)]) == 0
    w = reader(sheets)
    assert len(w.pages) == 3
    second = w.pages[1].extract_text()
    assert "Step 2 of 3" in second and "Zeichnen" in second and "Welche Farbe?" in second
    assert "Ein Wort genügt." in w.pages[2].extract_text()


def test_cli_problems_are_calm(data_dir, tmp_path, capsys):
    (cid,) = make_library(data_dir, {"Calm": drawing_document()})
    d = ["--data-dir", str(data_dir)]
    assert main([*d, "export", "99", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "no container with id 99" in capsys.readouterr().err
    assert main([*d, "export", str(cid), "--out", str(tmp_path / "x.pdf"), "--include", "x"]) == 1
    assert "is not a section" in capsys.readouterr().err
    broken = tmp_path / "broken.toml"
    broken.write_text("title = [unclosed", encoding="utf-8")
    assert main(["worksheet", str(broken), "--out", str(tmp_path / "w.pdf")]) == 1
    err = capsys.readouterr().err
    assert str(broken) in err and "Traceback" not in err
    assert not list(tmp_path.glob("*.pdf"))
