"""A plain window to paste the text of an Urgent Action sheet into."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from ua_desktop.gui.widgets import plain_label
from ua_desktop.i18n import _


class PasteDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_("Paste a case sheet"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(_(
            "Copy the whole Urgent Action from the email or web page (Ctrl+A, then Ctrl+C) and paste it "
            "here (Ctrl+V).")))
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(_("Pasted sheet"))
        self.editor.setPlaceholderText(_("Paste the Urgent Action here"))
        layout.addWidget(self.editor, 1)
        buttons = QDialogButtonBox()
        self.read_button = buttons.addButton(_("Read this sheet"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.read_button.setEnabled(False)
        self.editor.textChanged.connect(lambda: self.read_button.setEnabled(bool(self.editor.toPlainText().strip())))

    def text(self) -> str:
        return self.editor.toPlainText()
