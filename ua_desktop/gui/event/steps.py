"""The five pages of the event flow: the case, the recipient, the
language, the writer, the letter. Each page only shows and reports; the
event window connects them to the session and the event."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.case.deadline import deadline_in_words
from ua_desktop.core.library.entry import NO_FURTHER_ACTION
from ua_desktop.core.case.model import Case, Recipient, RecipientRole
from ua_desktop.core.events.event import MAX_PERSONAL_CHARS
from ua_desktop.core.letters.letter import Sender
from ua_desktop.core.letters.languages import LetterLanguage
from ua_desktop.core.text import clean_line
from ua_desktop.gui.event.widgets import (
    BIG_TICK_BOXES,
    BUTTON_HEIGHT,
    TickBox,
    button,
    event_font,
    hint,
    labelled_line,
)
from ua_desktop.gui.main_window.language_picker import fill_language_combo, language_hint
from ua_desktop.gui.main_window.letter_panel import LetterEditor
from ua_desktop.gui.widgets import plain_label
from ua_desktop.i18n import _

#: The letter box is never shorter than this (pixels: four lines of the letter's type).
LETTER_MIN_HEIGHT = 110
#: The steps, in their order.
CASE, RECIPIENT, LANGUAGE, WRITER, LETTER = range(5)


class StepPage(QWidget):
    """A page: a line of help, then its controls. Its `title` is the
    window's heading while the page is shown (one heading, in the window's
    top row, leaves the page's height to its controls)."""

    def __init__(self, title: str, help_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.setAccessibleName(title)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(8)
        self.layout_.setContentsMargins(0, 4, 0, 0)
        self.help = hint(help_text)
        self.layout_.addWidget(self.help)

    def first_control(self) -> QWidget:
        raise NotImplementedError


def _big_list(accessible: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(accessible)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setWordWrap(True)
    widget.setSpacing(4)
    widget.setMinimumHeight(4 * BUTTON_HEIGHT)
    widget.setStyleSheet("QListWidget" + BIG_TICK_BOXES)  # the recipients' "written to" ticks
    event_font(widget)
    return widget


class CaseStep(StepPage):
    case_chosen = Signal(int)
    chosen_and_confirmed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(_("Which case do you want to write about?"),
                         _("Choose a case with the arrow keys, then press Enter or “Next”."), parent)
        self.list = _big_list(_("Cases"))
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.chosen_and_confirmed.emit())
        self.layout_.addWidget(self.list, 2)
        self.summary = plain_label(selectable=True)
        self.summary.setAccessibleName(_("About this case"))
        self.layout_.addWidget(self.summary, 1)

    def show_cases(self, cases: list[Case], selected: int, today: dt.date) -> None:
        """Each case with its deadline in words ("3 days left", "Deadline passed")."""
        self.list.blockSignals(True)
        self.list.clear()
        for case in cases:
            when = deadline_in_words(case.deadline, today, case.status == NO_FURTHER_ACTION)
            where = " · ".join(part for part in (case.country, case.ua_number, when) if part)
            text = case.people_names + (f"\n{where}" if where else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
            self.list.addItem(item)
        self.list.setCurrentRow(max(0, min(selected, len(cases) - 1)))
        self.list.blockSignals(False)

    def show_summary(self, case: Case) -> None:
        asks = "\n".join(f"•  {ask.text}" for ask in case.asks)
        parts = [case.summary, _("The case asks the authorities to:") + "\n" + asks if asks else ""]
        self.summary.setText("\n\n".join(part for part in parts if part))

    def first_control(self) -> QWidget:
        return self.list

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.case_chosen.emit(row)


class RecipientStep(StepPage):
    recipient_chosen = Signal(int)
    chosen_and_confirmed = Signal()
    add_requested = Signal()
    #: The writer ticked or unticked "written to" for a recipient (row, ticked).
    covered_changed = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(_("Who are you writing to?"), _(
            "Write to the main recipient first. Letters to the people who get copies, and to the embassy, "
            "help too. The list is ticked when you have written to someone; press Space to tick or untick it "
            "yourself."), parent)
        self.copies_note = plain_label()
        self.copies_note.hide()
        self.layout_.addWidget(self.copies_note)
        self.list = _big_list(_("Recipients: ticked when you have written to them"))
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.chosen_and_confirmed.emit())
        self.layout_.addWidget(self.list, 1)
        self.covered = plain_label()
        self.covered.setAccessibleName(_("Recipients you wrote to"))
        self.layout_.addWidget(self.covered)
        row = QHBoxLayout()
        self.add_button = button(_("&Add a recipient not on the sheet…"), _("Add a recipient not on the sheet"),
                                 tooltip=_("For example the embassy of the case's country in your country"))
        self.add_button.clicked.connect(self.add_requested)
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.layout_.addLayout(row)

    def show_recipients(self, recipients: tuple[Recipient, ...], covered: list[bool], selected: int,
                        extra_from: int, copies_note: str = "") -> None:
        """`extra_from`: recipients from this index on were added at the event."""
        self.copies_note.setText(copies_note)
        self.copies_note.setVisible(bool(copies_note))
        self.list.blockSignals(True)
        self.list.clear()
        for index, (recipient, done) in enumerate(zip(recipients, covered)):
            lines = [recipient.name]
            if recipient.title:
                lines.append(recipient.title)
            role = _("Copy of your letter") if recipient.role is RecipientRole.COPY else _("Main recipient")
            if index >= extra_from:
                role = _("{role} (added at this event)").format(role=role)
            lines.append(role)
            if done:
                lines.append(_("You have written to them"))
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(lines))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(max(0, min(selected, len(recipients) - 1)))
        self.list.blockSignals(False)
        names_done = [r.name for r, done in zip(recipients, covered) if done]
        names_left = [r.name for r, done in zip(recipients, covered) if not done]
        if not names_done:
            text = _("You have not written to anyone yet.")
        elif not names_left:
            text = _("You have written to everyone on the list. Thank you!")
        else:
            text = _("You have written to: {done}.\nNot yet: {left}.").format(done=", ".join(names_done),
                                                                              left=", ".join(names_left))
        self.covered.setText(text)

    def first_control(self) -> QWidget:
        return self.list

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.recipient_chosen.emit(row)

    def _item_changed(self, item: QListWidgetItem) -> None:
        self.covered_changed.emit(self.list.row(item), item.checkState() == Qt.CheckState.Checked)


