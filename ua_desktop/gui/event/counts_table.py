"""The organiser's table of letters per case, recipient and language, as
wide as the panel and never wider (no sideways scrolling on a 1024 px
screen): the number columns are as narrow as their headers' longest word,
the language as narrow as its longest word, the headers wrap onto more
lines, and the case and the recipient share the rest and wrap too; each
name cell has its whole text in a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ua_desktop.gui.event.widgets import event_font
from ua_desktop.i18n import _

#: The case, the recipient and the language: the columns of words (with a tooltip).
TEXT_COLUMNS = 3
#: The case and the recipient share the width the other columns leave.
STRETCHED = 2
#: Room for the headers and three rows of wrapped names (the panel scrolls on a short screen).
MIN_HEIGHT = 280
#: Room around a header's or a cell's text (pixels).
PADDING = 20


class CountsTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 7, parent)
        self.setAccessibleName(_("Letters per case, recipient and language"))
        self.setHorizontalHeaderLabels([_("Case"), _("Recipient"), _("Language"), _("Printed"), _("Saved"),
                                        _("Emailed"), _("Total")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table
        self.setWordWrap(True)
        header = self.horizontalHeader()
        event_font(header)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap))
        header.setMinimumSectionSize(40)
        for column in range(self.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column < STRETCHED
                                        else QHeaderView.ResizeMode.Fixed)
        header.sectionResized.connect(self._fit_header_height)
        self.setMinimumHeight(MIN_HEIGHT)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.fit_columns()

    def set_cell(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        if column < TEXT_COLUMNS:
            item.setToolTip(text)  # the whole name, should a very long one still be cut
        else:
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setItem(row, column, item)

    def fit_columns(self) -> None:
        """The language and each number column as wide as the longest word
        of its header or its cells; the case and the recipient stretch over
        the rest."""
        header = self.horizontalHeader()
        for column in range(STRETCHED, self.columnCount()):
            words = self.horizontalHeaderItem(column).text().split()
            widest = max((header.fontMetrics().horizontalAdvance(word) for word in words), default=0)
            cells = [self.item(row, column).text() for row in range(self.rowCount()) if self.item(row, column)]
            widest_cell = max((self.fontMetrics().horizontalAdvance(word) for text in cells for word in text.split()),
                              default=0)
            header.resizeSection(column, max(widest, widest_cell) + PADDING)
        self._fit_header_height()

    def _fit_header_height(self, *_args) -> None:
        """A header that wraps needs the height of its lines (Qt measures one line)."""
        header = self.horizontalHeader()
        tallest = 0
        for column in range(self.columnCount()):
            width = max(1, header.sectionSize(column) - PADDING // 2)
            box = header.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap,
                                                   self.horizontalHeaderItem(column).text())
            tallest = max(tallest, box.height())
        header.setFixedHeight(tallest + PADDING // 2)
