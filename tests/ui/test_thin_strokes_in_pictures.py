"""A thin pencil line stays in the small pictures of the page (the library's thumbnail, a
narrow PNG): drawn straight at a small size, the cached stroke pixels were sampled and a
4 px line could vanish from a 320 px picture, depending on where it fell."""

from __future__ import annotations

import pytest
from helpers import drag, line

from containerstudio.ui.canvas.render import thumbnail_image


def _ink_columns(image, y_from: int, y_to: int, paper) -> int:
    """How many columns hold a pixel clearly darker than the paper between two rows."""
    columns = 0
    for x in range(image.width()):
        for y in range(max(0, y_from), min(image.height(), y_to + 1)):
            c = image.pixelColor(x, y)
            if sum((c.red(), c.green(), c.blue())) < sum(paper) - 60:
                columns += 1
                break
    return columns


@pytest.mark.parametrize("y", [200, 201, 202, 203, 204, 400, 402])
def test_a_thin_line_shows_in_the_library_picture(open_window, y) -> None:
    window = open_window()
    drag(window, line(200, y, 900, y))
    scene = window.current.scene
    picture = thumbnail_image(scene)
    scale = picture.width() / scene.canvas_rect.width()
    paper = picture.pixelColor(5, 5)
    row = round(y * scale)
    seen = _ink_columns(picture, row - 2, row + 2, (paper.red(), paper.green(), paper.blue()))
    expected = round(700 * scale)
    assert seen >= 0.8 * expected, f"{seen} of about {expected} columns show the line"
