"""Reviewing an imported sheet: what was found beside the source text,
every field correctable, doubtful fields marked, and a plain list of what
is still missing before a letter can be drafted."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter, QTabWidget, QVBoxLayout,
                               QWidget)

from ua_desktop.core.case.model import Ask, Case, Person
from ua_desktop.core.case.check import doubtful_fields, missing_fields
from ua_desktop.core.letters.requests.of_case import recognised_asks
from ua_desktop.core.locales.languages import language_label
from ua_desktop.core.text import clean_line, clean_text
from ua_desktop.gui.review.ask_translation_editor import AskTranslationEditor
from ua_desktop.gui.review.name_forms_editor import NameFormsEditor
from ua_desktop.gui.review.source_passage import field_text, show_passage
from ua_desktop.gui.review.recipient_editor import UNSURE_STYLE, RecipientEditor
from ua_desktop.gui.review.request_kinds_editor import RequestKindsEditor
from ua_desktop.gui.screen_fit import VerticalScroller, fit_to_screen
from ua_desktop.gui.style import apply_role_style, frame_fields
from ua_desktop.gui.tick_box import outline_tick_boxes
from ua_desktop.gui.widgets import plain_label
from ua_desktop.i18n import _, babel_locale

#: Languages Urgent Action sheets come in, offered when the user corrects the sheet's language.
SHEET_LANGUAGES = ("en", "fr", "es", "de", "pt", "it", "nl", "ru", "ar", "ja")

_RECIPIENT_FIELD = re.compile(r"recipients\[(\d+)\](?:\.(\w+))?")


def _recipient_notes(unsure: dict[str, str]) -> dict[int, dict[str, str]]:
    """The unsure notes of the recipients, by recipient and field."""
    notes: dict[int, dict[str, str]] = {}
    for field, message in unsure.items():
        match = _RECIPIENT_FIELD.fullmatch(field)
        if match:
            notes.setdefault(int(match.group(1)), {})[match.group(2) or ""] = message
    return notes


class ReviewDialog(QDialog):
    """Shows an `ImportResult` for correction. After `exec()`, `case()` is
    the corrected case and `wants_to_use` says whether to open it now."""

    def __init__(self, result, parent: QWidget | None = None, letter_languages: tuple[str, ...] = ()):
        super().__init__(parent)
        self.setWindowTitle(_("Check the imported case"))
        self._result = result
        self._base = result.case
        self._has_model_letter = bool(getattr(result, "model_letter", ""))
        self.wants_to_use = False
        self.on_save = None  # set by the caller: callable(Case) -> bool
        unsure = {note.field: note.message for note in result.unsure}
        self.problems = plain_label(object_name="problem")
        self.checks = plain_label(object_name="note")
        self._make_fields(result.case, letter_languages)
        self.recipients = RecipientEditor(result.case.recipients, _recipient_notes(unsure))
        self.recipients.changed.connect(self._refresh)
        self._unsure = unsure
        self.unsure_reasons: dict[str, QWidget] = {}
        self._make_tabs(result, letter_languages)
        self._lay_out(result.source_text)
        frame_fields(self)  # fields and tick boxes that show on a dark or high-contrast background too
        outline_tick_boxes(self)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        fit_to_screen(self, QSize(1200, 820))
        self._refresh()

    def _make_fields(self, case: Case, letter_languages: tuple[str, ...]) -> None:
        self.title = self._line(case.title, _("Headline"))
        self.ua_number = self._line(case.ua_number, _("UA number"))
        self.index_number = self._line(case.index_number, _("Index number"))
        self.country = self._line(case.country, _("Country"))
        self._make_deadline(case.deadline)
        self.languages = QListWidget()
        self.languages.setAccessibleName(_("Languages to write in"))
        for code in dict.fromkeys((*case.write_languages, *letter_languages)):
            item = QListWidgetItem(language_label(code, babel_locale()))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in case.write_languages else Qt.CheckState.Unchecked)
            self.languages.addItem(item)
        self.languages.setMaximumHeight(130)
        self.languages.itemChanged.connect(self._refresh)
        self.sheet_language = self._sheet_language_box(case.source_language, letter_languages)
        self.people = self._text("\n".join(p.name for p in case.people), _("People at risk, one per line"), 3)
        self.summary = self._text(case.summary, _("Summary"), 4)
        self.asks = self._text("\n".join(a.text for a in case.asks), _("Requests, one per line"), 10)
        self.copies_note = self._text(case.copies_note, _("Note about copies"), 2)
        self.late_note = self._text(case.late_note, _("Note about late appeals"), 2)
        self.background = self._text(case.background, _("Background"), 10)

    def _sheet_language_box(self, current: str, letter_languages: tuple[str, ...]) -> QComboBox:
        """The language the sheet is written in, as the importer identified
        it; the user corrects it here, and the requests are read again."""
        box = QComboBox()
        box.setAccessibleName(_("Language of the sheet"))
        for code in dict.fromkeys((current, *SHEET_LANGUAGES, *letter_languages)):
            if code:
                box.addItem(language_label(code, babel_locale()), code)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.currentIndexChanged.connect(self._refresh)
        return box

    def _make_deadline(self, deadline: dt.date | None) -> None:
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("d MMMM yyyy")
        self.deadline.setAccessibleName(_("Deadline"))
        self.no_deadline = QCheckBox(_("The sheet gives no deadline"))
        if deadline:
            self.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))
        else:
            self.deadline.setDate(QDate.currentDate())
            self.no_deadline.setChecked(True)
        self.deadline.setEnabled(not self.no_deadline.isChecked())
        self.no_deadline.toggled.connect(lambda on: self.deadline.setEnabled(not on))
        self.no_deadline.toggled.connect(self._refresh)
        self.deadline.dateChanged.connect(self._refresh)

    def _case_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(_("Headline"), self._with_reason("title", self.title))
        form.addRow(_("UA number"), self._with_reason("ua_number", self.ua_number))
        form.addRow(_("Index number"), self._with_reason("index_number", self.index_number))
        form.addRow(_("Country"), self._with_reason("country", self.country))
        form.addRow(_("Language of the sheet"), self.sheet_language)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self._with_reason("deadline", self.deadline))
        deadline_row.addWidget(self.no_deadline)
        deadline_row.addStretch(1)
        form.addRow(_("Deadline"), deadline_row)
        form.addRow(_("Write in"), self._with_reason("write_languages", self.languages))
        form.addRow(_("People at risk"), self._with_reason("people", self.people))
        form.addRow(_("Summary"), self.summary)
        return page

    def _asks_page(self, model_letter: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(plain_label(_("What the letter asks for, one request per line.")))
        layout.addWidget(self._with_reason("asks", self.asks))
        if model_letter:
            take = QPushButton(_("Take the requests from the model letter"))
            take.clicked.connect(lambda: self.take_requests_from(model_letter))
            layout.addWidget(take)
            layout.addWidget(plain_label(_("The sheet's model letter:"), object_name="subHeading"))
            model = QPlainTextEdit(model_letter)
            model.setReadOnly(True)
            layout.addWidget(model)
        return page

    def take_requests_from(self, model_letter: str) -> None:
        """Fill the requests with those the model letter asks for (the user
        checks them); a request already typed is kept."""
        from ua_desktop.core.importer.asks import asks_from_letter

        typed = [line for line in self.asks.toPlainText().splitlines() if line.strip()]
        found = [ask.text for ask in asks_from_letter(model_letter) if ask.text not in typed]
        self.asks.setPlainText("\n".join(typed + found))

    def _notes_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(_("Copies"), self.copies_note)
        form.addRow(_("After the deadline"), self.late_note)
        form.addRow(_("Background"), self.background)
        return page

    def _make_tabs(self, result, letter_languages: tuple[str, ...]) -> None:
        """One tab per part of the case; a tab longer than the screen scrolls."""
        self.tabs = QTabWidget()
        self.tabs.addTab(VerticalScroller(self._case_page()), _("The case"))
        self.tabs.addTab(VerticalScroller(self._asks_page(getattr(result, "model_letter", ""))), _("Requests"))
        self.tabs.addTab(VerticalScroller(self.recipients), _("Recipients"))
        self.tabs.addTab(VerticalScroller(self._notes_page()), _("Notes and background"))
        translatable = {code: language_label(code, babel_locale()) for code in letter_languages
                        if code != result.case.source_language}
        self.request_kinds = RequestKindsEditor(
            {code: language_label(code, babel_locale()) for code in letter_languages},
            self._case_without_translations)
        self.kinds_tab = self.tabs.addTab(VerticalScroller(self.request_kinds), _("What is asked"))
        self.ask_translations = AskTranslationEditor(translatable, self._case_with_kinds)
        self.translations_tab = self.tabs.addTab(VerticalScroller(self.ask_translations), _("Translate requests"))
        self.name_forms = NameFormsEditor(self._case_without_translations)
        self.names_tab = self.tabs.addTab(VerticalScroller(self.name_forms), _("Names in other scripts"))
        self.tabs.currentChanged.connect(self._tab_shown)

    def _tab_shown(self, index: int) -> None:
        if index == self.translations_tab:
            self.ask_translations.refresh()
        elif index == self.kinds_tab:
            self.request_kinds.refresh()
        elif index == self.names_tab:
            self.name_forms.refresh()

    def _with_reason(self, key: str, field: QWidget) -> QWidget:
        """A field UA Desktop was unsure of: marked, with the reason in
        words beside it (not only on hover), readable in any theme."""
        reason = self._unsure.get(key)
        if not reason:
            return field
        field.setStyleSheet(UNSURE_STYLE)
        field.setToolTip(reason)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        note = plain_label("⚠  " + reason, object_name="unsureReason")
        column.addWidget(note)
        self.unsure_reasons[key] = note
        return box

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.window() is self and new is not self.source:
            show_passage(self.source, field_text(new))

    def _lay_out(self, source_text: str) -> None:
        """The sheet beside the tabs, the buttons below, always in view."""
        source = QPlainTextEdit(source_text)
        source.setReadOnly(True)
        source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)  # no sideways scrolling
        source.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the sheet, not the UI, decides
        source.setAccessibleName(_("The text of the sheet"))
        self.source = source
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(plain_label(_("The sheet as it was read"), object_name="subHeading"))
        left_layout.addWidget(source)
        splitter.addWidget(left)
        left.setVisible(bool(source_text))  # an open case has no sheet text to show
        splitter.addWidget(self.tabs)
        splitter.setSizes([420, 780])
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(_(
            "Check what UA Desktop found in the sheet. Correct anything that is wrong; fields marked in "
            "yellow are ones it was unsure of."), object_name="note"))
        layout.addWidget(self.problems)
        layout.addWidget(self.checks)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._button_row())

    def _button_row(self) -> QHBoxLayout:
        self.save_button = QPushButton(_("Save case file…"))
        self.use_button = QPushButton(_("Write letters for this case"))
        self.use_button.setObjectName("primary")
        apply_role_style(self.use_button, "primary")
        cancel = QPushButton(_("Cancel"))
        self.save_button.clicked.connect(self._save_requested)
        self.use_button.clicked.connect(self._use)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.use_button)
        return buttons

    # ------------------------------------------------------------ widgets
    def _line(self, text: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setCursorPosition(0)  # a long value is shown from its start
        edit.setAccessibleName(accessible)
        edit.textChanged.connect(self._refresh)
        return edit

    def _text(self, text: str, accessible: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(26 + 20 * lines)
        edit.textChanged.connect(self._refresh)
        return edit

    # ------------------------------------------------------------ state
    def case(self) -> Case:
        """The case with every correction applied."""
        case = self._case_with_kinds()
        return replace(case, asks=self.ask_translations.apply(case.asks), people=self.name_forms.apply(case.people))

    def _case_with_kinds(self) -> Case:
        return self.request_kinds.apply_to(self._case_without_translations())

    def _case_without_translations(self) -> Case:
        base = self._base
        old_people = {p.name: p for p in base.people}
        people = tuple(old_people.get(name, Person(name))
                       for name in (clean_line(x) for x in self.people.toPlainText().splitlines()) if name)
        sheet_language = self.sheet_language.currentData() or base.source_language
        old_asks = {a.text: a for a in base.asks} if sheet_language == base.source_language else {}
        asks = tuple(old_asks.get(text, Ask(text))
                     for text in (clean_line(x).rstrip(" ;.") for x in self.asks.toPlainText().splitlines()) if text)
        if sheet_language != base.source_language:  # read in the language the user says the sheet is in
            asks = recognised_asks(asks, sheet_language, people)
        languages = tuple(self.languages.item(i).data(Qt.ItemDataRole.UserRole)
                          for i in range(self.languages.count())
                          if self.languages.item(i).checkState() == Qt.CheckState.Checked)
        deadline = None
        if not self.no_deadline.isChecked():
            q = self.deadline.date()
            deadline = dt.date(q.year(), q.month(), q.day())
        return replace(
            base, title=clean_line(self.title.text()), ua_number=clean_line(self.ua_number.text()),
            index_number=clean_line(self.index_number.text()), country=clean_line(self.country.text()),
            deadline=deadline, write_languages=languages, people=people, asks=asks, source_language=sheet_language,
            summary=clean_text(self.summary.toPlainText()).strip(), recipients=self.recipients.recipients(),
            copies_note=clean_text(self.copies_note.toPlainText()).strip(),
            late_note=clean_text(self.late_note.toPlainText()).strip(),
            background=clean_text(self.background.toPlainText()).strip(),
        )

    def missing(self):
        return missing_fields(self.case(), self._has_model_letter)

    def _refresh(self, *_args) -> None:
        case = self.case()
        missing = missing_fields(case, self._has_model_letter)
        if missing:
            self.problems.setText(_("Before a letter can be written, this is still needed:") + "\n"
                                  + "\n".join(f"•  {note.message}" for note in missing))
        self.problems.setVisible(bool(missing))
        doubts = doubtful_fields(case)
        self.checks.setText("\n".join(f"⚠  {note.message}" for note in doubts))
        self.checks.setVisible(bool(doubts))
        self.use_button.setEnabled(not missing)
        self.use_button.setToolTip(_("Fill in what is missing first.") if missing else "")

    def _save_requested(self) -> None:
        if self.on_save is not None:
            self.on_save(self.case())

    def _use(self) -> None:
        if not self.missing():
            self.wants_to_use = True
            self.accept()
