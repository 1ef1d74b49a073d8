"""Acceptance (canvas 1 and 2): every tool once on the real window, then undo/redo and reopen.

Tools are chosen by clicking their buttons, used with real mouse events (and one pen
stroke of synthesized QTabletEvents with rising pressure). Each result is checked on
the rendered canvas against what the test computes. Then every step is undone and
redone back to pixel-identical renders, and the result survives closing and reopening.
"""

from __future__ import annotations

import numpy as np
from canvas_helpers import (
    choose_tool,
    click_canvas,
    click_list_item,
    color_near,
    inked_pixels,
    inked_rows,
    render_array,
    tablet_stroke,
)
from helpers import drag, line
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from containerstudio.model.placed import ImageElement, StickerElement, TextElement
from containerstudio.model.shapes import FillElement, ShapeElement

FILL = 4  # palette swatch used for the fill


class Steps:
    """Runs actions that each make exactly one undo step, keeping a render after each."""

    def __init__(self, window) -> None:
        self.window = window
        self.renders = [render_array(window)]
        self.names: list[str] = []

    def __call__(self, action) -> None:
        stack = self.window.current.stack
        before = stack.index
        action()
        assert stack.index == before + 1, f"{stack.names()[before:]} is not one step"
        self.renders.append(render_array(self.window))
        self.names.append(stack.undo_name())


def photo_file(tmp_path) -> str:
    im = Image.new("RGB", (300, 200), (200, 30, 30))
    im.paste((30, 30, 200), (150, 0, 300, 200))
    path = tmp_path / "collage.png"
    im.save(path)
    return str(path)


