"""Step 2: whom to write to, with the recipient's fax and email ready to
copy."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QListView, QWidget

from ua_desktop.core.case.model import Case, Recipient
from ua_desktop.gui.review.recipient_model import RecipientListModel
from ua_desktop.gui.style import apply_role_style
from ua_desktop.gui.widgets import StepBox, big_button, plain_label
from ua_desktop.i18n import _, pgettext


#: More recipients than this scroll inside the list.
ROWS_SHOWN = 6


class RecipientList(QListView):
    """The recipients, as tall as they need at the width they get (up to
    ROWS_SHOWN of them), so a case's few recipients show without a
    scroll bar and without empty room below them."""

    def updateGeometries(self) -> None:  # noqa: N802 (Qt's name)
        super().updateGeometries()
        rows = min(self.model().rowCount(), ROWS_SHOWN) if self.model() is not None else 0
        model = self.model()
        last = self.visualRect(model.index(rows - 1, 0)) if rows else None  # laid out at the list's width
        content = last.bottom() + 1 + self.verticalOffset() + self.spacing() if last is not None else 0
        needed = max(3 * self.fontMetrics().lineSpacing(), content) + 2 * self.frameWidth()
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
            self.setMaximumHeight(needed if self.model().rowCount() <= ROWS_SHOWN else 16_777_215)


class RecipientPicker(StepBox):
    recipient_chosen = Signal(int)
    copy_fax_requested = Signal()
    copy_email_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(2, _("Who are you writing to?"), parent)
        self.model = RecipientListModel(parent=self)
        self.list = RecipientList()
        self.list.setModel(self.model)
        self.list.setObjectName("recipients")
        apply_role_style(self.list, "list")  # its edge shows on a dark or high-contrast background too
        self.list.setAccessibleName(_("Recipients"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.selectionModel().currentRowChanged.connect(lambda current, _prev: self._row_changed(current.row()))
        self.add(self.list)
        self.copies_note = self.add(plain_label(object_name="note"))

        grid = QGridLayout()
        self.fax = plain_label(selectable=True)
        self.fax.setAccessibleName(_("Fax number"))
        self.email = plain_label(selectable=True)
        self.email.setAccessibleName(_("Email address"))
        self.copy_fax_button = big_button(pgettext("main window", "Copy fax num&ber"))
        self.copy_fax_button.clicked.connect(self.copy_fax_requested)
        self.copy_email_button = big_button(pgettext("main window", "Copy ema&il address"))
        self.copy_email_button.clicked.connect(self.copy_email_requested)
        grid.addWidget(self.fax, 0, 0)
        grid.addWidget(self.copy_fax_button, 0, 1)
        grid.addWidget(self.email, 1, 0)
        grid.addWidget(self.copy_email_button, 1, 1)
        grid.setColumnStretch(0, 1)
        self.add_layout(grid)
        self.other_contact = self.add(plain_label(selectable=True))

    def show_case(self, case: Case, selected: int) -> None:
        self.model.set_recipients(case.recipients)
        self.copies_note.setText(case.copies_note)
        self.copies_note.setVisible(bool(case.copies_note))
        self.select(selected)

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row)
            if self.list.currentIndex() != index:
                self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def show_contact(self, recipient: Recipient | None) -> None:
        fax = recipient.fax if recipient else ""
        emails = ", ".join(recipient.emails) if recipient else ""
        self.fax.setText(_("Fax: {number}").format(number=_unbroken(fax)) if fax else
                         _("No fax number on the sheet"))
        self.email.setText(_("Email: {address}").format(address=emails) if emails else
                           _("No email address on the sheet"))
        self.copy_fax_button.setEnabled(bool(fax))
        self.copy_email_button.setEnabled(bool(emails))
        other = []
        if recipient and recipient.phone:
            other.append(_("Phone: {number}").format(number=recipient.phone))
        if recipient and recipient.social:
            other.append(_("Social media: {handles}").format(handles=", ".join(recipient.social)))
        if recipient and recipient.note:
            other.append(recipient.note)
        self.other_contact.setText("\n".join(other))
        self.other_contact.setVisible(bool(other))

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.recipient_chosen.emit(row)


def _unbroken(number: str) -> str:
    """Keep a phone or fax number on one line."""
    return number.replace(" ", "\u00a0").replace("-", "\u2011")
