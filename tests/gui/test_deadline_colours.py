"""The deadline line's colours follow its state, also when the state
changes on a window already shown (another case opened)."""

import datetime as dt

from PySide6.QtWidgets import QApplication

#: The background each state's style gives the line (ua_desktop.gui.style, "deadline").
BACKGROUNDS = {"example": "#e8f1fb", "open": "#e6f4ea", "passed": "#fde2e1"}


def background(label) -> str:
    QApplication.processEvents()
    image = label.grab().toImage()
    return image.pixelColor(image.width() // 2, 3).name()


def test_the_deadline_colours_follow_its_state(make_window):
    window = make_window()
    window.show()
    panel = window.case_panel
    assert background(panel.deadline) == BACKGROUNDS["example"]
    case = window.session.case
    panel.show_case(case, dt.date(2010, 7, 1))  # before the sample case's deadline
    assert panel.deadline.property("state") == "open"
    assert background(panel.deadline) == BACKGROUNDS["open"]
    panel.show_case(case, dt.date(2011, 1, 1))
    assert panel.deadline.property("state") == "passed"
    assert background(panel.deadline) == BACKGROUNDS["passed"]
