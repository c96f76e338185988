"""Editing the recipients of a case during review: a list on the left,
the selected recipient's fields on the right, and buttons to add, remove
and reorder (for example to add the embassy in the user's own country)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QListWidget, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ua_desktop.core.case.model import Gender, Recipient, RecipientRole
from ua_desktop.core.case.offices import OFFICES
from ua_desktop.core.text import clean_line
from ua_desktop.gui.widgets import plain_label
from ua_desktop.i18n import N_, _

GENDERS = ((Gender.MALE, N_("A man")), (Gender.FEMALE, N_("A woman")), (Gender.UNKNOWN, N_("Not known")))
ROLES = ((RecipientRole.TARGET, N_("Write to")), (RecipientRole.COPY, N_("Send a copy to")))

#: An unsure field: its own text colour with its background, so it reads in light, dark and high-contrast themes.
#: Its hint (an empty field's placeholder) in a darker brown than Qt's half-transparent text colour would give.
UNSURE_STYLE = "background: #fff3cd; color: #3d2e00; border: 2px solid #e0a800; placeholder-text-color: #6b5200;"


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line for line in (clean_line(x) for x in edit.toPlainText().splitlines()) if line)


class RecipientEditor(QWidget):
    changed = Signal()

    def __init__(self, recipients: tuple[Recipient, ...], unsure: dict[int, dict[str, str]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._recipients = list(recipients)
        self._unsure = unsure  # recipient index -> field -> message ("" = the whole recipient)
        self._loading = False

        self.list = QListWidget()
        self.list.setAccessibleName(_("Recipients"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        self.add_button = QPushButton(_("Add a recipient"))
        self.remove_button = QPushButton(_("Remove"))
        self.up_button = QPushButton(_("Move up"))
        self.down_button = QPushButton(_("Move down"))
        self.add_button.clicked.connect(self.add_recipient)
        self.remove_button.clicked.connect(self.remove_recipient)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            left.addWidget(button)

        self.note = plain_label(object_name="note")
        self.role = self._combo(ROLES, _("Write to or copy"))
        self.title = self._text(_("Title, one line per line of the sheet"), 2)
        self.name = self._line(_("Name"))
        self.gender = self._combo(GENDERS, _("Is this person a man or a woman?"))
        self.office = self._combo(OFFICES, _("Office"))
        self.address = self._text(_("Address, one line per line, without the country"), 3)
        self.country = self._line(_("Country (on the envelope)"))
        self.fax = self._line(_("Fax"))
        self.email = self._line(_("Email"))
        self.phone = self._line(_("Phone"))
        self.social = self._line(_("Social media"))
        self.salutation = self._line(_("Salutation"))
        self.form = QFormLayout()
        for label, widget in ((_("Role"), self.role), (_("Title"), self.title), (_("Name"), self.name),
                              (_("Man or woman"), self.gender), (_("Office"), self.office),
                              (_("Address"), self.address), (_("Country"), self.country), (_("Fax"), self.fax),
                              (_("Email"), self.email), (_("Phone"), self.phone),
                              (_("Social media"), self.social), (_("Salutation"), self.salutation)):
            self.form.addRow(label, widget)
        right = QVBoxLayout()
        right.addWidget(self.note)
        right.addLayout(self.form)
        row = QHBoxLayout(self)
        row.addLayout(left, 3)
        row.addLayout(right, 5)
        self._fill_list()
        if self._recipients:
            self.list.setCurrentRow(0)
        self._update_buttons()

    # ------------------------------------------------------------ widgets
    def _line(self, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        edit.textEdited.connect(self._store)
        return edit

    def _text(self, accessible: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(26 + 20 * lines)
        edit.textChanged.connect(self._store)
        return edit

    def _combo(self, choices, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        for value, label in choices:
            combo.addItem(_(label), value)
        combo.currentIndexChanged.connect(self._store)
        return combo

    # ------------------------------------------------------------ data
    def recipients(self) -> tuple[Recipient, ...]:
        return tuple(self._recipients)

    def _fill_list(self) -> None:
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for index, recipient in enumerate(self._recipients):
            mark = "⚠ " if index in self._unsure else ""
            role = _("copy") if recipient.role is RecipientRole.COPY else _("write to")
            name = recipient.name or _("(no name)")
            self.list.addItem(f"{mark}{name} ({role})")
        self.list.blockSignals(False)
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)

    def _show(self, row: int) -> None:
        self._update_buttons()
        if not 0 <= row < len(self._recipients):
            return
        r = self._recipients[row]
        self._loading = True
        try:
            self.role.setCurrentIndex(self.role.findData(r.role))
            self.title.setPlainText("\n".join(r.title_lines))
            self.name.setText(r.name)
            self.gender.setCurrentIndex(self.gender.findData(r.gender))
            office = self.office.findData(r.office)
            self.office.setCurrentIndex(office if office >= 0 else self.office.findData("official"))
            self.address.setPlainText("\n".join(r.address_lines))
            self.country.setText(r.country)
            self.fax.setText(r.fax)
            self.email.setText(r.email)
            self.phone.setText(r.phone)
            self.social.setText(", ".join(r.social))
            self.salutation.setText(r.salutation)
        finally:
            self._loading = False
        self._mark_unsure(row)

    def _mark_unsure(self, row: int) -> None:
        fields = self._unsure.get(row, {})
        widgets = {"name": self.name, "salutation": self.salutation, "email": self.email, "fax": self.fax,
                   "phone": self.phone, "country": self.country, "address_lines": self.address,
                   "title_lines": self.title, "social": self.social}
        for key, widget in widgets.items():
            widget.setStyleSheet(UNSURE_STYLE if key in fields else "")  # "": back to its outline (painted_looks)
            widget.setToolTip(fields.get(key, ""))
        self.note.setText("\n".join(f"⚠ {message}" for message in fields.values() if message))
        self.note.setVisible(bool(fields))

    def _store(self, *_args) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._recipients):
            return
        social = tuple(s for s in (clean_line(x) for x in self.social.text().split(",")) if s)
        self._recipients[row] = replace(
            self._recipients[row],
            role=self.role.currentData(), title_lines=_lines(self.title), name=clean_line(self.name.text()),
            gender=self.gender.currentData(), office=self.office.currentData(), address_lines=_lines(self.address),
            country=clean_line(self.country.text()), fax=clean_line(self.fax.text()),
            email=clean_line(self.email.text()), phone=clean_line(self.phone.text()), social=social,
            salutation=clean_line(self.salutation.text()),
        )
        self._fill_list()
        self.changed.emit()

    # ------------------------------------------------------------ actions
    def add_recipient(self) -> None:
        self._recipients.append(Recipient(role=RecipientRole.COPY, name=_("New recipient")))
        self._fill_list()
        self.list.setCurrentRow(len(self._recipients) - 1)
        self.name.setFocus()
        self.name.selectAll()
        self.changed.emit()

    def remove_recipient(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._recipients):
            del self._recipients[row]
            self._unsure = {(i if i < row else i - 1): v for i, v in self._unsure.items() if i != row}
            self._fill_list()
            self.list.setCurrentRow(min(row, len(self._recipients) - 1))
            self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self._recipients) and 0 <= target < len(self._recipients):
            items = self._recipients
            items[row], items[target] = items[target], items[row]
            swap = {row: target, target: row}
            self._unsure = {swap.get(i, i): v for i, v in self._unsure.items()}
            self._fill_list()
            self.list.setCurrentRow(target)
            self.changed.emit()

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), len(self._recipients)
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
