"""A keyboard user sees which control has the focus: a thick ring in the
palette's highlight colour around it, following the focus as it moves."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ua_desktop.gui.focus_ring import RING_WIDTH, FocusRing


def ring_of(window) -> FocusRing:
    rings = [ring for ring in window.findChildren(FocusRing) if ring.isVisible()]
    assert len(rings) == 1, "one ring, shown"
    return rings[0]


def ring_colour_beside(ring: FocusRing) -> QColor:
    image = ring.parentWidget().grab(ring.geometry()).toImage()
    return image.pixelColor(image.width() // 2, 1)  # the middle of its top edge


@pytest.mark.parametrize("highlight", ["#308cc6", "#ffff00"])
def test_the_focused_control_has_a_thick_ring_in_the_highlight_colour(make_window, qtbot, highlight):
    app = QApplication.instance()
    old = app.palette()
    palette = QPalette(old)
    palette.setColor(QPalette.ColorRole.Highlight, QColor(highlight))
    app.setPalette(palette)
    try:
        window = make_window()
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.recipients.list.setFocus()
        qtbot.waitUntil(lambda: window.recipients.list.hasFocus())
        controls = [window.recipients.list]
        for _step in range(40):  # Tab through the window: every control gets the ring in turn
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            controls.append(QApplication.focusWidget())
        names = {type(control).__name__ for control in controls}
        assert window.steps_column not in controls, "a scrolling page takes no Tab stop (a ring round it all)"
        assert window.letter_panel.save_button in controls, "Tab leaves the letter for Save (no keyboard trap)"
        assert {"QPushButton", "QLineEdit", "QComboBox", "LetterEditor", "RecipientList", "QCheckBox"} <= names
        for control in (window.sender_form.name, window.letter_panel.save_button, window.languages.combo,
                        window.letter_panel.editor):
            control.setFocus()
            ring = ring_of(window)
            assert ring.parentWidget() is control.parentWidget()
            assert ring.geometry().contains(control.geometry()), "the ring goes round the control"
            assert ring.width() - control.width() >= RING_WIDTH - 1
            assert ring_colour_beside(ring).name() == highlight
    finally:
        app.setPalette(old)


def test_the_ring_follows_a_control_that_moves_and_hides(make_window, qtbot):
    window = make_window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    button = window.letter_panel.save_button
    button.setFocus()
    ring = ring_of(window)
    window.resize(window.width() - 200, window.height())
    QApplication.processEvents()
    assert ring.geometry().contains(button.geometry())
    button.hide()  # the focus moves on, and the ring with it
    QApplication.processEvents()
    assert not ring.isVisible() or ring.geometry().contains(QApplication.focusWidget().geometry())
    assert QApplication.focusWidget() is not button
