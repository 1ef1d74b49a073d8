"""Issue 15, acceptance 5 and the focus half of 4: three themes from one module, every
text/background pair they declare readable (WCAG 2.x), a focus ring that shows in every
theme, a switch that reaches every open window, and a choice remembered before the
first frame."""

from __future__ import annotations

import dataclasses
import stat
import textwrap

import pytest
from fresh_python import run_python
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from containerstudio.ui.canvas.scene import PAPER_COLOR
from containerstudio.ui.kit import theme
from containerstudio.ui.kit.theme_menu import ThemeMenu

THEME_IDS = [t.key for t in theme.THEMES]


@pytest.fixture
def themed(qapp):
    """Apply a theme for one test; the default (and no remembering) comes back after."""

    def use(t: theme.Theme) -> theme.Theme:
        theme.apply_theme(qapp, t)
        return t

    yield use
    theme.apply_theme(qapp, theme.DEFAULT)
    theme.current_state().data_dir = None


# -- acceptance 5: contrast -----------------------------------------------------------------
@pytest.mark.parametrize("t", theme.THEMES, ids=THEME_IDS)
def test_every_declared_pair_meets_its_contrast(t):
    assert set(t.roles) == set(theme.ROLES), "every theme names every role"
    assert theme.contrast_shortfalls(t) == []
    needed = 7.0 if t is theme.HIGH_CONTRAST else 4.5
    assert t.minimum_contrast == needed
    for fore, back, kind in theme.PAIRS:
        ratio = theme.contrast(t.roles[fore], t.roles[back])
        assert ratio >= (needed if kind == "text" else 3.0), (fore, back, ratio)


def test_the_contrast_formula_matches_wcag():
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast("#ffffff", "#777777") == theme.contrast("#777777", "#ffffff")


def test_a_planted_low_contrast_theme_is_found():
    faint = dict(theme.CALM_LIGHT.roles, muted_text="#a0a0a0", focus_ring="#e8e8e8")
    planted = dataclasses.replace(theme.CALM_LIGHT, key="faint", roles=faint)
    short = theme.contrast_shortfalls(planted)
    assert any("muted_text on window" in s for s in short), short
    assert any("focus_ring on window" in s for s in short), short
    # 5:1 passes as Calm, not as High contrast.
    mid = dict(theme.HIGH_CONTRAST.roles, muted_text="#777777")
    strict = dataclasses.replace(theme.HIGH_CONTRAST, roles=mid)
    assert any("muted_text on window" in s for s in theme.contrast_shortfalls(strict))


def test_marks_on_the_page_stand_out_from_the_paper():
    paper = PAPER_COLOR.name()
    for t in theme.THEMES:
        assert theme.contrast(t.roles["paper_mark"], paper) >= 3.0, t.key


def test_the_plain_page_is_neutral_grey_and_readable():
    for role in ("page", "text", "edge"):
        c = theme.PLAIN_PAGE[role]
        assert theme.QColor(c).hsvSaturation() == 0, f"{role} has no hue"
    assert theme.contrast(theme.PLAIN_PAGE["text"], theme.PLAIN_PAGE["page"]) >= 7.0


def test_unknown_or_missing_names_give_the_default():
    assert theme.theme_named(None) is theme.CALM_LIGHT
    assert theme.theme_named("neon") is theme.CALM_LIGHT
    assert theme.theme_named("calm-dark") is theme.CALM_DARK


# -- acceptance 4 (focus half): a visible focus ring in every theme ------------------------
def _grab(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(
        1 for y in range(a.height()) for x in range(a.width()) if a.pixel(x, y) != b.pixel(x, y)
    )


def _ring_pixels(image: QImage, ring: str) -> int:
    want = theme.QColor(ring).rgb()
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == want
    )


@pytest.mark.parametrize("t", theme.THEMES, ids=THEME_IDS)
def test_a_focused_control_looks_different_in_every_theme(qtbot, themed, t):
    themed(t)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    button = QPushButton("Keep")
    field = QLineEdit("words")
    tool = QToolButton()
    tool.setText("Pen")
    tool.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    anchor = QPushButton("elsewhere")
    for w in (button, field, tool, anchor):
        layout.addWidget(w)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    for control in (button, field, tool):
        anchor.setFocus()
        qtbot.waitUntil(anchor.hasFocus)
        unfocused = _grab(control)
        control.setFocus()
        qtbot.waitUntil(control.hasFocus)
        focused = _grab(control)
        changed = _differing_pixels(unfocused, focused)
        # A 2 px ring all round: at least the ring's length, not a stray pixel.
        perimeter = 2 * (control.width() + control.height())
        assert changed >= perimeter, (type(control).__name__, changed, perimeter)
        assert _ring_pixels(focused, t.roles["focus_ring"]) >= perimeter
        assert _ring_pixels(unfocused, t.roles["focus_ring"]) < perimeter // 4


def test_the_sheet_rings_every_focusable_control_kind():
    sheet = theme.build_style_sheet(theme.CALM_LIGHT)
    ring = f"{theme.FOCUS_RING_PX}px solid {theme.CALM_LIGHT.roles['focus_ring']}"
    assert theme.FOCUS_RING_PX >= 2
    for kind in (
        "QPushButton",
        "QToolButton",
        "QLineEdit",
        "QPlainTextEdit",
        "QTextEdit",
        "QSpinBox",
        "QComboBox",
        "QListView",
        "QCheckBox",
        "QRadioButton",
        "QSlider",
    ):
        assert f"{kind}:focus" in sheet, kind
    assert ring in sheet


