"""A small form for a recipient who is not on the case sheet, usually the
embassy of the case's country in the writer's country."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.case.model import Recipient, RecipientRole
from ua_desktop.core.text import clean_line
from ua_desktop.gui.event.widgets import TickBox, event_font, hint, labelled_line
from ua_desktop.gui.screen_fit import VerticalScroller, fit_to_screen
from ua_desktop.gui.style import apply_role_style
from ua_desktop.i18n import _


class ExtraRecipientDialog(QDialog):
    def __init__(self, case_country: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_("Add a recipient not on the sheet"))
        event_font(self)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint(_(
            "For example the embassy of {country} in your country. Copy the name and address from the embassy's "
            "website. The recipient stays on the list for the next writers.").format(
                country=case_country or _("the case's country"))))
        form = QFormLayout()
        name_label, self.name = labelled_line(_("&Name"), _("Name of the recipient"),
                                              placeholder=_("for example: H.E. the Ambassador of Kyrgyzstan"))
        title_label, self.title = labelled_line(_("&Title"), _("Title of the recipient (optional)"),
                                                placeholder=_("for example: Embassy of the Kyrgyz Republic"))
        self.address = QPlainTextEdit()
        self.address.setAccessibleName(_("Postal address, one line each"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(110)
        apply_role_style(self.address, "field")
        event_font(self.address)
        country_label, self.country = labelled_line(_("Count&ry of the address"), _("Country of the address"))
        email_label, self.email = labelled_line(_("&Email (optional)"), _("Email address (optional)"))
        salutation_label, self.salutation = labelled_line(
            _("&Salutation (optional)"), _("Salutation (optional)"), placeholder=_("for example: Your Excellency"))
        from PySide6.QtWidgets import QLabel

        address_label = QLabel(_("&Address"))
        address_label.setBuddy(self.address)
        form.addRow(name_label, self.name)
        form.addRow(title_label, self.title)
        form.addRow(address_label, self.address)
        form.addRow(country_label, self.country)
        form.addRow(email_label, self.email)
        form.addRow(salutation_label, self.salutation)
        layout.addLayout(form)
        self.embassy = TickBox(_("This is an &embassy (the letter is addressed to the ambassador)"),
                                _("This is an embassy"))
        self.embassy.setChecked(True)
        layout.addWidget(self.embassy)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_("Add recipient"))
        ok.setAccessibleName(_("Add recipient"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(_("Cancel"))
        ok.setEnabled(False)
        self.name.textChanged.connect(lambda text: ok.setEnabled(bool(clean_line(text))))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        scroller = VerticalScroller(body)  # on a short screen the form scrolls; the buttons stay
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(scroller, 1)
        outer.addWidget(self.buttons)
        # Qt would open it at no more than 2/3 of the screen's height, squeezing the form: ask for room
        # for the examples in the boxes, in every language, and get what the screen has
        fit_to_screen(self, QSize(780, 600))

    def recipient(self) -> Recipient | None:
        name = clean_line(self.name.text())
        if not name:
            return None
        address = tuple(line for line in (clean_line(x) for x in self.address.toPlainText().splitlines()) if line)
        title = clean_line(self.title.text())
        return Recipient(role=RecipientRole.COPY, name=name, title_lines=(title,) if title else (),
                         address_lines=address, country=clean_line(self.country.text()),
                         email=clean_line(self.email.text()), salutation=clean_line(self.salutation.text()),
                         office="ambassador" if self.embassy.isChecked() else "official")
