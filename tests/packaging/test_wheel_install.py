"""Acceptance (issue 16, 6): `python -m build` makes an sdist and a wheel that carries every
resource and pack, and the wheel installed into a fresh virtual environment outside the
source tree lists a library and exports from it.

The fresh environment gets Container Studio from the wheel alone. Its dependencies
(PySide6, numpy, reportlab, …) are not downloaded again: a `.pth` file adds the running
environment's site-packages after the fresh one's own, so the installed wheel is found
first and those libraries after it. The source tree is never on its path: the running
environment's editable install is a `.pth` file in that site-packages, and Python reads
`.pth` files only in its own site folders, never in folders a `.pth` adds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pypdf
import pytest

from containerstudio.model.commands import AddElement
from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import new_id
from containerstudio.model.placed import StickerElement
from containerstudio.model.undo import UndoStack
from containerstudio.storage.database import open_database
from containerstudio.storage.library import Library

ROOT = Path(__file__).resolve().parents[2]
SHARED_FOLDERS = ("resources", "prompts")
TITLE = "Packed for the road"
BUILD_BOUND_S = 300


def files_under(folder: Path) -> list[str]:
    """Files of a shipped folder, relative to the repository root, caches left out."""
    return sorted(
        p.relative_to(ROOT).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """The sdist and the wheel `python -m build` makes (the wheel built from the sdist)."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=BUILD_BOUND_S,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


def the_one(folder: Path, pattern: str) -> Path:
    (found,) = folder.glob(pattern)
    return found


def test_wheel_carries_every_resource_pack_and_migration(dist):
    names = set(zipfile.ZipFile(the_one(dist, "*.whl")).namelist())
    expected = [f"containerstudio/{name}" for f in SHARED_FOLDERS for name in files_under(ROOT / f)]
    expected += [
        name.as_posix()
        for name in (
            p.relative_to(ROOT)
            for p in (ROOT / "containerstudio" / "storage" / "migrations").rglob("*")
        )
        if (ROOT / name).is_file() and "__pycache__" not in name.parts
    ]
    assert len(expected) > 100
    missing = sorted(set(expected) - names)
    assert missing == [], f"not in the wheel: {missing[:20]}"
    assert not any(n.startswith(("resources/", "prompts/", "tests/")) for n in names)


def test_wheel_carries_a_compiled_catalogue_for_each_translation(dist):
    names = set(zipfile.ZipFile(the_one(dist, "*.whl")).namelist())
    sources = [n for n in names if n.endswith(".ts")] + [
        f"containerstudio/{n}" for n in files_under(ROOT / "resources") if n.endswith(".ts")
    ]
    assert sources, "the English plural forms at least"
    for source in sources:
        assert source.removesuffix(".ts") + ".qm" in names


def test_sdist_holds_what_the_wheel_is_built_from(dist):
    with tarfile.open(the_one(dist, "*.tar.gz")) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    wanted = {"setup.py", "pyproject.toml", "MANIFEST.in", "README.md"}
    wanted |= set(files_under(ROOT / "resources")) | set(files_under(ROOT / "prompts"))
    wanted |= set(files_under(ROOT / "packaging"))
    assert sorted(wanted - names) == []


def outside_env() -> dict[str, str]:
    """This process's environment without what would point Python at the checkout (a
    PYTHONPATH, as scripts/suite_under_load.sh sets, made pip skip the install as
    "already satisfied" and the probe find the checkout's package)."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "CONTAINERSTUDIO"))}


@pytest.fixture(scope="module")
def installed(dist, tmp_path_factory) -> Path:
    """A fresh virtual environment outside the source tree with the wheel installed."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    assert not venv.is_relative_to(ROOT)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "--quiet", str(the_one(dist, "*.whl"))],
        capture_output=True, text=True, timeout=BUILD_BOUND_S, env=outside_env(),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    fresh_site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True, text=True, check=True, env=outside_env(),
        ).stdout.strip()
    )  # fmt: skip
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (fresh_site / "project-dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    # Another distribution's stray top-level folders beside the package: never ours.
    for stray in SHARED_FOLDERS:
        (fresh_site / stray).mkdir()
    return venv


def run_installed(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the fresh environment's `containerstudio`, from a folder outside the checkout."""
    env = outside_env()
    return subprocess.run(
        [str(venv / "bin" / "containerstudio"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        timeout=BUILD_BOUND_S,
    )


def test_installed_package_and_its_data_come_from_the_wheel(installed, tmp_path):
    probe = (
        "import sys, containerstudio\n"
        "from containerstudio.resources import resources_dir\n"
        "from containerstudio.flow.packs import shipped_prompts_dir\n"
        "print(containerstudio.__file__); print(resources_dir()); print(shipped_prompts_dir())\n"
        "from pathlib import Path\n"
        "print(any(p and Path(p).resolve() == Path(sys.argv[1]) for p in sys.path))\n"
        "print(any('editable' in type(f).__module__ for f in sys.meta_path))\n"
    )
    result = subprocess.run(
        [str(installed / "bin" / "python"), "-c", probe, str(ROOT)],
        capture_output=True, text=True, cwd=tmp_path, check=True, env=outside_env(),
    )  # fmt: skip
    package, resources, prompts, sees_checkout, editable = result.stdout.split("\n")[:5]
    for path in (package, resources, prompts):
        assert Path(path).is_relative_to(installed), path
        assert not Path(path).is_relative_to(ROOT), path
    inside = Path(package).parent  # the copies inside the package, not the strays beside it
    assert (Path(resources), Path(prompts)) == (inside / "resources", inside / "prompts")
    # The checkout is not on the path, and the running environment's editable-install
    # finder is not loaded (the project's own .venv may sit inside the checkout).
    assert (sees_checkout, editable) == ("False", "False")


def make_library(data_dir: Path) -> int:
    db = open_database(data_dir)
    try:
        library = Library(db)
        cid = library.create_container(TITLE)
        doc = ContainerDocument()
        padlock = StickerElement(id=new_id(), part="outside", collection="stickers", name="padlock")
        UndoStack(doc).push(AddElement(padlock))
        library.save_working(cid, doc)
        return cid
    finally:
        db.close()


def test_installed_command_lists_and_exports(installed, tmp_path):
    data = tmp_path / "data"
    cid = make_library(data)
    listed = run_installed(installed, tmp_path, "--data-dir", str(data), "list")
    assert listed.returncode == 0, listed.stderr
    assert f"{cid}\t{TITLE}\t" in listed.stdout

    out = tmp_path / "session.pdf"
    exported = run_installed(installed, tmp_path, "--data-dir", str(data), "export", str(cid),
                             "--out", str(out))  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    pdf = pypdf.PdfReader(str(out))
    assert TITLE in "\n".join(page.extract_text() or "" for page in pdf.pages)
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in pdf.pages
        for font in page["/Resources"]["/Font"].get_object().values()
    }
    # The font comes from the wheel's resources/fonts (without it: a built-in font).
    assert any("DejaVu" in name for name in fonts), fonts


def test_installed_command_prints_a_shipped_pack(installed, tmp_path):
    out = tmp_path / "worksheet.pdf"
    result = run_installed(installed, tmp_path, "worksheet", "container", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert len(pypdf.PdfReader(str(out)).pages) >= 2
