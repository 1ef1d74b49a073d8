"""Acceptance (export 3 and 4): group sheets in order, paper box nets to the millimetre."""

from __future__ import annotations

import pytest
from export_fixtures import cell_document, drawing_document
from pdfcheck import MM, drawn_paths, reader, text_of

from containerstudio.export.common import ExportProblem, PdfOptions
from containerstudio.export.group_print import GroupItem, cell_rects, export_group_pdf
from containerstudio.export.paper_box import (
    PRINT_MARGIN_MM,
    BoxDesign,
    EnvelopeDesign,
    export_paper_container,
)
from containerstudio.export.preview import page_images, pdfium_document

COLORS = [
    "#c0392b",
    "#2e86c1",
    "#27ae60",
    "#8e44ad",
    "#f1c40f",
    "#16a085",
    "#d35400",
    "#2c3e50",
    "#e84393",
]


def rgb(hex_color):
    return tuple(int(hex_color[i : i + 2], 16) for i in (1, 3, 5))


def test_nine_containers_four_per_sheet(tmp_path):
    items = [
        GroupItem(
            cell_document(color, inside_text=f"PRIVATE-INSIDE-{i}"), caption=f"Person {i + 1}"
        )
        for i, color in enumerate(COLORS)
    ]
    target = export_group_pdf(tmp_path / "group.pdf", items, per_sheet=4)
    r = reader(target)
    assert len(r.pages) == 3
    # Captions in order, page by page.
    per_page = [page.extract_text() for page in r.pages]
    assert [n for n in range(1, 10) if f"Person {n}" in per_page[0]] == [1, 2, 3, 4]
    assert [n for n in range(1, 10) if f"Person {n}" in per_page[1]] == [5, 6, 7, 8]
    assert [n for n in range(1, 10) if f"Person {n}" in per_page[2]] == [9]
    text = text_of(r)
    assert text.index("Person 1") < text.index("Person 2") < text.index("Person 4")
    # Nothing of the inside leaves the app.
    assert "PRIVATE" not in text and b"PRIVATE" not in target.read_bytes()
    # Each cell shows the right artwork: render and look at every cell's centre.
    rects = cell_rects((595.2756, 841.8898), 4)
    seen = []
    for image in page_images(target.read_bytes(), dpi=72):  # through the PDFium lock
        for x, y, w, h in rects:
            cx, cy = x + w / 2, 841.8898 - (y + h / 2)
            seen.append(image.getpixel((int(cx), int(cy))))
    found = []
    for pixel in seen:
        match = [
            c for c in COLORS if max(abs(a - b) for a, b in zip(pixel, rgb(c), strict=False)) < 12
        ]
        found.append(match[0] if match else None)
    assert found[:9] == COLORS
    assert found[9:] == [None, None, None]  # the last sheet's other cells stay empty


@pytest.mark.parametrize("per_sheet", [1, 2, 6])
def test_other_layouts_page_counts(tmp_path, per_sheet):
    items = [GroupItem(cell_document(c)) for c in COLORS[:6]]
    r = reader(export_group_pdf(tmp_path / "g.pdf", items, per_sheet=per_sheet))
    assert len(r.pages) == -(-6 // per_sheet)


def test_unusual_layout_and_empty_selection_get_calm_messages(tmp_path):
    with pytest.raises(ExportProblem, match="1, 2, 4 or 6"):
        export_group_pdf(tmp_path / "g.pdf", [GroupItem(cell_document("#000000"))], 3)
    with pytest.raises(ExportProblem, match="No containers"):
        export_group_pdf(tmp_path / "g.pdf", [], 4)
    assert not (tmp_path / "g.pdf").exists()


def _polygon(subpaths):
    assert len(subpaths) == 1
    return subpaths[0]


def _relative(points, origin):
    return [((x - origin[0]) / MM, (y - origin[1]) / MM) for x, y in points]


@pytest.mark.parametrize(("page", "size"), [("a4", (595.28, 841.89)), ("letter", (612, 792))])
def test_paper_box_nets_measure_as_designed(tmp_path, page, size):
    box, envelope = BoxDesign(), EnvelopeDesign()
    nets = [box.base_net(), box.lid_net(), envelope.net()]
    target = export_paper_container(
        tmp_path / "box.pdf", drawing_document(), PdfOptions(page=page), box, envelope
    )
    r = reader(target)
    assert len(r.pages) == 3
    for page_obj, net in zip(r.pages, nets, strict=True):
        paths = drawn_paths(page_obj, r)
        filled = [p for p in paths if p["paint"] == "fill"][: len(net.pieces)]
        measured = [_polygon(p["subpaths"]) for p in filled]
        # Measured against the first panel's first corner, everything else in mm.
        origin = measured[0][0]
        design_origin = net.pieces[0].points[0]
        for piece, drawn in zip(net.pieces, measured, strict=True):
            rel = _relative(drawn, origin)
            want = [(x - design_origin[0], y - design_origin[1]) for x, y in piece.points]
            assert len(rel) == len(want), piece.name
            for (mx, my), (wx, wy) in zip(rel, want, strict=True):
                assert abs(mx - wx) < 0.5 and abs(my - wy) < 0.5, (piece.name, rel, want)
        # Dashed strokes are the fold lines, solid strokes include every cut edge.
        dashed = [p for p in paths if p["paint"] == "stroke" and p["dash"]]
        folds = sorted(tuple(sorted(_relative(p["subpaths"][0], origin))) for p in dashed)
        want_folds = sorted(
            tuple(
                sorted(
                    (
                        (a[0] - design_origin[0], a[1] - design_origin[1]),
                        (b[0] - design_origin[0], b[1] - design_origin[1]),
                    )
                )
            )
            for a, b in net.folds
        )
        assert len(folds) == len(want_folds)
        for got, want in zip(folds, want_folds, strict=True):
            for (gx, gy), (wx, wy) in zip(got, want, strict=True):
                assert abs(gx - wx) < 0.5 and abs(gy - wy) < 0.5
        # Everything drawn lies inside the printable area (10 mm margins).
        margin = PRINT_MARGIN_MM * MM - 0.01
        count = 0
        with pdfium_document(target.read_bytes()) as pdf:  # one thread in PDFium at a time
            for obj in pdf[r.pages.index(page_obj)].get_objects():
                left, bottom, right, top = obj.get_bounds()
                count += 1
                assert left >= margin and bottom >= margin, (obj.type, obj.get_bounds())
                assert right <= size[0] - margin and top <= size[1] - margin, (
                    obj.type,
                    obj.get_bounds(),
                )
        assert count > len(net.pieces)


def test_box_parts_fit_together():
    box = BoxDesign()
    base, lid = box.base_net(), box.lid_net()
    # Walls as tall as each other, as wide as the base's sides: it closes into a box.
    assert base.piece("front").size() == (box.width, box.height)
    assert base.piece("left").size() == (box.height, box.depth)
    assert base.piece("base").size() == (box.width, box.depth)
    # The lid's inside is the box's outside plus a little room on each side.
    lw, ld = lid.piece("base").size()
    assert lw == pytest.approx(box.width + 2 * box.clearance)
    assert ld == pytest.approx(box.depth + 2 * box.clearance)
    for net in (base, lid, EnvelopeDesign().net()):
        w, h = net.size()
        assert w <= 215.9 - 20 and w <= 210 - 20
        assert h <= 279.4 - 20 - 14 - 20  # heading and guide fit too
