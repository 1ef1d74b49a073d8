"""Element kinds have one registry (`model/elements.py`); the PDF, the tools and a document
read in a fresh interpreter follow it (the canvas: tests/ui/test_element_kinds_canvas.py)."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from reportlab.pdfgen.canvas import Canvas

from containerstudio.export.artwork import ArtworkOptions, _ArtworkPainter
from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import element_types
from containerstudio.model.tools import TOOLS

READ_ALONE = """
import json, sys
from containerstudio.model.elements import element_from_dict
print(json.dumps([element_from_dict(d).kind for d in json.loads(sys.stdin.read())]))
"""


def test_a_document_of_every_kind_reads_back_without_other_imports():
    """Reading needs only `model.elements`: the kinds' modules load when first needed."""
    samples = [cls(id=f"{i:016x}").to_dict() for i, cls in enumerate(element_types().values())]
    out = subprocess.run(
        [sys.executable, "-c", READ_ALONE],
        input=json.dumps(samples),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert json.loads(out.stdout) == list(element_types())


def test_the_pdf_draws_every_kind():
    painter = _ArtworkPainter(Canvas(io.BytesIO()), ContainerDocument(), 1.0, ArtworkOptions())
    assert set(painter.drawers) == set(element_types()) - {"stroke"}  # strokes go by runs


def test_every_tool_makes_a_registered_kind():
    made = {tool.makes for tool in TOOLS if tool.makes is not None}
    assert made <= set(element_types())
    assert {"stroke", "shape", "fill", "text"} <= made