class LanguageStep(StepPage):
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(_("In which language will you write?"), "", parent)
        label, self.combo = _labelled_combo(_("&Language of the letter"), _("Language of the letter"))
        self.combo.currentIndexChanged.connect(self._index_changed)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.combo)
        self.layout_.addStretch(1)

    def show_languages(self, languages: list[tuple[LetterLanguage, bool]], selected: str,
                       own_language_welcome: bool = True) -> None:
        asked = fill_language_combo(self.combo, languages, selected)
        self.help.setText(language_hint(asked, own_language_welcome))

    def first_control(self) -> QWidget:
        return self.combo

    def _index_changed(self, index: int) -> None:
        code = self.combo.itemData(index)
        if code:
            self.language_chosen.emit(code)


class WriterStep(StepPage):
    sender_changed = Signal(object)  # Sender

    def __init__(self, parent: QWidget | None = None):
        super().__init__(_("About you"), _(
            "Your name and town go under your letter. Nothing you type here is kept on this computer: "
            "it is cleared when you press “Next writer”."), parent)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        for attr, label_text, accessible, example in (
                ("name", _("Your &name"), _("Your name"), _("for example: Anna Schmidt")),
                ("town", _("Your &town"), _("Your town"), _("for example: Lyon")),
                ("country", _("Your &country"), _("Your country"), _("for example: France"))):
            label, edit = labelled_line(label_text, accessible, placeholder=example, object_name=f"event_{attr}")
            edit.textChanged.connect(self._changed)
            setattr(self, attr, edit)
            form.addRow(label, edit)
        self.layout_.addLayout(form)
        self.signup = TickBox(_("&Put me on the list for the next letter-writing evening (name, town, country "
                                 "and language only)"), _("Put me on the sign-up list"))
        self.signup.hide()
        self.layout_.addWidget(self.signup)
        self.layout_.addStretch(1)

    def sender(self) -> Sender:
        return Sender(clean_line(self.name.text()), clean_line(self.town.text()), clean_line(self.country.text()))

    def show_signup(self, offered: bool) -> None:
        self.signup.setVisible(offered)
        if not offered:
            self.signup.setChecked(False)

    def clear(self) -> None:
        for edit in (self.name, self.town, self.country):
            _forget(edit)
        self.signup.setChecked(False)

    def first_control(self) -> QWidget:
        return self.name

    def _changed(self) -> None:
        self.sender_changed.emit(self.sender())


