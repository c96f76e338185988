"""The first thing a new user sees: four ways to begin, in plain words
(open a sheet, paste one, try the example case, start an event), instead
of a letter about a case they did not choose."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ua_desktop.gui.flow_layout import FlowRow
from ua_desktop.gui.style import apply_role_style
from ua_desktop.gui.widgets import big_button, plain_label
from ua_desktop.i18n import _, pgettext


def is_example(case) -> bool:
    """Whether `case` is the example that ships with the app (from 2010),
    wherever it was opened from (the library keeps its own copy)."""
    key = _identity(case)
    if key not in _known:
        _known[key] = key == _identity(_example_case())
    return _known[key]


def know_whether_example(case, example: bool) -> None:
    """Tell `is_example` the answer for `case`, found earlier (the start
    memo keeps it: reading the example's file to compare took 3 ms of the
    window's start)."""
    _known[_identity(case)] = bool(example)


def _identity(case) -> tuple:
    return case.ua_number, case.people_names, case.deadline


_known: dict[tuple, bool] = {}


@lru_cache(maxsize=1)
def _example_case():
    from ua_desktop.core.case.casefile import load_case
    from ua_desktop.paths import sample_case_path

    return load_case(sample_case_path())


class StartPanel(QFrame):
    open_requested = Signal()
    paste_requested = Signal()
    example_requested = Signal()
    event_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("start")
        apply_role_style(self, "start")
        heading = plain_label(_("Welcome! How would you like to begin?"), object_name="stepHeading")
        explain = plain_label(_(
            "UA Desktop turns an Urgent Action sheet into a polite letter to the authorities. "
            "Open the sheet your group sent you, or try the example case first."))
        self.open_button = big_button(pgettext("main window", "&Open a case sheet…"), primary=True)
        self.paste_button = big_button(pgettext("main window", "P&aste a case sheet…"))
        self.example_button = big_button(pgettext("main window", "Try the e&xample case"))
        self.event_button = big_button(pgettext("main window", "Start a letter-writing e&vent…"))
        self.close_button = QPushButton(pgettext("main window", "&Close this"))
        for button, signal in ((self.open_button, self.open_requested), (self.paste_button, self.paste_requested),
                               (self.example_button, self.example_requested),
                               (self.event_button, self.event_requested)):
            button.clicked.connect(signal)
            button.clicked.connect(self.hide)
        self.close_button.clicked.connect(self.hide)
        buttons = FlowRow()
        for button in (self.open_button, self.paste_button, self.example_button, self.event_button):
            buttons.addWidget(button)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addLayout(top)
        layout.addWidget(explain)
        layout.addWidget(buttons)
