"""A stroke and a shape drawn along the same points with the same width cover the same
box: both ask the one `path_bounds` (half the width beyond the points, and a pixel)."""

from __future__ import annotations

from containerstudio.model.elements import PointList, Stroke, path_bounds
from containerstudio.model.shapes import ShapeElement


def test_a_stroke_and_a_shape_on_the_same_path_share_one_box():
    stroke = Stroke("s", width=6.0, points=PointList([(10.0, 20.0, 0.5), (40.0, 5.0, 1.0)]))
    shape = ShapeElement("l", shape="line", width=6.0, points=((10.0, 20.0), (40.0, 5.0)))
    assert stroke.bounds() == shape.bounds() == (6.0, 1.0, 44.0, 24.0)
    assert path_bounds(stroke.points, 6.0) == stroke.bounds()


def test_no_points_is_an_empty_box():
    assert Stroke("s").bounds() == ShapeElement("e").bounds() == (0.0, 0.0, 0.0, 0.0)
