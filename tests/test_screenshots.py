"""`make screenshots` (in .ci/run) writes the README's pictures from the real app and
checks each: these tests keep that check honest (a blank, flat or two-colour picture is
refused, the committed pictures pass) and the README showing every one of them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "tools" / "screenshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


screenshots = _tool()


def _save(tmp_path: Path, pixels: np.ndarray, name: str = "shot.png") -> Path:
    path = tmp_path / name
    Image.fromarray(pixels.astype(np.uint8), "RGB").save(path)
    return path


def test_a_blank_picture_is_refused(tmp_path) -> None:
    white = np.full((800, 1280, 3), 255)
    problems = screenshots.image_problems(_save(tmp_path, white))
    assert any("one colour" in p for p in problems), problems


def test_a_picture_of_two_flat_halves_is_refused(tmp_path) -> None:
    halves = np.full((800, 1280, 3), 240)
    halves[:, 640:] = (40, 60, 70)
    problems = screenshots.image_problems(_save(tmp_path, halves))
    assert any("colours" in p for p in problems) and any("edges" in p for p in problems)


def test_smooth_noise_without_parts_is_refused(tmp_path) -> None:
    y, x = np.mgrid[0:800, 0:1280]
    gradient = np.stack([x * 255 // 1280, y * 255 // 800, (x + y) * 255 // 2080], axis=2)
    problems = screenshots.image_problems(_save(tmp_path, gradient))
    assert any("edges" in p for p in problems), problems


def test_a_missing_or_unreadable_picture_is_named(tmp_path) -> None:
    (tmp_path / "studio.png").write_bytes(b"not a picture")
    problems = screenshots.check(tmp_path)
    assert "welcome.png is missing" in problems
    assert any(p.startswith("studio.png: not a readable image") for p in problems)


@pytest.mark.parametrize("name", screenshots.SHOTS)
def test_each_committed_screenshot_shows_the_windows_parts(name) -> None:
    path = ROOT / "docs" / "screenshots" / f"{name}.png"
    assert path.exists(), f"run `make screenshots` ({path.name} is missing)"
    assert screenshots.image_problems(path) == []


def test_the_readme_shows_every_screenshot() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in screenshots.SHOTS:
        assert f"](docs/screenshots/{name}.png)" in readme, name
