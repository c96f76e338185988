"""The case library on screen: find a case as you type, see how much time
is left, open it, archive it, choose the cases an event offers, and hand
cases to another laptop. Thin: every action is one call into the core
(`ua_desktop.core.library.store`, `ua_desktop.core.library.bundle`); every question
goes through `dialogs`."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLineEdit,
                               QListWidget, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from ua_desktop.core.case.casefile import CaseFileError, load_case
from ua_desktop.core.case.deadline import deadline_status
from ua_desktop.core.library.store import AddKind, CaseLibrary, LibraryEntry, LibraryError, Resolution
from ua_desktop.gui.dialogs import seam as dialogs
from ua_desktop.gui.library.model import DEADLINE, LibraryTableModel, deadline_explained
from ua_desktop.gui.screen_fit import fit_to_screen
from ua_desktop.gui.style import frame_fields
from ua_desktop.gui.widgets import plain_label
from ua_desktop.i18n import _, ngettext

log = logging.getLogger(__name__)

IN_USE, OFFERED, ARCHIVED, EVERYTHING = range(4)


def conflict_choices() -> list[tuple[str, str]]:
    return [(Resolution.SKIP.value, _("Keep mine")), (Resolution.REPLACE.value, _("Use the new version")),
            (Resolution.KEEP_BOTH.value, _("Keep both"))]


class LibraryView(QWidget):
    #: (the case to write from, its id in the library)
    case_chosen = Signal(object, str)

    def __init__(self, library: CaseLibrary, today: Callable[[], dt.date] = dt.date.today,
                 event_mode: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.today = today
        self.event_mode = event_mode
        self.model = LibraryTableModel(today, self)
        self._build()
        frame_fields(self)  # the search field and the list choice show on a dark or high-contrast background too
        self._connect()
        self.set_event_mode(event_mode)

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        self.heading = plain_label(object_name="stepHeading", wrap=False)
        top = self._build_search_row()
        self._build_table()
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_details())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_buttons())

    def _build_search_row(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search by name, country or UA number"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_("Search the cases"))
        self.show_choice = QComboBox()
        self.show_choice.addItems([_("Cases in use"), _("Cases offered at the event"), _("Archived cases"),
                                   _("All cases")])
        self.show_choice.setAccessibleName(_("Which cases to show"))
        self.count = plain_label(wrap=False)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.show_choice, 1)
        return top

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DEADLINE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        header = self.table.horizontalHeader()
        for number, width in enumerate((240, 110, 95, 190, 180)):
            # never narrower than its heading (German "UA-Nummer" was cut to "JA-Nummer")
            self.table.setColumnWidth(number, max(width, header.sectionSizeHint(number) + 8))
        self.table.setAccessibleName(_("Cases"))

    def _build_details(self) -> QWidget:
        """The chosen case: its people, headline, deadline and history."""
        details = QWidget()
        side = QVBoxLayout(details)
        self.people = plain_label(object_name="people", selectable=True)
        self.title = plain_label(selectable=True)
        self.status = plain_label(object_name="deadline")
        self.history_heading = plain_label(_("History of this case"), object_name="subHeading")
        self.history = QListWidget()
        self.history.setAccessibleName(_("History of this case"))
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for widget in (self.people, self.title, self.status, self.history_heading):
            side.addWidget(widget)
        side.addWidget(self.history, 3)
        side.addStretch(1)
        return details

    def _build_buttons(self) -> QHBoxLayout:
        self.open_button = QPushButton(_("Open"))
        self.open_button.setObjectName("primary")
        self.open_button.setDefault(True)
        self.archive_button = QPushButton(_("Archive"))
        self.offer_button = QPushButton(_("Offer at the event"))
        self.export_button = QPushButton(_("Export…"))
        self.export_button.setToolTip(_("Save the chosen cases in one file, to copy to another laptop"))
        self.import_button = QPushButton(_("Import cases…"))
        self.import_button.setToolTip(_("Add the cases from a file made with Export… or a case file"))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.archive_button, self.offer_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        return buttons

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.search.returnPressed.connect(self.open_selected)
        self.show_choice.currentIndexChanged.connect(lambda _index: self.refresh())
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._show_details())
        self.model.modelReset.connect(self._show_details)
        self.open_button.clicked.connect(self.open_selected)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.offer_button.clicked.connect(self.toggle_offered)
        self.export_button.clicked.connect(self.export_cases)
        self.import_button.clicked.connect(self.import_cases)

    # ------------------------------------------------------------ showing
    def set_event_mode(self, on: bool) -> None:
        """At an event: only the cases the organiser chose, and no tools to change them."""
        self.event_mode = on
        self.heading.setText(_("Cases at this event") if on else _("Your cases"))
        for widget in (self.show_choice, self.archive_button, self.offer_button, self.export_button,
                       self.import_button):
            widget.setVisible(not on)
        self.refresh()

    def rows_to_show(self) -> list[LibraryEntry]:
        lib = self.library
        if self.event_mode:
            pool = lib.offered_entries()
        else:
            choice = self.show_choice.currentIndex()
            pool = {IN_USE: lib.current_entries, OFFERED: lib.offered_entries, ARCHIVED: lib.archived_entries,
                    EVERYTHING: lambda: lib.current_entries(include_archived=True)}[choice]()
        return lib.search(self.search.text(), pool)

    def refresh(self, select_id: str = "") -> None:
        """Show the rows for the search and the choice, keeping the selection."""
        keep = select_id or (self.current_entry().id if self.current_entry() else "")
        rows = self.rows_to_show()
        self.model.set_entries(rows)
        total = len(self.library.offered_entries() if self.event_mode else self.library.current_entries())
        if self.search.text().strip():
            self.count.setText(ngettext("{shown} of {total} case matches", "{shown} of {total} cases match",
                                        total).format(shown=len(rows), total=total))
        else:
            self.count.setText(ngettext("{n} case", "{n} cases", len(rows)).format(n=len(rows)))
        row = self.model.row_of(keep) if keep else -1
        self.select_row(row if row >= 0 else 0)

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.table.clearSelection()
            self._show_details()
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def current_entry(self) -> LibraryEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        index = self.table.currentIndex()
        if index.isValid() and any(r.row() == index.row() for r in rows):
            return self.model.entry_at(index.row())
        return self.model.entry_at(rows[0].row()) if rows else None

    def selected_entries(self) -> list[LibraryEntry]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.entry_at(row) for row in rows]

    def _show_details(self) -> None:
        entry = self.current_entry()
        has = entry is not None
        for button in (self.open_button, self.archive_button, self.offer_button):
            button.setEnabled(has)
        self.history.clear()
        if not has:
            self.people.setText(_("No case chosen") if self.model.rowCount() else self._empty_text())
            self.title.setText("")
            self.status.setVisible(False)
            self.history_heading.setVisible(False)
            self.history.setVisible(False)
            return
        self.people.setText(entry.people_names or _("(no name given)"))
        self.title.setText(" · ".join(p for p in (entry.country, entry.ua_number, entry.title) if p))
        self.status.setVisible(True)
        self.status.setText(deadline_explained(entry, self.today()))
        state = "passed" if entry.closed else self._deadline_state(entry)
        self.status.setProperty("state", state)
        self.archive_button.setText(_("Bring back") if entry.archived else _("Archive"))
        self.offer_button.setText(_("Stop offering at the event") if entry.offered else _("Offer at the event"))
        chain = self.library.history(entry.id) if entry.id in self.library else [entry]
        self.history_heading.setVisible(len(chain) > 1)
        self.history.setVisible(len(chain) > 1)
        for number, sheet in enumerate(chain):
            self.history.addItem(self._history_line(sheet, number))

    def _history_line(self, sheet: LibraryEntry, number: int) -> str:
        when = sheet.issued.isoformat() if sheet.issued else sheet.added[:10]
        kind = _("First sheet") if number == 0 else _("Update {number}").format(number=number)
        line = f"{when}  ·  {kind}: {sheet.title or sheet.ua_number}"
        return (line + "  ·  " + _("no further action needed")) if sheet.closed else line

    def _deadline_state(self, entry: LibraryEntry) -> str:
        return deadline_status(entry.deadline, self.today()).state.value

    def _empty_text(self) -> str:
        if self.search.text().strip():
            return _("No case matches your search.")
        if self.event_mode:
            return _("No cases have been chosen for this event yet. An organiser chooses them with "
                     "\"Offer at the event\".")
        return _("No cases here yet.")

    # ------------------------------------------------------------ intents
    def open_selected(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        newest = self.library.newest_in_chain(entry.id)
        if newest.closed and not dialogs.ask_yes_no(
                self, _("No further action needed"),
                (newest.status_note or _("No further action is needed on this case.")) + "\n\n" +
                _("You do not need to write about this case any more. Open it anyway?"),
                _("Open it anyway"), _("Back to the list")):
            return
        try:
            case = self.library.case_for_letters(newest.id)
        except LibraryError as error:
            dialogs.show_error(self, _("The case could not be opened"), str(error))
            return
        self.case_chosen.emit(case, newest.id)

    def toggle_archived(self) -> None:
        self._set_flag(self.library.set_archived, not self._current_flag("archived"))

    def toggle_offered(self) -> None:
        self._set_flag(self.library.set_offered_at_event, not self._current_flag("offered"))

    def _current_flag(self, name: str) -> bool:
        entry = self.current_entry()
        return bool(entry and getattr(entry, name))

    def _set_flag(self, setter, value: bool) -> None:
        chosen = self.selected_entries()
        try:
            with self.library.batch():
                for entry in chosen:
                    setter(entry.id, value)
        except LibraryError as error:
            dialogs.show_error(self, _("The library could not be changed"), str(error))
        self.refresh(chosen[0].id if chosen else "")

    def export_cases(self) -> None:
        from ua_desktop.core.library import bundle as case_bundle

        chosen = self.selected_entries() or self.model.entries()
        if not chosen:
            dialogs.show_info(self, _("Export cases"), _("There are no cases to export."))
            return
        suggested = Path.home() / (_("ua-cases") + case_bundle.BUNDLE_SUFFIX)
        path = dialogs.choose_save_path(self, _("Export cases"), suggested,
                                        _("UA Desktop cases (*.uacases)"))
        if path is None:
            return
        if path.suffix.lower() != case_bundle.BUNDLE_SUFFIX:
            path = path.with_name(path.name + case_bundle.BUNDLE_SUFFIX)
        try:
            count = case_bundle.export_bundle(self.library, [e.id for e in chosen], path)
        except case_bundle.BundleError as error:
            dialogs.show_error(self, _("The cases could not be exported"), str(error))
            return
        dialogs.show_info(self, _("Cases exported"), ngettext(
            "{n} case was saved in {name}.", "{n} cases were saved in {name}.", count).format(
            n=count, name=path.name) + "\n\n" + _(
            "Copy this file to the other computer and choose \"Import cases…\" there."))

    def import_cases(self) -> None:
        path = dialogs.choose_open_path(self, _("Import cases"), Path.home(),
                                        _("UA Desktop cases (*.uacases *.json)") + ";;" + _("All files (*)"))
        if path is None:
            return
        if path.suffix.lower() == ".json":
            self._import_case_file(path)
        else:
            self._import_bundle(path)

    def import_bundle(self, path: Path) -> None:
        """Import a file of cases exported on another computer."""
        self._import_bundle(path)

    def _import_bundle(self, path: Path) -> None:
        from ua_desktop.core.library import bundle as case_bundle

        title = _("Import cases")
        try:
            plan = case_bundle.plan_import(self.library, case_bundle.read_bundle(path))
        except case_bundle.BundleError as error:
            dialogs.show_error(self, _("The cases could not be imported"), str(error))
            return
        if all(p.kind is AddKind.DUPLICATE for p in plan.items):
            dialogs.show_info(self, title, plan.summary())
            return
        if not dialogs.ask_yes_no(self, title, plan.summary() + "\n\n" + _("Import them?"),
                                  _("Import"), _("Cancel")):
            return
        resolution = Resolution.SKIP
        if plan.conflicts:
            names = "\n".join("•  " + p.existing.people_names for p in plan.conflicts[:10])
            answer = dialogs.ask_choice(self, title, ngettext(
                "This case is in your library with different content:",
                "These cases are in your library with different content:", len(plan.conflicts)) + "\n" + names
                + "\n\n" + _("Which version do you want to keep?"), conflict_choices())
            if answer is None:
                return
            resolution = Resolution(answer)
        try:
            report = case_bundle.apply_import(self.library, plan, resolution)
        except LibraryError as error:
            dialogs.show_error(self, _("The cases could not all be imported"), str(error))
            self.refresh()
            return
        self.refresh(report.entry_ids[0] if report.entry_ids else "")
        dialogs.show_info(self, title, report.summary())

    def _import_case_file(self, path: Path) -> None:
        try:
            case = load_case(path)
            entry = add_with_questions(self, self.library, case, path.name)
        except (CaseFileError, LibraryError) as error:
            dialogs.show_error(self, _("The case could not be imported"), str(error))
            return
        if entry is not None:
            self.refresh(self.library.newest_in_chain(entry.id).id)


def add_with_questions(parent: QWidget | None, library: CaseLibrary, case, source_name: str,
                       source_text: str = "") -> LibraryEntry | None:
    """Add a case to the library, asking the user when it is unsure.
    Returns the entry to show (None when the user kept the library as it
    was). Raises LibraryError when the library cannot be written."""
    result = library.add(case, source_name, source_text)
    if result.kind in (AddKind.NEW, AddKind.FOLLOW_UP):
        return result.entry
    if result.kind is AddKind.DUPLICATE:
        return result.existing
    if result.suggestion is Resolution.LINK:
        choices = [(Resolution.LINK.value, _("Yes, it is an update")),
                   (Resolution.KEEP_BOTH.value, _("No, it is another case")), (Resolution.SKIP.value, _("Do not add it"))]
    else:
        choices = [(Resolution.KEEP_BOTH.value, _("Keep both")), (Resolution.LINK.value, _("It is an update of it")),
                   (Resolution.REPLACE.value, _("Replace it with this one")), (Resolution.SKIP.value, _("Do not add it"))]
    answer = dialogs.ask_choice(parent, _("Add to your library?"), result.message, choices)
    if answer is None:
        return None
    entry = library.resolve(case, result, Resolution(answer), source_name)
    return entry or result.existing


class LibraryDialog(QDialog):
    """The library in its own window (not modal: the letter stays usable)."""

    def __init__(self, library: CaseLibrary, today: Callable[[], dt.date] = dt.date.today,
                 event_mode: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_("Case library"))
        fit_to_screen(self, QSize(1240, 660))
        self.view = LibraryView(library, today, event_mode, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.view.case_chosen.connect(lambda *_args: self.accept())
