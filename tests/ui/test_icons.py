"""Icons: every action and tool has one, a name and a tooltip with its key; the set is
well drawn; the chosen tool shows; icons follow the palette; tool bars never overflow."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QKeySequence, QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidgetAction,
)

from containerstudio.model.tools import TOOLS
from containerstudio.resources import resources_dir
from containerstudio.ui.kit.icons import cached_pictures, icon, icon_names, svg_source
from containerstudio.ui.kit.widgets import key_tip, make_action
from containerstudio.ui.safety.strip import attach_strip
from containerstudio.ui.shell.show_labels import SHOW_LABELS_KEY


def _image(pixmap) -> np.ndarray:
    """RGBA pixels of a pixmap (or image) as an array."""
    image = (pixmap if isinstance(pixmap, QImage) else pixmap.toImage()).convertToFormat(
        QImage.Format.Format_RGBA8888
    )
    data = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    return data.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width()].copy()


def _ink(pixmap) -> np.ndarray:
    """The colours of the clearly drawn pixels (alpha above 200) of an icon picture."""
    pixels = _image(pixmap)
    return pixels[pixels[..., 3] > 200][:, :3]


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            found.extend(_menu_actions(action.menu()))
        else:
            found.append(action)
    return found


def _bar_actions(bar: QToolBar) -> list[QAction]:
    return [a for a in bar.actions() if not a.isSeparator() and not isinstance(a, QWidgetAction)]


def _window_actions(window) -> list[QAction]:
    """Every action of the menu bar, the tool bars and the window, each once."""
    found: dict[int, QAction] = {}
    for top in window.menuBar().actions():
        if top.menu() is not None:
            for action in _menu_actions(top.menu()):
                found[id(action)] = action
    for bar in window.findChildren(QToolBar):
        for action in _bar_actions(bar):
            found[id(action)] = action
    for action in window.tool_panel.tool_actions.values():
        found[id(action)] = action
    for action in window.findChildren(QAction):  # made for the window: keys like Paste
        made_here = action.parent() is window and action.menu() is None
        if made_here and not action.isSeparator() and not isinstance(action, QWidgetAction):
            found[id(action)] = action
    return list(found.values())


def _a_menu_choice(action: QAction, on_bars: set[int]) -> bool:
    """One of a menu's exclusive choices (View → Theme): its radio mark is its picture,
    as an icon would take the mark's place. Tools, exclusive too, are on the rail."""
    group = action.actionGroup()
    return group is not None and group.isExclusive() and id(action) not in on_bars


