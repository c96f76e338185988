"""Help → "How to write your first letter": a short page that ships with
the app (resources/help/<language>.html), shown offline in the window's
language, in the window's type size."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ua_desktop.gui.screen_fit import fit_to_screen
from ua_desktop.i18n import _
from ua_desktop.paths import resource


def help_page_html(language: str) -> str:
    """The page in `language`, or in English when there is none."""
    for code in (language, "en"):
        path = resource("help", f"{code}.html")
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class HelpPage(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_("How to write your first letter"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # the page has no links; nothing leaves the computer
        self.browser.setHtml(help_page_html(language))
        font = self.browser.font()
        font.setPointSize(font.pointSize() + 1)
        self.browser.setFont(font)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(720, 640))