def test_every_tool_undo_redo_and_reopen(open_window, qtbot, tmp_path):
    window = open_window()
    window.resize(1400, 1000)
    window.canvas.set_zoom(0.5)
    window.canvas.centerOn(800, 600)
    doc = lambda: window.current.doc  # noqa: E731
    step = Steps(window)
    art = window.studio.artwork

    # A container outline (template) as a starting point: the jar.
    step(lambda: click_list_item(qtbot, art.templates, 1))
    jar = next(e for e in doc() if isinstance(e, StickerElement))
    assert (jar.collection, jar.name) == ("templates", "jar")

    # Rectangle, then fill inside it with a palette colour.
    qtbot.mouseClick(window.tool_panel.palette_widget.swatches[FILL], Qt.MouseButton.LeftButton)
    fill_color = window.tool_settings.state.color
    choose_tool(qtbot, window, "rect")
    step(lambda: drag(window, line(100, 100, 380, 400, 6)))
    choose_tool(qtbot, window, "fill")
    step(lambda: click_canvas(window, 240, 250))
    img = render_array(window)
    assert color_near(img, 240, 250, fill_color) and color_near(img, 130, 380, fill_color)
    assert not color_near(img, 60, 60, fill_color) and not color_near(img, 420, 250, fill_color)
    assert isinstance(list(doc())[-1], FillElement)

    # Eyedropper: takes the fill colour back after another colour was chosen.
    qtbot.mouseClick(window.tool_panel.palette_widget.swatches[0], Qt.MouseButton.LeftButton)
    choose_tool(qtbot, window, "eyedropper")
    click_canvas(window, 240, 250)
    assert window.tool_settings.state.color.lower() == fill_color.lower()
    assert window.tool_settings.state.tool == "fill"  # back to the tool used before
    qtbot.mouseClick(window.tool_panel.palette_widget.swatches[-1], Qt.MouseButton.LeftButton)

    # Brushes and the eraser.
    for tool, y in (("pencil", 120), ("marker", 200), ("brush", 280)):
        choose_tool(qtbot, window, tool)
        step(lambda y=y: drag(window, line(1250, y, 1550, y)))
        assert inked_rows(render_array(window), 1400, y - 30, y + 30) > 0, tool
    choose_tool(qtbot, window, "eraser")
    step(lambda: drag(window, line(1400, 90, 1400, 150, 6)))
    clear = render_array(window, paper=False)
    assert clear[120, 1400, 3] == 0, "erased pencil pixels are transparent"
    assert clear[120, 1300, 3] > 200, "the rest of the pencil stroke stays"

    # Shapes: line, ellipse, freeform polygon.
    for tool, pts in (
        ("line", line(100, 1100, 500, 1100, 4)),
        ("ellipse", line(1250, 400, 1550, 560, 4)),
        ("polygon", [(1260, 620), (1400, 620), (1540, 620), (1470, 700), (1400, 780), (1265, 625)]),
    ):
        choose_tool(qtbot, window, tool)
        step(lambda pts=pts: drag(window, pts))
        assert isinstance(list(doc())[-1], ShapeElement) and list(doc())[-1].shape == tool
    img = render_array(window)
    assert inked_rows(img, 300, 1080, 1120) > 0 and inked_rows(img, 1400, 390, 420) > 0
    assert inked_rows(img, 1400, 600, 640) > 0

    # A pen stroke with rising pressure is wider where pressure was higher.
    choose_tool(qtbot, window, "pencil")
    window.tool_panel.size_slider.setValue(40)
    pen = [(100 + i * 20, 1000, 0.05 + 0.95 * i / 30) for i in range(31)]
    step(lambda: tablet_stroke(window, pen))
    img = render_array(window)
    thin, wide = inked_rows(img, 160, 960, 1040), inked_rows(img, 660, 960, 1040)
    assert 0 < thin < wide - 10, (thin, wide)

    # Text: click, type, Enter.
    choose_tool(qtbot, window, "text")

    def write() -> None:
        click_canvas(window, 100, 1160)
        QTest.keyClicks(window.canvas.viewport(), "keep safe")
        QTest.keyClick(window.canvas.viewport(), Qt.Key.Key_Return)

    step(write)
    words = list(doc())[-1]
    assert isinstance(words, TextElement) and words.text == "keep safe"
    x0, y0, x1, y1 = (int(v) for v in words.bounds())
    assert inked_pixels(render_array(window), x0, y0, x1, y1) > 100

    # A photo (imported through the one import path), moved and scaled with the select tool.
    step(
        lambda: (
            window.studio.photos.import_sources([photo_file(tmp_path)]),
            qtbot.waitUntil(lambda: not window.studio.photos.busy, timeout=10000),
        )
    )
    photo = list(doc())[-1]
    assert isinstance(photo, ImageElement) and window.tool_settings.state.tool == "select"
    select = window.current.tools.select
    step(lambda: drag(window, line(photo.x, photo.y, 700, 1000, 8)))
    photo = doc().get(photo.id)
    assert abs(photo.x - 700) < 4 and abs(photo.y - 1000) < 4
    corner = select.handles()["scale2"]
    step(lambda: drag(window, line(corner.x(), corner.y(), 700 + 225, 1000 + 150, 6)))
    photo = doc().get(photo.id)
    assert abs(photo.scale - 1.5) < 0.05
    img = render_array(window)
    assert color_near(img, 600, 1000, "#c81e1e", 30) and color_near(img, 800, 1000, "#1e1ec8", 30)

    # Crop to the middle, then cut out a triangle.
    choose_tool(qtbot, window, "crop")
    step(lambda: drag(window, line(550, 900, 850, 1100, 6)))
    photo = doc().get(photo.id)
    assert photo.width < 300 and abs(photo.width * photo.scale - 300) < 6
    img = render_array(window)
    assert not color_near(img, 480, 1000, "#c81e1e", 60), "cropped away"
    choose_tool(qtbot, window, "cutout")
    step(lambda: drag(window, [(560, 1090), (700, 910), (840, 1090), (565, 1092)]))
    img = render_array(window)
    assert color_near(img, 700, 1050, "#1e1ec8", 40) or color_near(img, 700, 1050, "#c81e1e", 40)
    assert not color_near(img, 570, 920, "#c81e1e", 60), "outside the cut-out is clear"

    # A sticker on the lid, turned with the rotate handle, flipped, duplicated, arranged.
    window.studio.parts.part_buttons["lid"].click()
    art.tabs.setCurrentIndex(1)
    step(lambda: click_list_item(qtbot, art.stickers, 0))
    sticker = list(doc())[-1]
    assert isinstance(sticker, StickerElement) and sticker.part == "lid"
    handle, centre = select.handles()["rotate"], (sticker.x, sticker.y)
    step(
        lambda: drag(
            window,
            [
                (handle.x(), handle.y()),
                (centre[0] + 80, centre[1] - 40),
                (centre[0] + 120, centre[1]),
            ],
        )
    )
    assert abs(doc().get(sticker.id).rotation - 90) < 3
    bar = window.studio.arrange.actions_by_name
    for key in ("flip_h", "recolour", "duplicate", "back", "forward", "delete"):
        step(bar[key].trigger)
    assert doc().get(sticker.id).flip_h and doc().get(sticker.id).tint
    # The lid part hides and shows ("show open" = outside + inside).
    before = render_array(window)
    window.studio.parts.open_action.trigger()
    assert not window.current.scene.part_visible("lid")
    assert not np.array_equal(before, render_array(window))
    window.studio.parts.closed_action.trigger()
    for action in window.studio.parts.visible_actions.values():
        action.setChecked(True)
    assert np.array_equal(before, render_array(window))

    # Acceptance 2: every step undoes and redoes to a pixel-identical render.
    stack = window.current.stack
    assert stack.index == len(step.renders) - 1
    for i in range(len(step.renders) - 1, 0, -1):
        window.undo_action.trigger()
        assert np.array_equal(render_array(window), step.renders[i - 1]), (
            f"undo {step.names[i - 1]}"
        )
    for i in range(1, len(step.renders)):
        window.redo_action.trigger()
        assert np.array_equal(render_array(window), step.renders[i]), f"redo {step.names[i - 1]}"

    # ... and survives save → reopen.
    final = step.renders[-1]
    window.close()
    reopened = open_window()
    assert np.array_equal(render_array(reopened), final)
