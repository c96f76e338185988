"""Step 4: about you — name, town, country and an optional address.

Compact (two rows of fields) so that it fits above the letter on a small
screen: the name is typed where the letter is read, not below the fold."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from ua_desktop.core.letters.letter import Sender
from ua_desktop.core.text import clean_line
from ua_desktop.gui.flow_layout import FlowRow
from ua_desktop.gui.style import frame_fields
from ua_desktop.gui.tick_box import outline_tick_boxes
from ua_desktop.gui.widgets import StepBox
from ua_desktop.i18n import _, pgettext


class SenderForm(StepBox):
    sender_changed = Signal(object)  # Sender
    remember_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(4, _("About you"), parent)
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
        self.address_button = QPushButton(pgettext("main window", "A&dd your postal address…"))
        self.address_button.setObjectName("addSenderAddress")
        self.address_button.clicked.connect(self._show_address)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.labels = {}
        for text, field in ((pgettext("main window", "Na&me"), self.name),
                            (pgettext("main window", "To&wn"), self.town),
                            (pgettext("main window", "Co&untry"), self.country),
                            (pgettext("main window", "A&ddress"), self.address)):
            label = QLabel(text)
            label.setBuddy(field)
            self.labels[field.objectName()] = label
        self.arrange(one_column=False)
        self.add_layout(self._grid)
        self.remember = QCheckBox(pgettext("main window", "&Remember my details"))
        self.remember.setObjectName("rememberSender")
        self.remember.setToolTip(_("Remember my details on this computer"))
        self.remember.toggled.connect(self.remember_changed)
        row = FlowRow()  # side by side, one above the other when narrow
        row.addWidget(self.address_button)
        row.addWidget(self.remember)
        self.add(row)
        self._address_row_shown(False)
        frame_fields(self)  # fields and a tick box that show on a dark or high-contrast background too
        outline_tick_boxes(self)

    def arrange(self, *, one_column: bool) -> None:
        """Name and town side by side (above the letter), or each field on a
        line of its own (in the narrow steps column, where side by side
        they would be too short to read a name)."""
        grid = self._grid
        places = ({"senderName": (0, 0, 1), "senderTown": (1, 0, 1), "senderCountry": (2, 0, 1),
                   "senderAddress": (3, 0, 1)} if one_column else
                  {"senderName": (0, 0, 1), "senderTown": (0, 2, 1), "senderCountry": (1, 0, 3),
                   "senderAddress": (2, 0, 3)})
        for field in (self.name, self.town, self.country, self.address):
            row, column, span = places[field.objectName()]
            grid.addWidget(self.labels[field.objectName()], row, column)
            grid.addWidget(field, row, column + 1, 1, span)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 0 if one_column else 1)

    def _line(self, accessible: str, placeholder: str, object_name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(object_name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(200)
        edit.textChanged.connect(self._changed)
        return edit

    def _address_row_shown(self, shown: bool) -> None:
        """The optional address takes room only when it is wanted."""
        self.address.setVisible(shown)
        self.labels["senderAddress"].setVisible(shown)
        self.address_button.setVisible(not shown)

    def _show_address(self) -> None:
        self._address_row_shown(True)
        self.address.setFocus()

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
        self._address_row_shown(bool(sender.address_lines) or self.address.isVisibleTo(self))
        self.remember.setChecked(remember)
        for widget in (self.name, self.town, self.country, self.address, self.remember):
            widget.blockSignals(False)

    def _changed(self) -> None:
        self.sender_changed.emit(self.sender())
