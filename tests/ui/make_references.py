"""Write the reference images for test_render_reference.py.

Run from the repository root after a deliberate change to how things are drawn:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.make_references

then look at the images in tests/ui/reference/ before committing them. Never edit them
by hand.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parent / "reference"
CASES = {"fixed_document.png": True, "fixed_document_clear.png": False}  # name: paper


def render_case(paper: bool):
    """Render the fixed document (in a fresh scene) as the tests do."""
    from containerstudio.ui.canvas import items  # noqa: F401  (registers item builders)
    from containerstudio.ui.canvas.render import render_scene
    from containerstudio.ui.canvas.scene import CanvasScene
    from containerstudio.ui.kit.fonts import load_app_fonts

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from render_fixture import build_document

    load_app_fonts()
    scene = CanvasScene(build_document())
    try:
        return render_scene(scene, paper=paper)
    finally:
        scene.detach()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    REFERENCE_DIR.mkdir(exist_ok=True)
    for name, paper in CASES.items():
        render_case(paper).save(str(REFERENCE_DIR / name))
        print("wrote", REFERENCE_DIR / name)
    del app


if __name__ == "__main__":
    main()
