"""Acceptance (issue 16, 5): the desktop entry and AppStream metadata validate, agree with
each other and with the package, and `make install-desktop` puts them and the icons in
the user's data folder (XDG_DATA_HOME, or ~/.local/share).

The validators come from `make validators` (packaging/check-validators.sh, run by
`make test`); without them the validation tests skip and say which package is missing.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlparse

import pytest
from PIL import Image

from containerstudio import app

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.containerstudio.ContainerStudio"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
SCREENSHOTS = ROOT / "docs" / "screenshots"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (apt-get install {package}; `make validators`)")
    return found


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def problems_in(output: str) -> list[str]:
    """Validator lines that are errors or warnings (hints and infos are advice)."""
    return [
        line
        for line in output.splitlines()
        if line.startswith(("E:", "W:")) or ": error:" in line or ": warning:" in line
    ]


def test_desktop_entry_validates():
    validate = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert problems_in(result.stdout + result.stderr) == []


def test_appstream_metainfo_validates():
    appstreamcli = tool("appstreamcli", "appstream")
    # --no-net: the screenshot and homepage addresses are checked for form, not fetched.
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert problems_in(result.stdout + result.stderr) == []


def test_entry_metadata_and_package_agree():
    entry = desktop_entry(DESKTOP)
    component = ET.parse(METAINFO).getroot()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert component.findtext("id") == APP_ID == app.APP_ID  # the window's desktop file name
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert component.findtext("icon[@type='stock']") == entry["Icon"] == APP_ID
    assert component.findtext("provides/binary") == entry["Exec"] == "containerstudio"
    assert "containerstudio" in scripts
    assert component.findtext("name") == entry["Name"]
    assert component.findtext("summary") == entry["Comment"]


def test_metainfo_shows_the_apps_own_screenshots():
    """Each screenshot is one `make screenshots` writes to docs/screenshots/, by name."""
    images = ET.parse(METAINFO).getroot().findall("screenshots/screenshot/image")
    assert len(images) >= 3
    names = [Path(urlparse(image.text or "").path).name for image in images]
    assert all(urlparse(image.text or "").scheme == "https" for image in images)
    assert all(name.endswith(".png") for name in names)
    made = sorted(p.name for p in SCREENSHOTS.glob("*.png"))
    if not made:
        pytest.skip("docs/screenshots/ holds no images yet (`make screenshots` makes them)")
    assert set(names) <= set(made), f"metainfo names {names}, docs/screenshots has {made}"


def run_make(target: str, tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """`make target` with a `containerstudio` command of our own first on PATH."""
    command = tmp_path / "bin" / "containerstudio"
    command.parent.mkdir(exist_ok=True)
    command.write_text("#!/bin/sh\n", encoding="utf-8")
    command.chmod(0o755)
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), target],
        capture_output=True,
        text=True,
        timeout=240,
        env={
            **{k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"},
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": f"{command.parent}{os.pathsep}{os.environ['PATH']}",
            "ICONS": str(tmp_path / "icons"),  # never written into the checkout
            **env,
        },
    )


@pytest.mark.parametrize("where", ["XDG_DATA_HOME", "HOME"])
def test_install_desktop_puts_entry_metadata_and_icons_in_the_users_share(tmp_path, where):
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home)}
    if where == "XDG_DATA_HOME":
        share = tmp_path / "xdg data"  # a space in the path too
        env["XDG_DATA_HOME"] = str(share)
    else:
        share = home / ".local" / "share"
    result = run_make("install-desktop", tmp_path, env)
    assert result.returncode == 0, result.stdout + result.stderr

    installed = share / "applications" / DESKTOP.name
    entry = desktop_entry(installed)
    assert entry["Exec"] == f'"{tmp_path / "bin" / "containerstudio"}"'  # the one on PATH
    assert entry["Icon"] == APP_ID
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True)
        assert check.returncode == 0, check.stdout

    hicolor = share / "icons" / "hicolor"
    svg = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / "containerstudio.svg").read_bytes()
    for size in ICON_SIZES:
        with Image.open(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png") as png:
            assert png.size == (size, size)
            assert png.mode == "RGBA"
            alpha = png.getchannel("A")
            # The box fills most of the square; the corners stay transparent.
            assert alpha.getpixel((0, 0)) == 0
            opaque = sum(alpha.histogram()[1:]) / (size * size)
            assert 0.4 < opaque < 0.95, (size, opaque)
            colours = png.convert("RGB").getcolors(maxcolors=size * size) or []
            assert len(colours) >= 3  # drawn, not one flat colour
    if where == "XDG_DATA_HOME":
        assert not (home / ".local").exists()  # nothing written beside XDG_DATA_HOME

    result = run_make("uninstall-desktop", tmp_path, env)
    assert result.returncode == 0, result.stdout + result.stderr
    ours = [p for p in share.rglob("*") if p.is_file() and APP_ID in p.name]
    assert ours == []
