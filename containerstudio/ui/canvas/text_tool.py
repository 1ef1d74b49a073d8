"""Text: click to write, Enter to place (Shift+Enter for a new line), Escape to leave.

Clicking existing words with the text tool opens them for editing; the change is
one ReplaceElement. Typing happens in a temporary QGraphicsTextItem that is not part
of the document until it is placed.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem

from containerstudio.model.commands import AddElement, RemoveElement, ReplaceElement
from containerstudio.model.elements import new_id
from containerstudio.model.placed import TextElement
from containerstudio.ui.canvas.hit import element_item_at, normalized
from containerstudio.ui.canvas.items.text_item import TEXT_MARGIN, text_font, text_size
from containerstudio.ui.canvas.tools import CanvasTool

DEFAULT_FAMILY = "DejaVu Sans"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tools", text)


class TextEditorItem(QGraphicsTextItem):
    """The words being typed; tells its tool when to place them or leave."""

    def __init__(self, tool: TextTool) -> None:
        super().__init__()
        self._tool = tool
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.document().setDocumentMargin(TEXT_MARGIN)
        self.setZValue(1e9)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._tool.commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self._tool.discard()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (
            Qt.FocusReason.ActiveWindowFocusReason,
            Qt.FocusReason.PopupFocusReason,
        ):
            self._tool.commit()


class TextTool(CanvasTool):
    """Places new words or edits existing ones."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self._editor: TextEditorItem | None = None
        self._editing: TextElement | None = None
        self._new: TextElement | None = None

    @property
    def active(self) -> bool:
        return self._editor is not None

    def press(self, pos: QPointF, pressure: float) -> None:
        if self._editor is not None:
            self.commit()
            return
        item = element_item_at(self.scene, pos, (TextElement,))
        if item is not None:
            # element_item_at gives a QGraphicsItem; the ones it finds carry element_id.
            element = self.scene.doc.get(item.element_id)  # type: ignore[attr-defined]
            assert isinstance(element, TextElement)  # the item was found among text items
            self._open(element, item)
        else:
            st = self.settings.state
            size = max(8.0, st.width)
            self._open(
                TextElement(
                    id=new_id(),
                    part=st.part,
                    x=pos.x(),
                    y=pos.y(),
                    font_size=size,
                    color=st.color,
                    font_family=DEFAULT_FAMILY,
                ),
                None,
            )

    def _open(self, element: TextElement, item: QGraphicsItem | None) -> None:
        editor = TextEditorItem(self)
        editor.setFont(text_font(element.font_family, element.font_size))
        editor.setDefaultTextColor(QColor(element.color))
        editor.setPlainText(element.text)
        if item is not None:
            self._editing = element
            item.setVisible(False)
            editor.setTransform(
                QTransform().rotate(element.rotation).scale(element.scale, element.scale)
            )
            editor.setPos(item.mapToScene(item.boundingRect().topLeft()))
        else:
            self._editing = None
            height = text_size("", element.font_family, element.font_size)[1]
            editor.setPos(element.x - TEXT_MARGIN, element.y - height / 2)
            self._new = element
        self.scene.addItem(editor)
        self._editor = editor
        editor.setFocus(Qt.FocusReason.MouseFocusReason)
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        editor.setTextCursor(cursor)

    def commit(self) -> None:
        """Place (or update) the words being typed as one undo step."""
        editor, self._editor = self._editor, None
        if editor is None:
            return
        text = editor.toPlainText().rstrip("\n")
        origin = editor.pos()
        transform = editor.transform()
        self._close(editor)
        base = self._editing or self._new
        assert base is not None
        if not text.strip():
            if self._editing is not None:
                self.stack.push(RemoveElement(base.id, name=_tr("Remove words")))
            return
        w, h = text_size(text, base.font_family, base.font_size)
        centre = origin + transform.map(QPointF(w / 2, h / 2))
        new = dataclasses.replace(
            base,
            text=text,
            width=round(w, 2),
            height=round(h, 2),
            x=round(centre.x(), 2),
            y=round(centre.y(), 2),
        )
        new = normalized(new)
        if self._editing is None:
            self.stack.push(AddElement(new, name=_tr("Words")))
        elif new != self._editing:
            self.stack.push(ReplaceElement(new, name=_tr("Edit words")))

    def discard(self) -> None:
        editor, self._editor = self._editor, None
        if editor is not None:
            self._close(editor)

    def _close(self, editor: TextEditorItem) -> None:
        if self._editing is not None:
            item = self.scene.item_for(self._editing.id)
            if item is not None:
                item.setVisible(True)
        editor.clearFocus()
        if editor.scene() is self.scene:
            self.scene.removeItem(editor)

    def cancel(self) -> None:
        """Switching tools keeps what was typed."""
        self.commit()
