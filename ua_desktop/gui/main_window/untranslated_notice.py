"""The notice above a letter that still carries requests in the sheet's
language: which ones, a button to translate them in the review step, and,
when the case accepts a language in which the whole letter can be written,
a button to write it in that language instead."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from ua_desktop.core.case.model import Case
from ua_desktop.core.locales.languages import language_label
from ua_desktop.gui.style import apply_role_style
from ua_desktop.gui.widgets import big_button, plain_label
from ua_desktop.i18n import _, babel_locale

__all__ = ["UntranslatedNotice", "whole_letter_language"]


def whole_letter_language(case: Case, current: str, letter_languages: set[str]) -> str | None:
    """A language the case asks letters in (else the sheet's own) in which
    every request can be written, other than `current`; None if there is none."""
    from ua_desktop.core.letters.ask_phrases import asks_needing_translation  # request recognition: not before it is needed

    for code in (*case.write_languages, case.source_language):
        if code != current and code in letter_languages and not asks_needing_translation(case, code):
            return code
    return None


class UntranslatedNotice(QFrame):
    translate_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("outOfDate")
        apply_role_style(self, "outOfDate")
        self._offered = ""
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        self.label = plain_label()
        self.translate_button = big_button(_("Translate them…"))
        self.translate_button.clicked.connect(self.translate_requested)
        self.language_button = big_button("")
        self.language_button.clicked.connect(lambda: self.language_chosen.emit(self._offered))
        self.language_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.translate_button, 0, Qt.AlignmentFlag.AlignLeading)
        buttons.addWidget(self.language_button, 0, Qt.AlignmentFlag.AlignLeading)
        buttons.addStretch(1)
        column.addWidget(self.label)
        column.addLayout(buttons)
        self.hide()

    def show_requests(self, untranslated: tuple[str, ...]) -> None:
        self.label.setText(
            _("These requests are still in the language of the case sheet:") + "\n"
            + "\n".join(f"•  {text}" for text in untranslated) if untranslated else "")
        self.setVisible(bool(untranslated))

    def offer_language(self, code: str | None) -> None:
        """Offer to write the whole letter in `code` (None: offer nothing)."""
        self._offered = code or ""
        if code:
            self.language_button.setText(_("Write the whole letter in {language}").format(
                language=language_label(code, babel_locale())))
        self.language_button.setVisible(bool(code))