# -- switching ------------------------------------------------------------------------------
def test_switching_reaches_an_open_dialog_and_every_window(qtbot, themed, qapp):
    themed(theme.CALM_LIGHT)
    dialog = QDialog()
    other = QWidget()
    for w in (dialog, other):
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
    before = dialog.palette().color(QPalette.ColorRole.Window).name()
    assert before == theme.CALM_LIGHT.roles["window"]
    menu = ThemeMenu()
    qtbot.addWidget(menu)
    menu.actions_by_key["calm-dark"].trigger()
    for w in (dialog, other):
        qtbot.waitUntil(
            lambda w=w: (
                w.palette().color(QPalette.ColorRole.Window).name()
                == theme.CALM_DARK.roles["window"]
            )
        )
        assert (
            w.palette().color(QPalette.ColorRole.WindowText).name()
            == (theme.CALM_DARK.roles["text"])
        )
    assert theme.CALM_DARK.roles["focus_ring"] in qapp.styleSheet()
    assert menu.actions_by_key["calm-dark"].isChecked()
    assert not menu.actions_by_key["calm-light"].isChecked()


def test_the_view_menu_offers_three_named_checkable_themes(open_window, themed):
    window = open_window()
    view = window.services.menu("view")
    menu = next(m for m in view.findChildren(ThemeMenu))
    assert menu.accessibleName() == "Theme"
    shown = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.text().replace("&", "") for a in shown] == [
        "Calm light",
        "Calm dark",
        "High contrast",
    ]
    assert all(a.isCheckable() and a.toolTip() for a in shown)
    assert [a.isChecked() for a in shown] == [True, False, False]
    assert menu.group.isExclusive()
    shown[2].trigger()
    assert theme.current() is theme.HIGH_CONTRAST
    assert [a.isChecked() for a in shown] == [False, False, True]
    cover = window.findChild(QWidget, "pause_screen")
    assert (
        cover is not None
        and cover.palette().color(QPalette.ColorRole.Window).name()
        == (theme.HIGH_CONTRAST.roles["window"])
    )


def test_covers_follow_the_theme_and_the_plain_page_stays_plain(open_window, themed):
    window = open_window()
    seen = {}
    for t in theme.THEMES:
        themed(t)
        for name in ("pause_screen", "hide_screen"):
            cover = window.findChild(QWidget, name)
            cover.resize(200, 120)
            seen[t.key, name] = _grab(cover).pixel(5, 5)
    pauses = {seen[k, "pause_screen"] for k in THEME_IDS}
    hides = {seen[k, "hide_screen"] for k in THEME_IDS}
    assert len(pauses) == 3, "Pause follows each theme"
    assert hides == {theme.QColor(theme.PLAIN_PAGE["page"]).rgb()}, "Hide stays one plain page"


# -- remembered, before the first frame -----------------------------------------------------
def test_the_choice_is_remembered_privately_in_the_data_folder(tmp_path, qapp, themed):
    theme.current_state().data_dir = tmp_path
    theme.choose_theme(qapp, theme.CALM_DARK)
    path = tmp_path / theme.THEME_FILE
    assert path.read_text(encoding="ascii") == "calm-dark\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [theme.THEME_FILE], "no leftovers"
    assert theme.saved_theme(tmp_path) is theme.CALM_DARK
    path.write_bytes(b"\xff\xfe damaged")
    assert theme.saved_theme(tmp_path) is theme.CALM_LIGHT


def test_a_folder_that_cannot_be_written_keeps_the_choice_for_this_run(tmp_path, qapp, themed):
    missing = tmp_path / "gone"
    assert theme.remember(missing, theme.HIGH_CONTRAST) is False
    theme.current_state().data_dir = missing
    theme.choose_theme(qapp, theme.HIGH_CONTRAST)
    assert theme.current() is theme.HIGH_CONTRAST
    assert not missing.exists()


FIRST_FRAME = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication
    from containerstudio.cli.main import main
    from containerstudio.ui.shell.main_window import MainWindow

    app = QApplication(sys.argv[:1])

    def look():
        w = next((w for w in QApplication.topLevelWidgets()
                  if isinstance(w, MainWindow) and w.isVisible()), None)
        if w is None:
            QTimer.singleShot(0, look)
            return
        print("FIRST", w.palette().color(QPalette.ColorRole.Window).name(),
              "sqlalchemy" in sys.modules, flush=True)
        w.close()

    QTimer.singleShot(0, look)
    sys.exit(main(sys.argv[1:]))
    """
)


def test_the_saved_theme_is_there_from_the_first_frame(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    (data_dir / theme.THEME_FILE).write_text("calm-dark\n", encoding="ascii")
    result = run_python(FIRST_FRAME, "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    first = next(line for line in result.stdout.splitlines() if line.startswith("FIRST"))
    assert first == f"FIRST {theme.CALM_DARK.roles['window']} False", result.stdout


def test_the_app_wide_palette_is_the_themes(qapp, themed):
    themed(theme.HIGH_CONTRAST)
    palette = QApplication.palette()
    roles = theme.HIGH_CONTRAST.roles
    assert palette.color(QPalette.ColorRole.Window).name() == roles["window"]
    assert palette.color(QPalette.ColorRole.Highlight).name() == roles["selection"]
    assert palette.color(QPalette.ColorRole.PlaceholderText).name() == roles["placeholder"]
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert disabled.name() == roles["disabled_text"]


@pytest.mark.parametrize("t", theme.THEMES, ids=THEME_IDS)
def test_every_role_a_widget_may_name_is_styled(t, qapp):
    """A role the sheet does not style would leave its widget plain (a step title once
    asked for a role called "font-size: 16pt;"); set_role refuses names outside the list."""
    sheet = theme.build_style_sheet(t)
    for role in theme.STYLED_ROLES:
        assert f'[role="{role}"]' in sheet, role
    with pytest.raises(ValueError):
        theme.set_role(QLabel(), "font-size: 16pt;")
