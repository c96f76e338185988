"""The case library as a Qt table (tested without a window): who is at
risk, the country, the UA number, the time left in words and the letter
languages. Sorting is done here, in Python, on keys made once per sort;
what is shown (search, archive, event) is decided by the caller with
`set_entries`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ua_desktop.core.case.deadline import DeadlineState, deadline_in_words, deadline_status
from ua_desktop.core.library.entry import LibraryEntry, deadline_sort_key
from ua_desktop.core.locales.languages import language_label
from ua_desktop.i18n import _, babel_locale

EntryIdRole = Qt.ItemDataRole.UserRole + 1
EntryRole = Qt.ItemDataRole.UserRole + 2

PERSON, COUNTRY, NUMBER, DEADLINE, LANGUAGES, OFFERED = range(6)

_COLOURS = {"passed": "#8a1c12", "soon": "#7a5a00", "closed": "#555555"}


def deadline_words(entry: LibraryEntry, today: dt.date) -> str:
    """The deadline status in a few words, for a table cell."""
    return deadline_in_words(entry.deadline, today, entry.closed)


def deadline_explained(entry: LibraryEntry, today: dt.date) -> str:
    """The full sentence: what the case panel says, or why no action is needed."""
    if entry.closed:
        return entry.status_note or _("No further action is needed on this case.")
    return deadline_status(entry.deadline, today).message


def languages_words(codes: tuple[str, ...]) -> str:
    ui = babel_locale()
    return ", ".join(language_label(code, ui) for code in codes)


class LibraryTableModel(QAbstractTableModel):
    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent=None):
        super().__init__(parent)
        self._today = today
        self._entries: list[LibraryEntry] = []
        self._sort_column = DEADLINE
        self._sort_order = Qt.SortOrder.AscendingOrder

    # ------------------------------------------------------------ content
    def set_entries(self, entries: list[LibraryEntry]) -> None:
        """Show these rows, in the current sort order."""
        self.beginResetModel()
        self._entries = self._sorted(list(entries))
        self.endResetModel()

    def entry_at(self, row: int) -> LibraryEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: str) -> int:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return -1

    def entries(self) -> list[LibraryEntry]:
        return list(self._entries)

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_("Person at risk"), _("Country"), _("UA number"), _("Deadline"), _("Letters in"),
                    _("At the event"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DEADLINE:
                return deadline_explained(entry, self._today())
            return entry.title if column == PERSON and entry.title else None
        if role == Qt.ItemDataRole.ForegroundRole and column == DEADLINE:
            colour = self._colour(entry)
            return QBrush(QColor(colour)) if colour else None
        if role == EntryIdRole:
            return entry.id
        if role == EntryRole:
            return entry
        return None

    def text(self, entry: LibraryEntry, column: int) -> str:
        if column == PERSON:
            return entry.people_names or _("(no name given)")
        if column == COUNTRY:
            return entry.country
        if column == NUMBER:
            return entry.ua_number
        if column == DEADLINE:
            return deadline_words(entry, self._today())
        if column == OFFERED:
            return _("Offered") if entry.offered else ""
        return languages_words(entry.write_languages)

    def _colour(self, entry: LibraryEntry) -> str:
        if entry.closed:
            return _COLOURS["closed"]
        state = deadline_status(entry.deadline, self._today()).state
        if state is DeadlineState.PASSED:
            return _COLOURS["passed"]
        if state in (DeadlineState.TODAY, DeadlineState.DUE_SOON):
            return _COLOURS["soon"]
        return ""

    # ------------------------------------------------------------ sorting
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._entries = self._sorted(self._entries)
        self.layoutChanged.emit()

    def _sorted(self, entries: list[LibraryEntry]) -> list[LibraryEntry]:
        column, today = self._sort_column, self._today()
        if column == DEADLINE:
            def key(e):
                return deadline_sort_key(e, today)
        elif column == NUMBER:
            def key(e):
                number = e.ua_key
                if not number:
                    return (1, 0, 0, e.people_names.casefold())
                serial, year = number.split("/")
                return (0, int(year), int(serial), "")
        else:
            def key(e):
                return self.text(e, column).casefold()
        return sorted(entries, key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
