"""Bucket fill: colours the closed area under the click, as the canvas shows it now."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QImage

from containerstudio.model.commands import AddElement
from containerstudio.model.elements import new_id
from containerstudio.model.shapes import FillElement
from containerstudio.ui.canvas.render import render_scene
from containerstudio.ui.canvas.tools import CanvasTool

if TYPE_CHECKING:  # numpy and Pillow load on the first fill, not at start-up
    import numpy as np


def image_array(image: QImage) -> np.ndarray:
    """An (h, w, 4) uint8 copy of a QImage's pixels (BGRA order)."""
    import numpy as np

    img = image.convertToFormat(QImage.Format.Format_ARGB32)
    h, w = img.height(), img.width()
    arr = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    return arr.reshape(h, img.bytesPerLine())[:, : w * 4].reshape(h, w, 4).copy()


def mask_png(mask: np.ndarray) -> bytes:
    import numpy as np
    from PIL import Image

    out = io.BytesIO()
    Image.fromarray(mask.astype(np.uint8) * 255, mode="L").save(out, "PNG", optimize=True)
    return out.getvalue()


class FillTool(CanvasTool):
    """One click = one fill element holding the area as a PNG mask asset.

    The area comes from what the user sees (the visible parts, on paper), so the
    lines of a template or of another part bound the fill just as they look.
    """

    def press(self, pos: QPointF, pressure: float) -> None:
        x, y = int(pos.x()), int(pos.y())
        rect = self.scene.canvas_rect
        if not rect.contains(x, y):
            return
        import numpy as np

        from containerstudio.imaging.flood import fill_region

        rgba = image_array(render_scene(self.scene, paper=True, cover=False))
        mask = fill_region(rgba, x, y)
        ys, xs = np.nonzero(mask)
        if not len(xs):
            return
        x0, x1, y0, y1 = int(xs.min()), int(xs.max()) + 1, int(ys.min()), int(ys.max()) + 1
        st = self.settings.state
        asset = self.scene.doc.add_asset(mask_png(mask[y0:y1, x0:x1]))
        element = FillElement(
            id=new_id(),
            part=st.part,
            mask=asset,
            x=x0,
            y=y0,
            width=x1 - x0,
            height=y1 - y0,
            color=st.color,
            opacity=st.opacity,
        )
        self.stack.push(AddElement(element, name=QCoreApplication.translate("Tools", "Fill")))
