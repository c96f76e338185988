"""The event window reads in a light, a dark and a high-contrast palette:
its fields, hints, help, the letter and the organiser's counts keep a text
contrast of at least 4.5:1 (WCAG AA) measured on the rendered pixels, the
fields' frames stand out from the window (3:1), and the focused control
has the ring."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tests.gui.test_theme_contrast import contrast, palette, text_contrast  # noqa: F401 (palette: the fixture)


def frame_contrast(edit) -> float:
    """The field's left edge against the window around it."""
    image = edit.grab().toImage()
    edge = image.pixelColor(0, image.height() // 2)
    return contrast(edge, edit.parentWidget().palette().color(QPalette.ColorRole.Window))


def test_the_event_reads_in_every_theme(make_event_window, qtbot, palette):
    from ua_desktop.gui.event.tally_view import OrganiserPanel
    from ua_desktop.gui.event.window import LETTER, WRITER

    window = make_event_window()
    window.go_to(WRITER)
    window.writer_step.name.setText("Anna Schmidt")
    QApplication.processEvents()
    found = {"name": text_contrast(window.writer_step.name), "town hint": text_contrast(window.writer_step.town),
             "help": text_contrast(window.writer_step.help), "heading": text_contrast(window.step_label)}
    frames = {"name frame": frame_contrast(window.writer_step.name)}
    window.go_to(LETTER)
    QApplication.processEvents()
    found |= {"sentence hint": text_contrast(window.letter_step.personal),
              "letter": text_contrast(window.letter_step.editor)}
    frames["sentence frame"] = frame_contrast(window.letter_step.personal)
    window.print_letter()
    QApplication.processEvents()
    found["written to"] = text_contrast(window.letter_step.done)
    panel = OrganiserPanel(window.tally, window.letter_event, window)
    qtbot.addWidget(panel)
    panel.show()
    QApplication.processEvents()
    found["counts"] = text_contrast(panel.total)
    low = {name: round(ratio, 1) for name, ratio in found.items() if ratio < 4.5}
    low |= {name: round(ratio, 1) for name, ratio in frames.items() if ratio < 3}
    assert not low, f"{palette}: {low}"


def test_the_focused_control_of_the_event_has_the_ring(make_event_window, qtbot):
    from ua_desktop.gui.event.window import LETTER
    from ua_desktop.gui.focus_ring import FocusRing

    window = make_event_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.go_to(LETTER)
    seen = set()
    for _step in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        rings = [ring for ring in window.findChildren(FocusRing) if ring.isVisible()]
        assert len(rings) == 1 and rings[0].target is focused, focused
        assert rings[0].geometry().contains(focused.geometry()), focused
        seen.add(focused)
    assert window.letter_step.print_button in seen and window.back_button in seen
