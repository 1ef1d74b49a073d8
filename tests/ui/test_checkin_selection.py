"""The chosen check-in number is clearly selected in every theme (it was only faintly
grey: the selection colour on the button colour, about 1.1:1 in Calm light)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from containerstudio.ui.guide.step_widgets import RatingWidget
from containerstudio.ui.kit import theme


def _fill(button) -> str:
    """The colour most of the button's face shows (its background, not its digit)."""
    image = button.grab().toImage()
    inner = [
        image.pixelColor(x, y).name()
        for x in range(4, image.width() - 4)
        for y in range(4, image.height() - 4)
    ]
    return Counter(inner).most_common(1)[0][0]


@pytest.fixture
def themed(qapp):
    yield lambda t: theme.apply_theme(qapp, t)
    theme.apply_theme(qapp, theme.DEFAULT)


@pytest.mark.parametrize("t", theme.THEMES, ids=[t.key for t in theme.THEMES])
def test_the_chosen_number_stands_out_in_every_theme(qtbot, themed, t) -> None:
    themed(t)
    rating = RatingWidget(None, None)
    qtbot.addWidget(rating)
    rating.show()
    qtbot.waitExposed(rating)
    qtbot.mouseClick(rating.buttons[6], Qt.MouseButton.LeftButton)
    assert rating.value() == 6 and rating.buttons[6].isChecked()
    rating.setFocus()  # no focus ring on either button: only the choice differs
    chosen, other = _fill(rating.buttons[6]), _fill(rating.buttons[5])
    ratio = theme.contrast(chosen, other)
    # 3:1, what WCAG asks of a state shown by colour alone (1.4.11, non-text contrast)
    assert ratio >= 3.0, f"{t.key}: chosen {chosen} on {other} is only {ratio:.2f}:1"
    digit_contrast = theme.contrast(t.roles["accent_text"], chosen)
    assert digit_contrast >= t.minimum_contrast, "the chosen digit stays readable"
    for button in rating.buttons:  # each number fits its button, the chosen one (bold) too
        needed = button.fontMetrics().horizontalAdvance(button.text())
        assert button.contentsRect().width() >= needed, button.text()
        assert button.sizeHint().width() <= button.width(), button.text()
    qtbot.mouseClick(rating.buttons[6], Qt.MouseButton.LeftButton)  # a second click clears
    assert rating.value() is None
    assert theme.contrast(_fill(rating.buttons[6]), other) < 1.2