def _key_text(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def _drawn(qicon: QIcon, mode=QIcon.Mode.Normal, state=QIcon.State.Off) -> int:
    return len(_ink(qicon.pixmap(QSize(24, 24), mode, state)))


def test_every_action_and_tool_has_an_icon_a_name_and_a_tooltip_with_its_key(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    actions = _window_actions(window)
    on_bars = {id(a) for bar in window.findChildren(QToolBar) for a in _bar_actions(bar)}
    on_bars |= {id(a) for a in window.tool_panel.tool_actions.values()}
    assert len(actions) >= 50, "too few actions seen for the check to mean anything"
    problems = []
    for action in actions:
        name = action.text().replace("&", "").strip()
        if not name:
            problems.append(f"an action without a name: {action.toolTip()!r}")
            continue
        if (action.icon().isNull() or _drawn(action.icon()) < 10) and not _a_menu_choice(
            action, on_bars
        ):
            problems.append(f"{name}: no icon")
        if not action.shortcut().isEmpty() and _key_text(action) not in action.toolTip():
            problems.append(f"{name}: tooltip {action.toolTip()!r} without its key")
        if name.removesuffix("…") not in action.toolTip() and not action.toolTip():
            problems.append(f"{name}: no tooltip")
    assert problems == []
    keyed = [a for a in actions if not a.shortcut().isEmpty()]
    assert len(keyed) >= 35
    # Every button of every tool bar and of the tool rail: a picture and a name.
    buttons = [
        button
        for bar in window.findChildren(QToolBar)
        for action in _bar_actions(bar)
        if isinstance(button := bar.widgetForAction(action), QToolButton)
    ]
    buttons += list(window.tool_panel.tool_buttons.values())
    assert len(buttons) >= 35
    for button in buttons:
        assert not button.icon().isNull(), button.accessibleName()
        assert button.accessibleName().strip(), button.defaultAction().text()


def test_the_undo_tooltip_names_the_step_and_the_key_that_works(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    window.undo_action.setShortcut(QKeySequence("Ctrl+Alt+U"))
    window._update_undo_actions()
    assert window.undo_action.toolTip().startswith("Undo")
    assert window.undo_action.toolTip().endswith("(Ctrl+Alt+U)")


def test_a_dialogs_safety_strip_shows_the_icons_too(open_window, qtbot):
    window = open_window()
    safety = window.guide.safety
    dialog = QDialog(window)
    QVBoxLayout(dialog)
    strip = attach_strip(dialog, [safety.ground_action, safety.pause_action, safety.hide_action])
    assert strip is not None and len(strip.buttons) == 3
    for name, button in strip.buttons.items():
        assert not button.icon().isNull() and _drawn(button.icon()) >= 10, name
        assert button.accessibleName() == name
        assert _key_text(button.defaultAction()) in button.toolTip()
        # The safety controls keep their words, in a dialog as on the window's bar.
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    dialog.deleteLater()


def test_the_key_tip_is_made_from_the_shortcut(qapp, qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    action = make_action(parent, "&Undo", None, ["Ctrl+Z"], tip="Take back the last step")
    assert action.toolTip() == "Undo (Ctrl+Z)\nTake back the last step"
    action.setShortcut(QKeySequence("Ctrl+Alt+Z"))
    assert key_tip(action) == "Undo (Ctrl+Alt+Z)"
    plain = make_action(parent, "Open the lid…", None, icon="open-lid")
    assert plain.toolTip() == "Open the lid" and not plain.icon().isNull()


# -- the set ---------------------------------------------------------------------------------
def test_every_icon_file_is_a_24_px_round_stroked_svg_that_renders(qapp):
    names = icon_names()
    assert len(names) >= 55
    licences = (resources_dir() / "LICENSES.md").read_text(encoding="utf-8")
    for name in names:
        text = svg_source(name)
        assert 'viewBox="0 0 24 24"' in text, name
        assert 'stroke="currentColor"' in text and 'stroke-linecap="round"' in text, name
        widths = [float(w) for w in re.findall(r'stroke-width="([\d.]+)"', text)]
        assert widths and all(1.75 <= w <= 2 for w in widths), name
        assert "#" not in text, f"{name}: a colour written into the icon"
        renderer = QSvgRenderer(QByteArray(text.replace("currentColor", "#000000").encode()))
        assert renderer.isValid(), name
        image = QImage(48, 48, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, 48, 48))
        painter.end()
        assert len(_ink(image)) >= 30, f"{name} draws (almost) nothing"
        assert f"`icons/ui/{name}.svg` | CC0-1.0, made for Container Studio" in licences, name


def test_every_tool_of_the_registry_names_an_icon_of_the_set():
    names = set(icon_names())
    assert all(tool.icon in names for tool in TOOLS), [t.id for t in TOOLS if t.icon not in names]
    assert len({tool.icon for tool in TOOLS}) == len(TOOLS), "two tools share a picture"


def test_an_unknown_icon_name_is_found_at_once(qapp):
    with pytest.raises(FileNotFoundError):
        icon("no-such-icon")


# -- the chosen tool -----------------------------------------------------------------------
def test_the_chosen_tool_is_visible_on_the_rail(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    rail = window.tool_panel
    pencil = rail.tool_buttons["pencil"]
    window.tool_settings.set_tool("pencil")
    qtbot.waitUntil(pencil.isChecked)
    with_pencil = _image(rail.grab())
    window.tool_settings.set_tool("eraser")
    qtbot.waitUntil(lambda: not pencil.isChecked())
    with_eraser = _image(rail.grab())
    area = pencil.geometry().translated(
        pencil.parentWidget().mapTo(rail, pencil.pos()) - pencil.pos()
    )
    ys = slice(area.top(), area.bottom() + 1)
    xs = slice(area.left(), area.right() + 1)
    changed = np.any(with_pencil[ys, xs, :3] != with_eraser[ys, xs, :3], axis=2)
    assert changed.mean() > 0.2, "the chosen tool's button looks the same chosen or not"


# -- recolouring -------------------------------------------------------------------------------
@pytest.fixture
def palette_restored(qapp):
    before = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(before)


def _palette(text: str, disabled: str, selected_text: str) -> QPalette:
    palette = QPalette(QApplication.palette())
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(text))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(disabled))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(selected_text))
    return palette


def _only(pixels: np.ndarray, colour: str) -> bool:
    want = np.array(QColor(colour).getRgb()[:3])
    return len(pixels) > 10 and bool(np.all(np.abs(pixels.astype(int) - want) <= 2))


def test_icons_take_the_palettes_text_colour_and_follow_a_change(palette_restored, qtbot):
    app = palette_restored
    undo = icon("undo")
    app.setPalette(_palette("#aa2200", "#999999", "#0033cc"))
    assert _only(_ink(undo.pixmap(24)), "#aa2200")
    assert _only(_ink(undo.pixmap(QSize(24, 24), QIcon.Mode.Disabled)), "#999999")
    assert _only(_ink(undo.pixmap(QSize(24, 24), QIcon.Mode.Normal, QIcon.State.On)), "#0033cc")
    assert _only(_ink(undo.pixmap(QSize(24, 24), QIcon.Mode.Selected)), "#0033cc")
    assert cached_pictures() >= 3
    app.setPalette(_palette("#117733", "#777777", "#ffffff"))
    assert cached_pictures() == 0, "the old colours' pictures are kept after a change"
    assert _only(_ink(undo.pixmap(24)), "#117733"), "the icon kept the old colour"


def test_a_shown_button_repaints_in_the_new_colour(open_window, palette_restored, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    button = window.main_toolbar.widgetForAction(window.versions.library_action)
    palette_restored.setPalette(_palette("#aa2200", "#999999", "#0033cc"))
    before = _image(button.grab())[..., :3].reshape(-1, 3)
    palette_restored.setPalette(_palette("#117733", "#777777", "#ffffff"))
    after = _image(button.grab())[..., :3].reshape(-1, 3)
    red, green = np.array([0xAA, 0x22, 0x00]), np.array([0x11, 0x77, 0x33])
    assert np.sum(np.all(np.abs(before - red) <= 8, axis=1)) > 10
    assert np.sum(np.all(np.abs(after - green) <= 8, axis=1)) > 10
    assert np.sum(np.all(np.abs(after - red) <= 8, axis=1)) == 0


# -- show labels, and no overflow ---------------------------------------------------------------
def test_show_labels_puts_words_under_the_icons_and_is_remembered(open_window, qtbot, data_dir):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    labels = window.show_labels
    bar, safety_bar = window.main_toolbar, window.guide.safety.toolbar
    style = Qt.ToolButtonStyle
    assert bar.toolButtonStyle() == style.ToolButtonIconOnly
    assert safety_bar.toolButtonStyle() == style.ToolButtonTextBesideIcon  # keeps its words
    assert labels.action in _menu_actions(window.services.menu("view"))
    labels.action.trigger()
    assert bar.toolButtonStyle() == style.ToolButtonTextUnderIcon
    pencil = window.tool_panel.tool_buttons["pencil"]
    assert pencil.toolButtonStyle() == style.ToolButtonTextBesideIcon
    assert safety_bar.toolButtonStyle() == style.ToolButtonTextBesideIcon
    qtbot.waitUntil(lambda: not window.work.busy(), timeout=10000)
    assert window.library.setting(SHOW_LABELS_KEY) == "1"
    window.close()
    again = open_window(data_dir)
    qtbot.waitUntil(lambda: again.show_labels.shown, timeout=15000)
    assert again.main_toolbar.toolButtonStyle() == style.ToolButtonTextUnderIcon


@pytest.mark.parametrize("labels", [False, True], ids=["icons", "labels"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 700), (1920, 1080)])
def test_no_tool_bar_hides_buttons_behind_more(open_window, qtbot, size, labels):
    window = open_window()
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
    if labels:
        window.show_labels.action.trigger()
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    window.tool_settings.set_tool("select")  # the arranging strip shows for a selection
    window.current.tools.select.select(_a_sticker(window))
    QApplication.processEvents()
    bars = [bar for bar in window.findChildren(QToolBar) if bar.isVisible()]
    assert window.studio.arrange in bars
    assert len(bars) >= 6
    hidden = [
        bar.objectName()
        for bar in bars
        for more in bar.findChildren(QToolButton, "qt_toolbar_ext_button")
        if more.isVisible()
    ]
    assert hidden == []


def _a_sticker(window) -> str:
    """Place a sticker (as the stickers panel does) and return its id."""
    from containerstudio.ui.studio.artwork import artwork_element, place_artwork

    stickers = window.studio.artwork.stickers
    stickers.fill()
    art = stickers.artwork[0]
    current = window.current
    rect = current.scene.canvas_rect
    element = artwork_element(art, "outside", rect.center(), rect.size())
    place_artwork(current.stack, element)
    return element.id


def test_labels_chosen_before_the_library_opens_are_kept(qtbot, data_dir):
    """Shown while the library was still opening: the kept "off" read later loses."""
    from containerstudio.storage.database import open_database
    from containerstudio.storage.library import Library
    from containerstudio.ui.kit.background import BackgroundWork
    from containerstudio.ui.shell.main_window import MainWindow

    db = open_database(data_dir)
    window = MainWindow(BackgroundWork())
    qtbot.addWidget(window)
    try:
        window.show_labels.action.trigger()
        window.attach_library(Library(db))
        qtbot.waitUntil(lambda: window.current is not None, timeout=15000)
        qtbot.waitUntil(lambda: not window.work.busy(), timeout=10000)
        QApplication.processEvents()
        assert window.show_labels.shown
        assert window.main_toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    finally:
        window.close()
        window.work.wait()
        db.close()