class LetterStep(StepPage):
    personal_changed = Signal(str)
    different_wording_requested = Signal()
    print_requested = Signal()
    save_requested = Signal()
    pdf_requested = Signal()
    email_requested = Signal()
    copy_email_requested = Signal()
    another_recipient_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(_("Your letter"), _("Read it through and change any words you like."), parent)
        label, self.personal = labelled_line(
            _("One sentence &about you (optional)"), _("One sentence about you (optional)"),
            placeholder=_("for example: I am a teacher in Lyon and I think of him every day."),
            max_length=MAX_PERSONAL_CHARS, object_name="event_personal")
        self.personal.textChanged.connect(self.personal_changed)
        self.layout_.setSpacing(6)
        self.layout_.addWidget(label)
        self.layout_.addSpacing(-4)  # the label sits right on its field
        self.layout_.addWidget(self.personal)
        self.problem = plain_label()
        self.problem.setAccessibleName(_("Problem"))
        self.problem.hide()
        self.layout_.addWidget(self.problem)
        self.editor = _GrowingLetterEditor()
        self.editor.setTabChangesFocus(True)  # Tab moves on; the letter needs no tabs
        self.editor.setMinimumHeight(LETTER_MIN_HEIGHT)  # grows with the window; a short screen still shows the buttons
        font = self.editor.font()
        font.setPointSize(max(font.pointSize(), 15))
        self.editor.setFont(font)
        self.layout_.addWidget(self.editor, 1)
        #: Where the window puts the message that a letter was saved.
        self.saved_place = QVBoxLayout()
        self.layout_.addLayout(self.saved_place)
        self.done = plain_label()
        self.done.setAccessibleName(_("Recipients you wrote to"))
        self.done.hide()
        self.layout_.addWidget(self.done)
        self.actions = self._action_column()

    def _action_column(self) -> QWidget:
        """Print, save, send, other wording and "another recipient", one
        under the other beside the letter: the window keeps this column in
        view, and the letter has the whole height of the window."""
        self.print_button = button(_("&Print…"), _("Print the letter"), primary=True)
        self.save_button = button(_("&Save…"), _("Save the letter as a Word document"))
        self.pdf_button = button(_("Save as PD&F…"), _("Save the letter as PDF"))
        self.email_button = button(_("&Email…"), _("Open the letter in your email program"))
        self.copy_email_button = button(_("Copy whole e&mail"), _("Copy the whole email to paste it"))
        self.different = button(_("&Different wording"), _("Different wording"),
                                tooltip=_("The same requests in other words, so that letters are not identical"))
        self.another_button = button(_("Write to ano&ther recipient"), _("Write to another recipient of this case"))
        column = QWidget()
        column.setAccessibleName(_("Print, save or send the letter"))
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        for widget, signal in ((self.print_button, self.print_requested), (self.save_button, self.save_requested),
                               (self.pdf_button, self.pdf_requested), (self.email_button, self.email_requested),
                               (self.copy_email_button, self.copy_email_requested),
                               (self.different, self.different_wording_requested),
                               (self.another_button, self.another_recipient_requested)):
            widget.clicked.connect(signal)
            layout.addWidget(widget)
        layout.addStretch(1)
        column.hide()
        return column

    def show_actions(self, shown: bool) -> None:
        """The column shows on the letter's step only."""
        self.actions.setVisible(shown)

    def show_done(self, text: str) -> None:
        self.done.setText(text)
        self.done.setVisible(bool(text))

    def show_letter(self, text: str, right_to_left: bool, problem: str) -> None:
        self.editor.show_text(text)
        self.editor.set_right_to_left(right_to_left)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.show_sentence()

    def show_sentence(self) -> None:
        """Scroll the letter to the writer's own sentence, so that they see
        it where it goes (it is usually below the first screenful)."""
        sentence = clean_line(self.personal.text())
        found = self.editor.document().find(sentence) if sentence else None
        if found is None or found.isNull():
            return
        cursor = QTextCursor(found)
        cursor.clearSelection()
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()

    def visible_lines(self) -> int:
        """How many lines of the letter the letter box shows at once."""
        inside = self.editor.viewport().height() - 2 * self.editor.document().documentMargin()
        return int(inside // self.editor.fontMetrics().lineSpacing())

    def enable_email(self, has_email: bool) -> None:
        for widget in (self.email_button, self.copy_email_button):
            widget.setEnabled(has_email)
            widget.setToolTip("" if has_email else _("The case sheet gives no email address for this recipient."))

    def clear(self) -> None:
        _forget(self.personal)
        self.editor.show_text("")
        self.editor.document().clearUndoRedoStacks()
        self.show_done("")

    def first_control(self) -> QWidget:
        return self.personal


class _GrowingLetterEditor(LetterEditor):
    """Asks for no more than its minimum height and grows into whatever
    room the page has: on a short screen the page then needs no scrolling."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().sizeHint().width(), self.minimumHeight())


def _forget(edit) -> None:
    """Empty a line edit and its undo history (`clear()` could be undone)."""
    edit.blockSignals(True)
    edit.setText("")
    edit.setModified(False)
    edit.blockSignals(False)


def _labelled_combo(label_text: str, accessible: str):
    from PySide6.QtWidgets import QLabel

    from ua_desktop.gui.painted_looks import outline

    combo = QComboBox()
    combo.setAccessibleName(accessible)
    outline(combo)  # its edge shows on a dark or high-contrast background too
    combo.setMinimumHeight(BUTTON_HEIGHT - 8)
    label = QLabel(label_text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(combo)
    return label, combo
