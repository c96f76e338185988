"""Asked before an unsigned letter is saved, printed or sent: the name to
sign it with, or to leave it unsigned on purpose."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ua_desktop.gui.widgets import plain_label
from ua_desktop.i18n import _


class NameDialog(QDialog):
    UNSIGNED = 2

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_("Your name under the letter"))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setAccessibleName(_("Your name"))
        self.name.setPlaceholderText(_("for example: Anna Schmidt"))
        self.sign_button = QPushButton(_("Sign with this name"))
        self.sign_button.setDefault(True)
        self.sign_button.setEnabled(False)
        self.unsigned_button = QPushButton(_("Leave it unsigned"))
        cancel = QPushButton(_("Cancel"))
        self.name.textChanged.connect(lambda text: self.sign_button.setEnabled(bool(text.strip())))
        self.sign_button.clicked.connect(self.accept)
        self.unsigned_button.clicked.connect(lambda: self.done(self.UNSIGNED))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(_(
            "Your letter has no name under it. A letter signed with a name counts for more. "
            "What name should go under it?")))
        layout.addWidget(self.name)
        row = QHBoxLayout()
        row.addWidget(self.unsigned_button)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.sign_button)
        layout.addLayout(row)

    def answer(self, result: int) -> str | None:
        """The name, "" to leave the letter unsigned, None if cancelled."""
        if result == QDialog.DialogCode.Accepted:
            return self.name.text().strip()
        return "" if result == self.UNSIGNED else None
