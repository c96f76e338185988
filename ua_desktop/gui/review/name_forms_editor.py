"""The names of the people at risk in the letters' other scripts: Russian
and Kyrgyz (Cyrillic) and Arabic. Each box starts with the case file's form
or a suggested transliteration; what the user accepts or types is kept in
the case file, and Russian and Kyrgyz letters decline it by their rules."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ua_desktop.core.case.model import Case, Person
from ua_desktop.core.locales.languages import language_label
from ua_desktop.core.locales.name_forms import NAME_FORM_LANGUAGES, nominative_for, with_nominative
from ua_desktop.core.text import clean_line
from ua_desktop.gui.widgets import plain_label
from ua_desktop.i18n import _, babel_locale


class NameFormsEditor(QWidget):
    def __init__(self, current_case: Callable[[], Case], parent: QWidget | None = None):
        """`current_case()` gives the case as the review window has it now."""
        super().__init__(parent)
        self._current_case = current_case
        #: (person's sheet name, language) -> the text the user left in the box
        self._typed: dict[tuple[str, str], str] = {}
        self._boxes: dict[tuple[str, str], QLineEdit] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(_(
            "Letters in Russian, Kyrgyz and Arabic write the names in their own letters. UA Desktop suggests "
            "how to write them; check each name and correct it if you know better. Russian and Kyrgyz "
            "letters then change the endings of the name as their grammar needs.")))
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        layout.addWidget(self.grid_host)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """Show one row per person of the case as it is now."""
        self._remember_boxes()
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self._boxes.clear()
        locale = babel_locale()
        self.grid.addWidget(QLabel(_("Name on the sheet")), 0, 0)
        for column, code in enumerate(NAME_FORM_LANGUAGES, start=1):
            self.grid.addWidget(QLabel(language_label(code, locale)), 0, column)
        for row, person in enumerate(self._current_case().people, start=1):
            self.grid.addWidget(QLabel(person.name), row, 0)
            for column, code in enumerate(NAME_FORM_LANGUAGES, start=1):
                box = QLineEdit(self._typed.get((person.name, code), nominative_for(person, code)))
                box.setAccessibleName(_("{name} in {language}").format(
                    name=person.name, language=language_label(code, locale)))
                if code == "ar":
                    box.setLayoutDirection(box.layoutDirection().RightToLeft)
                self.grid.addWidget(box, row, column)
                self._boxes[(person.name, code)] = box

    def _remember_boxes(self) -> None:
        for key, box in self._boxes.items():
            self._typed[key] = clean_line(box.text())

    def apply(self, people: tuple[Person, ...]) -> tuple[Person, ...]:
        """`people` with the names shown here (suggested or typed) kept as their forms."""
        self._remember_boxes()
        result = []
        for person in people:
            for code in NAME_FORM_LANGUAGES:
                text = self._typed.get((person.name, code))
                if text is None:
                    text = nominative_for(person, code)
                person = with_nominative(person, code, text)
            result.append(person)
        return tuple(result)
