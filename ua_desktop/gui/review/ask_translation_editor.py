"""Translating the requests UA Desktop cannot write by itself: for a chosen
letter language, each request that has no translation and is not one of
the common requests it knows, with a box for the user's own wording. The
translations are kept in the case file, per language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ua_desktop.core.case.model import Ask, Case
from ua_desktop.core.text import clean_line
from ua_desktop.gui.widgets import plain_label
from ua_desktop.i18n import _, ngettext


class AskTranslationEditor(QWidget):
    def __init__(self, languages: dict[str, str], current_case: Callable[[], Case],
                 parent: QWidget | None = None):
        """`languages` maps letter-language codes to names to show;
        `current_case()` gives the case as the review window has it now."""
        super().__init__(parent)
        self._current_case = current_case
        #: language -> request text -> the user's translation
        self._typed: dict[str, dict[str, str]] = {}
        self.language = QComboBox()
        self.language.setAccessibleName(_("Letter language to translate the requests into"))
        for code, name in languages.items():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self.refresh)
        self.summary = plain_label(object_name="note")
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(_(
            "UA Desktop writes the common requests in every letter language by itself. Requests it does not "
            "know stay in the language of the sheet unless you translate them here.")))
        layout.addWidget(self.language)
        layout.addWidget(self.summary)
        layout.addWidget(self.form_host)
        layout.addStretch(1)

    def refresh(self, *_args) -> None:
        from ua_desktop.core.letters.ask_phrases import asks_needing_translation

        while self.form.rowCount():
            self.form.removeRow(0)
        code = self.language.currentData()
        if not code:
            return
        case = self._current_case()
        typed = self._typed.setdefault(code, {})
        needing = [ask for ask in asks_needing_translation(case, code) if ask.text not in typed]
        shown = needing + [ask for ask in case.asks if ask.text in typed]
        for ask in shown:
            edit = QLineEdit(typed.get(ask.text, ""))
            edit.setAccessibleName(_("Translation of: {request}").format(request=ask.text))
            edit.setPlaceholderText(_("Your translation"))
            edit.textEdited.connect(lambda text, key=ask.text, code=code: self._typed[code].__setitem__(
                key, clean_line(text)))
            label = plain_label(ask.text, selectable=True)
            self.form.addRow(label, edit)
        if shown:
            self.summary.setText(ngettext("{count} request needs your translation.",
                                          "{count} requests need your translation.", len(shown)).format(
                count=len(shown)))
        else:
            self.summary.setText(_("Every request can be written in this language."))

    def apply(self, asks: tuple[Ask, ...]) -> tuple[Ask, ...]:
        """`asks` with the user's translations added."""
        result = []
        for ask in asks:
            extra = {code: typed[ask.text] for code, typed in self._typed.items() if typed.get(ask.text)}
            result.append(replace(ask, translations={**ask.translations, **extra}) if extra else ask)
        return tuple(result)
