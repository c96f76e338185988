"""Step 4: about you — name, town, country and an optional address."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from ua_desktop.core.letters.letter import Sender
from ua_desktop.core.text import clean_line
from ua_desktop.gui.widgets import StepBox
from ua_desktop.i18n import _


class SenderForm(StepBox):
    sender_changed = Signal(object)  # Sender
    remember_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(4, _("About you"), parent)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow screens, long labels
        self.name = self._line(_("Your name"), _("for example: Anna Schmidt"), "senderName")
        self.town = self._line(_("Your town"), _("for example: Lyon"), "senderTown")
        self.country = self._line(_("Your country"), _("for example: France"), "senderCountry")
        self.address = QPlainTextEdit()
        self.address.setObjectName("senderAddress")
        self.address.setAccessibleName(_("Your postal address (optional)"))
        self.address.setPlaceholderText(_("Street and number, postcode (optional)"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(58)
        self.address.textChanged.connect(self._changed)
        form.addRow(_("Name"), self.name)
        form.addRow(_("Town"), self.town)
        form.addRow(_("Country"), self.country)
        form.addRow(_("Address"), self.address)
        self.add_layout(form)
        self.remember = QCheckBox(_("Remember my details on this computer"))
        self.remember.setObjectName("rememberSender")
        self.remember.toggled.connect(self.remember_changed)
        self.add(self.remember)

    def _line(self, accessible: str, placeholder: str, object_name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(object_name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(200)
        edit.textChanged.connect(self._changed)
        return edit

    def sender(self) -> Sender:
        address = tuple(line for line in (clean_line(x) for x in self.address.toPlainText().splitlines()) if line)
        return Sender(clean_line(self.name.text()), clean_line(self.town.text()), clean_line(self.country.text()),
                      address)

    def show_sender(self, sender: Sender, remember: bool) -> None:
        for widget in (self.name, self.town, self.country, self.address, self.remember):
            widget.blockSignals(True)
        self.name.setText(sender.name)
        self.town.setText(sender.town)
        self.country.setText(sender.country)
        self.address.setPlainText("\n".join(sender.address_lines))
        self.remember.setChecked(remember)
        for widget in (self.name, self.town, self.country, self.address, self.remember):
            widget.blockSignals(False)

    def _changed(self) -> None:
        self.sender_changed.emit(self.sender())
