"""The stroke-run planner (model/runs.py), as the canvas and the PDF both use it."""

from __future__ import annotations

from containerstudio.model.elements import Stroke
from containerstudio.model.runs import StrokeRun, plan_part, plan_parts
from containerstudio.model.shapes import ShapeElement


def _s(sid: str, part: str = "outside", tool: str = "pencil") -> Stroke:
    return Stroke(id=sid, part=part, tool=tool, points=((0.0, 0.0, 0.5),))


def _shape(sid: str, part: str = "outside") -> ShapeElement:
    return ShapeElement(id=sid, part=part, points=((0.0, 0.0), (5.0, 5.0)))


def _ids(steps: list) -> list:
    return [
        [s.id for s in step.members] if isinstance(step, StrokeRun) else step.id for step in steps
    ]


def test_consecutive_strokes_form_one_run_and_another_element_ends_it():
    doc = [_s("a"), _s("b"), _shape("x"), _s("c")]
    assert _ids(plan_part(doc, "outside")) == [["a", "b"], "x", ["c"]]


def test_strokes_of_another_part_neither_join_nor_break_a_run():
    doc = [_s("a"), _s("i", part="inside"), _shape("y", part="lid"), _s("b")]
    assert _ids(plan_part(doc, "outside")) == [["a", "b"]]
    assert _ids(plan_part(doc, "inside")) == [["i"]]


def test_an_eraser_joins_every_earlier_run_of_its_part_in_document_order():
    doc = [_s("a"), _shape("x"), _s("b"), _s("e", tool="eraser"), _s("c"), _s("f", tool="eraser")]
    first, _shape_step, second = plan_part(doc, "outside")
    assert [s.id for s in first.strokes] == ["a", "e", "f"]
    assert [s.id for s in second.strokes] == ["b", "e", "c", "f"]
    assert [s.id for s in second.members] == ["b", "c"]  # an eraser is never a member


def test_an_eraser_before_any_stroke_of_its_part_clears_nothing():
    doc = [_s("e", tool="eraser"), _s("a"), _s("e2", tool="eraser", part="inside")]
    (run,) = plan_part(doc, "outside")
    assert [s.id for s in run.strokes] == ["a"]
    assert plan_part(doc, "inside") == []


def test_plan_parts_goes_bottom_part_first_whatever_order_is_asked():
    doc = [_s("l", part="lid"), _s("o"), _s("i", part="inside")]
    assert _ids(plan_parts(doc, ("lid", "outside"))) == [["o"], ["l"]]
