"""The canvas scene: a live view of a ContainerDocument.

Strokes are grouped into raster runs (see raster_run.py); other elements (photos,
stickers, text, shapes) get one item each from `element_items`. The scene follows
the document's events; it never changes the document itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import Element, Stroke
from containerstudio.model.events import (
    DocumentEvent,
    DocumentReset,
    ElementInserted,
    ElementRemoved,
    ElementReplaced,
)
from containerstudio.model.paper import PAPER, PAPER_EDGE
from containerstudio.model.parts import PARTS
from containerstudio.model.runs import StrokeRun, erasers_of, plan_part, with_later_erasers
from containerstudio.ui.canvas.lid_cover import ClosedCoverItem, cover_rect
from containerstudio.ui.canvas.raster_run import StrokeRunItem

if TYPE_CHECKING:
    from containerstudio.ui.canvas.run_cache import RunCache

PAPER_COLOR = QColor(PAPER)
PAPER_EDGE_COLOR = QColor(PAPER_EDGE)
CLOSING_LIFT = 60.0  # canvas units the lid comes down from while it closes

# kind -> builder(element, scene) returning an item that has `update_from(element)`.
ItemBuilder = Callable[[Element, "CanvasScene"], QGraphicsItem]
ELEMENT_ITEM_BUILDERS: dict[str, ItemBuilder] = {}


def register_item_builder(kind: str, builder: ItemBuilder) -> None:
    """Teach the scene how to show a non-stroke element kind."""
    ELEMENT_ITEM_BUILDERS[kind] = builder


class PartLayerItem(QGraphicsRectItem):
    """Parent of one part's items, so a part can be shown or hidden at once."""

    def __init__(self, part: str, rect: QRectF) -> None:
        super().__init__(rect)
        self.part = part
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)


