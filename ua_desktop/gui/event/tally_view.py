"""The organiser's panel: how many letters were written (per case,
recipient and language), exported as CSV for the section office, reset
after an event; and the sign-up list switch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.storage.atomic import SaveError
from ua_desktop.core.events.event import LetterEvent
from ua_desktop.core.events.tally import Tally, case_key
from ua_desktop.core.locales.languages import language_label
from ua_desktop.gui.dialogs import seam as dialogs
from ua_desktop.gui.event.actions import documents_folder
from ua_desktop.gui.event.counts_table import CountsTable
from ua_desktop.gui.event.widgets import TickBox, button, event_font, heading, hint
from ua_desktop.gui.screen_fit import VerticalScroller, fit_to_screen
from ua_desktop.gui.widgets import plain_label
from ua_desktop.i18n import _, babel_locale, ngettext


class OrganiserPanel(QDialog):
    def __init__(self, tally: Tally, event: LetterEvent, parent: QWidget | None = None):
        super().__init__(parent)
        self.tally, self.letter_event = tally, event
        self.setWindowTitle(_("For the organiser"))
        event_font(self)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(_("Letters written on this computer")))
        self.total = plain_label()
        self.total.setAccessibleName(_("Total letters"))
        layout.addWidget(self.total)
        self.table = CountsTable()
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.export_button = button(_("&Export counts (CSV)…"), _("Export the counts as a CSV file"),
                                    tooltip=_("A file for the section office; it opens in any spreadsheet"))
        self.reset_button = button(_("&Reset counts…"), _("Reset the counts to zero"))
        self.export_button.clicked.connect(self.export_csv)
        self.reset_button.clicked.connect(self.reset)
        row.addWidget(self.export_button)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        layout.addLayout(row)

        layout.addWidget(heading(_("Sign-up list")))
        layout.addWidget(hint(_(
            "If you switch this on, each writer is offered a box to join a list for a later batch of letters. "
            "Only writers who tick it are listed (name, town, country, language), in a file on this computer.")))
        self.signup = TickBox(_("&Offer writers the sign-up list"), _("Offer writers the sign-up list"))
        self.signup.setChecked(event.signups_enabled)
        self.signup.toggled.connect(self._signup_toggled)
        layout.addWidget(self.signup)
        self.signup_count = plain_label()
        layout.addWidget(self.signup_count)
        row = QHBoxLayout()
        self.export_signups_button = button(_("Save the sign-up &list as…"), _("Save the sign-up list as a CSV file"))
        self.delete_signups_button = button(_("&Delete the sign-up list…"), _("Delete the sign-up list"))
        self.export_signups_button.clicked.connect(self.export_signups)
        self.delete_signups_button.clicked.connect(self.delete_signups)
        row.addWidget(self.export_signups_button)
        row.addWidget(self.delete_signups_button)
        row.addStretch(1)
        layout.addLayout(row)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        self.close_button = button(_("&Close"), _("Close the organiser's panel"), primary=True)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        close_row.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        scroller = VerticalScroller(body)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls; the page follows them
        outer.addWidget(scroller, 1)  # on a short screen the panel scrolls, Close stays
        outer.addLayout(close_row)
        fit_to_screen(self, QSize(1100, 720))  # all of a small screen's width
        self.refresh()

    def refresh(self) -> None:
        rows = self.tally.rows()
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            language = language_label(row.language, babel_locale()) if row.language else ""
            for column, value in enumerate((self._case_name(row.case), row.recipient, language, row.printed, row.saved,
                                            row.emailed, row.total)):
                self.table.set_cell(number, column, str(value))
        self.table.fit_columns()
        total = self.tally.total()
        self.total.setText(ngettext("{count} letter in all: {printed} printed, {saved} saved, {emailed} emailed.",
                                    "{count} letters in all: {printed} printed, {saved} saved, {emailed} emailed.",
                                    total).format(count=total, printed=self.tally.total("printed"),
                                                  saved=self.tally.total("saved"),
                                                  emailed=self.tally.total("emailed")))
        count = len(self.letter_event.signups())
        self.signup_count.setText(ngettext("{count} person is on the sign-up list.",
                                           "{count} people are on the sign-up list.", count).format(count=count))
        self.export_signups_button.setEnabled(count > 0)
        self.delete_signups_button.setEnabled(count > 0)

    def _case_name(self, key: str) -> str:
        """The people the case is about, with its number: "Azimzhan Askarov (UA 15/20)", not "UA 15/20"."""
        for case in self.letter_event.cases:
            if case_key(case) == key and case.people_names and case.people_names not in key:
                return f"{case.people_names} ({key})"
        return key

    def export_csv(self) -> Path | None:
        path = dialogs.choose_save_path(self, _("Export the letter counts"),
                                        Path(documents_folder()) / _("letter-counts.csv"), _file_filter())
        if path is None:
            return None
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            self.tally.export_csv(path)
        except SaveError as error:
            dialogs.show_error(self, _("The counts were not exported"), str(error))
            return None
        dialogs.show_info(self, _("Counts exported"), _("The counts were saved as {path}.").format(path=path))
        return path

    def reset(self) -> bool:
        if not dialogs.ask_yes_no(self, _("Reset the counts?"), _(
                "All counts on this computer go back to zero. Export them first if the section office "
                "still needs them."), _("Reset to zero"), _("Keep the counts")):
            return False
        try:
            self.tally.reset()
        except SaveError as error:
            dialogs.show_error(self, _("The counts were not reset"), str(error))
            return False
        self.refresh()
        return True

    def export_signups(self) -> Path | None:
        path = dialogs.choose_save_path(self, _("Save the sign-up list"),
                                        Path(documents_folder()) / _("sign-up-list.csv"), _file_filter())
        if path is None:
            return None
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            self.letter_event.export_signups(path)
        except SaveError as error:
            dialogs.show_error(self, _("The sign-up list was not saved"), str(error))
            return None
        return path

    def delete_signups(self) -> bool:
        if not dialogs.ask_yes_no(self, _("Delete the sign-up list?"), _(
                "The names on the sign-up list are removed from this computer."), _("Delete the list"),
                _("Keep the list")):
            return False
        try:
            self.letter_event.delete_signups()
        except OSError as error:
            dialogs.show_error(self, _("The sign-up list was not deleted"), str(error))
            return False
        self.refresh()
        return True

    def _signup_toggled(self, on: bool) -> None:
        self.letter_event.signups_enabled = on


def _file_filter() -> str:
    return _("Spreadsheet (CSV) (*.csv)") + ";;" + _("All files (*)")
