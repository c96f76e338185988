"""Step 1: the case at a glance — who is at risk, where, what to ask for,
and how much time is left."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ua_desktop.core.case.model import Case
from ua_desktop.core.case.deadline import deadline_status
from ua_desktop.gui.widgets import StepBox, big_button, plain_label
from ua_desktop.i18n import _, pgettext


class CasePanel(StepBox):
    open_case_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(1, _("The case"), parent)
        self.people = self.add(plain_label(object_name="people", selectable=True))
        self.people.setAccessibleName(_("Person at risk"))
        self.where = self.add(plain_label(object_name="caseWhere", selectable=True))
        self.deadline = self.add(plain_label(object_name="deadline"))
        self.deadline.setAccessibleName(_("Deadline"))
        self.summary = self.add(plain_label(selectable=True))
        self.asks_heading = self.add(plain_label(_("The case asks the authorities to:"), object_name="subHeading"))
        self.asks = self.add(plain_label(selectable=True, object_name="asks"))
        self.asks.setAccessibleName(_("What the case asks for"))
        row = QHBoxLayout()
        self.open_button = big_button(pgettext("main window", "&Open another case…"))
        self.open_button.setToolTip(_("Open a case file, or an Urgent Action sheet as PDF, Word or text"))
        self.open_button.clicked.connect(self.open_case_requested)
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.add_layout(row)

    def show_case(self, case: Case, today: dt.date, example: bool = False) -> None:
        """`example`: the case that ships with the app, from 2010 — said
        calmly, not as a passed deadline to worry about."""
        self.people.setText(case.people_names or _("(no name given)"))
        where = " · ".join(part for part in (case.country, case.title, case.ua_number) if part)
        self.where.setText(where)
        self.summary.setText(case.summary)
        self.summary.setVisible(bool(case.summary))
        if example:  # its date is not shown: Babel's calendar data is not needed for it
            self._show_deadline(_("An example from 2010, for trying UA Desktop out. Its deadline has passed: "
                                  "there is no need to send these letters."), "example")
        elif case.status == "no_further_action":
            self._show_deadline(case.status_note or _("No further action is needed on this case."), "passed")
        else:
            status = deadline_status(case.deadline, today)
            self._show_deadline(status.message, status.state.value)
        self.asks.setText("\n".join(f"•  {ask.text}" for ask in case.asks) or _("(The case lists no requests.)"))

    def _show_deadline(self, text: str, state: str) -> None:
        self.deadline.setText(text)
        self.deadline.setProperty("state", state)
