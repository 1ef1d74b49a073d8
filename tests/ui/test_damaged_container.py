"""Acceptance (hardening): a container whose stored pieces are missing or garbled gets a
calm message; the app opens, the library and the other containers stay usable, and
nothing is deleted."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from containerstudio.model.commands import AddElement
from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import Stroke, new_id
from containerstudio.storage.database import open_database
from containerstudio.storage.library import LAST_OPEN_KEY, Library
from containerstudio.storage.schema import blobs, containers


def _stroke(y: float) -> Stroke:
    return Stroke(id=new_id(), color="#336699", points=((100, y, 0.5), (600, y + 20, 0.5)))


def _damaged_library(data_dir) -> tuple[int, int, list]:
    """Two containers; the one opened last has a missing element blob."""
    db = open_database(data_dir)
    library = Library(db)
    good, hurt = library.create_container("Whole"), library.create_container("Hurt")
    for cid, n in ((good, 2), (hurt, 3)):
        doc = ContainerDocument()
        doc.load([_stroke(100 + 50 * i) for i in range(n)], {})
        library.save_working(cid, doc)
    keys = [library.element_key(e) for e in library.load_working(hurt)]
    library.set_setting(LAST_OPEN_KEY, str(hurt))
    with db.begin() as conn:
        conn.execute(blobs.delete().where(blobs.c.key == keys[1]))
        manifest = conn.execute(
            select(containers.c.working_manifest).where(containers.c.id == hurt)
        ).scalar_one()
    db.close()
    kept = [manifest, keys[0], keys[2]]  # what is left of the damaged container
    return good, hurt, kept


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """What the calm notices said (each is still shown, then closed)."""
    from containerstudio.ui.kit import calm_dialog

    shown: list[str] = []
    real_tell = calm_dialog.tell

    def tell(parent, title, text, **kwargs):
        shown.append(text)
        dialog = real_tell(parent, title, text, **kwargs)
        dialog.close()
        return dialog

    monkeypatch.setattr(calm_dialog, "tell", tell)
    return shown


def test_damaged_last_container_opens_another_with_a_calm_message(
    open_window, data_dir, told, qtbot
):
    good, hurt, kept = _damaged_library(data_dir)
    window = open_window()
    assert window.current.container_id == good
    assert len(window.current.doc) == 2
    assert len(told) == 1 and "nothing was deleted" in told[0]
    assert "Traceback" not in told[0]

    dialog = window.versions.show_library()
    qtbot.waitUntil(lambda: not dialog.reading)  # the grids are read on the storage lane
    assert sorted(dialog.titles()) == ["Hurt", "Whole"]
    dialog.select(hurt)
    dialog.open_selected()
    qtbot.waitUntil(lambda: len(told) == 2)  # read on the storage lane, then said
    assert window.current.container_id == good, "the open container stays open"

    window.current.stack.push(AddElement(_stroke(700)))  # and work carries on
    window.close()
    with open_database(data_dir).engine.connect() as conn:
        now = set(conn.execute(select(blobs.c.key)).scalars())
        titles = set(conn.execute(select(containers.c.title)).scalars())
    assert set(kept) <= now, "nothing of the damaged container was deleted"
    assert titles == {"Hurt", "Whole"}


def _png(color: str) -> bytes:
    """A real picture, all `color`: what a thumbnail of a drawing would be."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (160, 120), color).save(out, "PNG")
    return out.getvalue()


def _icon_colors(dialog, container_id: int) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """The library item's picture as shown: (its middle, a point just inside its edge)."""
    from PySide6.QtCore import QSize

    from containerstudio.ui.library.dialog import ID_ROLE

    grid = dialog.grid
    item = next(
        grid.item(i) for i in range(grid.count()) if grid.item(i).data(ID_ROLE) == container_id
    )
    size: QSize = grid.iconSize()  # as large as the grid shows it
    image = item.icon().pixmap(size).toImage()
    assert not image.isNull(), "the item shows a picture"
    w, h = image.width(), image.height()
    middle, edge = image.pixelColor(w // 2, h // 2), image.pixelColor(1, h // 2)
    return middle.getRgb()[:3], edge.getRgb()[:3]


def _near(a: tuple[int, int, int], b: tuple[int, int, int], tol: int = 6) -> bool:
    return max(abs(x - y) for x, y in zip(a, b, strict=True)) <= tol


def test_library_shows_blank_paper_for_a_missing_picture(open_window, data_dir, told, qtbot):
    from containerstudio.ui.canvas.scene import PAPER_COLOR

    good, hurt, _kept = _damaged_library(data_dir)
    db = open_database(data_dir)
    library = Library(db)
    library.save_working(good, library.load_working(good), thumbnail=_png("#cc2222"))
    library.set_setting(LAST_OPEN_KEY, str(good))
    with db.begin() as conn:  # "Hurt" keeps its picture; "Whole" loses its picture
        conn.execute(
            containers.update().where(containers.c.id == hurt).values(thumbnail="tpicture")
        )
        library.blobs.put_many(conn, {"tpicture": (_png("#2244cc"), False)})
    thumb = library.container(good).thumbnail_key
    with db.begin() as conn:
        conn.execute(blobs.delete().where(blobs.c.key == thumb))
    db.close()
    window = open_window()
    dialog = window.versions.show_library()
    qtbot.waitUntil(lambda: not dialog.reading)  # the grids are read on the storage lane
    assert sorted(dialog.titles()) == ["Hurt", "Whole"]
    # The open one is framed as "open now" (test_library_naming_and_mark.py): the paper
    # under the frame is looked at unmarked.
    dialog.set_open_container(None)
    dialog.refresh()
    qtbot.waitUntil(lambda: not dialog.reading)
    paper = PAPER_COLOR.getRgb()[:3]
    middle, edge = _icon_colors(dialog, good)
    assert _near(middle, paper), f"blank paper {paper} in the middle, not {middle}"
    assert _near(edge, (0xD8, 0xD2, 0xC4)), f"the sheet's edge, not {edge}"
    middle, _edge = _icon_colors(dialog, hurt)
    assert _near(middle, (0x22, 0x44, 0xCC)), "a picture that is there is shown"
    dialog.close()
