"""Step 3: the language of the letter; the case's own languages first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ua_desktop.core.letters.languages import LetterLanguage
from ua_desktop.core.locales.languages import language_label
from ua_desktop.gui.painted_looks import outline
from ua_desktop.gui.widgets import StepBox, plain_label
from ua_desktop.i18n import _, babel_locale


def language_choices(languages: list[tuple[LetterLanguage, bool]]) -> tuple[list[tuple[str, str]], list[str]]:
    """(label, code) for each letter language, named by `language_label`
    with the ones the case asks for marked; and the names of the languages
    the case asks for."""
    items, asked = [], []
    for language, is_asked in languages:
        name = label = language_label(language.code, babel_locale())
        if is_asked:
            label = _("{language} (asked for)").format(language=label)
            asked.append(name)
        items.append((label, language.code))
    return items, asked


def language_hint(asked: list[str], own_language_welcome: bool) -> str:
    """The line under the language choice (main window and event): the
    languages the case asks for, and whether the writer's own is welcome."""
    if asked and own_language_welcome:
        return _("The case asks for letters in: {languages}. Your own language is welcome too.").format(
            languages=", ".join(asked))
    if asked:
        return _("The case asks for letters in: {languages}.").format(languages=", ".join(asked))
    return _("Write in any language you know well.")


def fill_language_combo(combo: QComboBox, languages: list[tuple[LetterLanguage, bool]], selected: str) -> list[str]:
    """Put the letter languages in `combo` (see `language_choices`) with
    `selected` current, without emitting a change; returns the names of the
    languages the case asks for."""
    combo.blockSignals(True)
    combo.clear()
    items, asked = language_choices(languages)
    for label, code in items:
        combo.addItem(label, code)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    combo.blockSignals(False)
    return asked


class LanguagePicker(StepBox):
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(3, _("Which language?"), parent)
        self.hint = self.add(plain_label(object_name="note"))
        self.combo = QComboBox()
        self.combo.setObjectName("letterLanguage")
        self.combo.setAccessibleName(_("Letter language"))
        self.combo.currentIndexChanged.connect(self._index_changed)
        outline(self.combo)  # its edge shows on a dark or high-contrast background too
        self.add(self.combo)

    def show_languages(self, languages: list[tuple[LetterLanguage, bool]], selected: str,
                       own_language_welcome: bool = True) -> None:
        asked = fill_language_combo(self.combo, languages, selected)
        self.hint.setText(language_hint(asked, own_language_welcome))

    def select(self, code: str) -> None:
        index = self.combo.findData(code)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def _index_changed(self, index: int) -> None:
        code = self.combo.itemData(index)
        if code:
            self.language_chosen.emit(code)