class CanvasScene(QGraphicsScene):
    """Shows a document; connecting to `doc.events` and `detach` bracket its life.

    While `sealed` (the lid is closed) the inside is never shown, whatever a parts
    toggle asks, and a calm cover stands in for a lid the person did not draw.
    """

    sealed_changed = Signal(bool)
    """Emitted with True when the scene starts showing the container closed, False
    when it shows it open again."""
    selection_changed = Signal()
    """Emitted when the select tool chooses another element or none (the arrange strip)."""

    def __init__(
        self,
        doc: ContainerDocument,
        parent: QObject | None = None,
        run_cache: RunCache | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.run_cache = run_cache  # a RunCache, or None to always paint from data
        w, h = doc.canvas_size
        self.canvas_rect = QRect(0, 0, w, h)
        self.setSceneRect(QRectF(self.canvas_rect))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.paper = QGraphicsRectItem(QRectF(self.canvas_rect))
        self.paper.setBrush(QBrush(PAPER_COLOR))
        self.paper.setPen(QPen(PAPER_EDGE_COLOR, 1))
        self.paper.setZValue(-10)
        self.addItem(self.paper)
        self.layers: dict[str, PartLayerItem] = {}
        for z, part in enumerate(PARTS):
            layer = PartLayerItem(part, QRectF(self.canvas_rect))
            layer.setZValue(z)
            self.addItem(layer)
            self.layers[part] = layer
        self.sealed = False
        self._wanted_visible = {part: True for part in PARTS}
        self.closed_cover = ClosedCoverItem()
        self.closed_cover.setZValue(len(PARTS))
        self.closed_cover.setVisible(False)
        self.addItem(self.closed_cover)
        # Per part, its slots bottom to top: StrokeRunItems and element items.
        self._slots: dict[str, list[QGraphicsItem]] = {p: [] for p in PARTS}
        self._items: dict[str, QGraphicsItem] = {}
        self._run_of: dict[str, StrokeRunItem] = {}
        self._doc_len = len(doc)
        self._following = doc.events.connect(self._on_document_event)
        self.document_reset()

    def detach(self) -> None:
        """Stop following the document (call before dropping the scene)."""
        self._following.disconnect()

    def _on_document_event(self, event: DocumentEvent) -> None:
        if isinstance(event, ElementInserted):
            self.element_inserted(event.index, event.element)
        elif isinstance(event, ElementRemoved):
            self.element_removed(event.index, event.element)
        elif isinstance(event, ElementReplaced):
            self.element_replaced(event.index, event.old, event.new)
        elif isinstance(event, DocumentReset):
            self.document_reset()

    # -- queries --------------------------------------------------------------
    def item_for(self, element_id: str) -> QGraphicsItem | None:
        return self._items.get(element_id)

    def runs(self, part: str) -> list[StrokeRunItem]:
        return [s for s in self._slots[part] if isinstance(s, StrokeRunItem)]

    def set_part_visible(self, part: str, visible: bool) -> None:
        """Show or hide a part (the inside stays hidden while the scene is sealed)."""
        self._wanted_visible[part] = visible
        self._apply_visibility()

    def part_visible(self, part: str) -> bool:
        return self.layers[part].isVisible()

    # -- the lid --------------------------------------------------------------------
    def set_sealed(self, sealed: bool) -> None:
        """Show the container closed (the inside hidden, the lid or a cover over it) or
        open again."""
        if sealed == self.sealed:
            return
        self.sealed = sealed
        self.show_closing(None)
        self.sealed_changed.emit(sealed)

    def show_closing(self, progress: float | None) -> None:
        """A frame of the lid closing (`progress` from 0, open, to 1, closed): the lid
        comes down and the inside fades. None shows the still picture of the state."""
        if progress is None:
            for part in PARTS:
                self.layers[part].setOpacity(1.0)
                self.layers[part].setPos(0, 0)
            self.closed_cover.setOpacity(1.0)
            self.closed_cover.setPos(0, 0)
            self._apply_visibility()
            return
        t = max(0.0, min(1.0, progress))
        self._update_cover()
        inside = self.layers["inside"]
        inside.setVisible(self._wanted_visible["inside"] and t < 1.0)
        inside.setOpacity(1.0 - t)
        for item in (self.layers["lid"], self.closed_cover):
            item.setOpacity(t)
            item.setPos(0, -(1.0 - t) * CLOSING_LIFT)

    def _apply_visibility(self) -> None:
        for part in PARTS:
            shown = self._wanted_visible[part] and not (self.sealed and part == "inside")
            self.layers[part].setVisible(shown)
        self._update_cover()

    def _update_cover(self) -> None:
        """The cover shows while sealed when no lid of the person's own is shown."""
        wanted = self.sealed and not (self._slots["lid"] and self._wanted_visible["lid"])
        if wanted:
            self.closed_cover.set_rect(cover_rect(self.doc, QRectF(self.canvas_rect)))
        self.closed_cover.setVisible(wanted)

    # -- following the document --------------------------------------------------------
    def element_inserted(self, index: int, element: Element) -> None:
        self._follow_inserted(index, element)
        self._after_change()

    def _follow_inserted(self, index: int, element: Element) -> None:
        self.settle()
        appended = index == len(self.doc) - 1
        self._doc_len = len(self.doc)
        if not appended:
            self._rebuild_part(element.part)
            return
        slots = self._slots[element.part]
        if isinstance(element, Stroke):
            if element.is_eraser:
                for run in self.runs(element.part):
                    run.apply_eraser(element)
                return
            last = slots[-1] if slots else None
            if not isinstance(last, StrokeRunItem):
                last = self._new_run(element.part)
            last.add_stroke(element, keep_patch=True)
            self._run_of[element.id] = last
            return
        self._add_item(element)

    def element_removed(self, index: int, element: Element) -> None:
        self._follow_removed(index, element)
        self._after_change()

    def _follow_removed(self, index: int, element: Element) -> None:
        self.settle()
        was_last = index == len(self.doc)
        self._doc_len = len(self.doc)
        if isinstance(element, Stroke) and not element.is_eraser:
            run = self._run_of.pop(element.id, None)
            if run is not None and was_last and run.remove_last_stroke(element.id):
                if not run.stroke_ids:
                    self._drop_slot(element.part, run)
                return
        elif not isinstance(element, Stroke) and was_last:
            item = self._items.pop(element.id, None)
            if item is not None:
                self._drop_slot(element.part, item)
                return
        self._rebuild_part(element.part)

    def element_replaced(self, index: int, old: Element, new: Element) -> None:
        self._follow_replaced(index, old, new)
        self._after_change()

    def _follow_replaced(self, index: int, old: Element, new: Element) -> None:
        self.settle()
        item = self._items.get(new.id)
        if old.part == new.part and item is not None and hasattr(item, "update_from"):
            item.update_from(new)
            return
        self._rebuild_part(old.part)
        if new.part != old.part:
            self._rebuild_part(new.part)

    def document_reset(self) -> None:
        w, h = self.doc.canvas_size
        self.canvas_rect = QRect(0, 0, w, h)
        self.setSceneRect(QRectF(self.canvas_rect))
        self.paper.setRect(QRectF(self.canvas_rect))
        for part in PARTS:
            self._rebuild_part(part)
        self._after_change()

    def _after_change(self) -> None:
        """A sealed scene's cover follows the drawing (and a lid drawn or undone)."""
        if self.sealed:
            self._update_cover()

    # -- building ---------------------------------------------------------------
    def _next_z(self, part: str) -> float:
        slots = self._slots[part]
        return slots[-1].zValue() + 1 if slots else 0.0

    def _new_run(self, part: str) -> StrokeRunItem:
        run = StrokeRunItem(self.canvas_rect)
        run.setZValue(self._next_z(part))
        run.setParentItem(self.layers[part])
        self._slots[part].append(run)
        return run

    def _add_item(self, element: Element) -> None:
        builder = ELEMENT_ITEM_BUILDERS.get(element.kind)
        if builder is None:
            return
        item = builder(element, self)
        item.setZValue(self._next_z(element.part))
        item.setParentItem(self.layers[element.part])
        self._slots[element.part].append(item)
        self._items[element.id] = item

    def _drop_slot(self, part: str, item: QGraphicsItem) -> None:
        if item in self._slots[part]:
            self._slots[part].remove(item)
        item.setParentItem(None)  # type: ignore[arg-type]  # Qt takes None: no parent
        if item.scene() is self:
            self.removeItem(item)

    def _rebuild_part(self, part: str) -> None:
        """Rebuild one part from the document (rare: loads, reorders, mid-list undo)."""
        for item in self._slots[part]:
            item.setParentItem(None)  # type: ignore[arg-type]  # Qt takes None: no parent
            if item.scene() is self:
                self.removeItem(item)
        self._slots[part] = []
        for eid in [k for k, v in self._items.items() if v.parentItem() is None]:
            del self._items[eid]
        # Asked once per run, not once per stroke (a drawing has thousands of strokes).
        runs_of = {id(run): run for run in self._run_of.values()}
        alive = {key for key, run in runs_of.items() if run.scene() is self}
        self._run_of = {k: v for k, v in self._run_of.items() if id(v) in alive}
        runs: list[tuple[StrokeRunItem, StrokeRun]] = []
        for step in plan_part(self.doc, part):
            if isinstance(step, StrokeRun):
                run = self._new_run(part)
                runs.append((run, step))
                for stroke in step.members:
                    self._run_of[stroke.id] = run
            else:
                self._add_item(step)
        for run, planned in runs:
            strokes = list(planned.strokes)
            if self.run_cache is None or not self.run_cache.begin_restore(run, strokes):
                run.rebuild(strokes)

    def settle(self) -> None:
        """Make sure every run shows all its pixels now (before rendering or editing)."""
        if self.run_cache is not None and self.run_cache.waiting:
            self.run_cache.settle()

    def fetch_cached_pixels(self) -> None:
        """Start reading cached run pixels that are still waiting (after a paint)."""
        if self.run_cache is not None and self.run_cache.waiting:
            self.run_cache.fetch_waiting()

    def run_members(self) -> list[tuple[list[Stroke], StrokeRunItem]]:
        """Every stroke run with the strokes (and erasers) its pixels show, in order."""
        positions = {e.id: i for i, e in enumerate(self.doc)}
        result = []
        for part in PARTS:
            erasers = erasers_of(self.doc, part)
            for run in self.runs(part):
                if not run.stroke_ids:
                    continue
                members = [
                    (positions[i], s)
                    for i in run.stroke_ids
                    if isinstance(s := self.doc.get(i), Stroke)
                ]
                result.append((with_later_erasers(members, erasers), run))
        return result

    def run_snapshot(self) -> list[tuple[list[Stroke], QImage, QPoint]]:
        """`run_members` with each run's pixels (waiting for any still arriving), each
        image a shared copy: painting on the run later leaves the copy as it was."""
        self.settle()
        return [(ordered, QImage(run.image()), run.origin()) for ordered, run in self.run_members()]
