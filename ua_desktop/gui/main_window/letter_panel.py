"""Step 5: the letter itself — a page the user can edit, a bar that speaks
up when their edits no longer match the choices, and the ways to send it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QVBoxLayout, QWidget

from ua_desktop.core.letters.session import LetterState
from ua_desktop.gui.flow_layout import FlowRow
from ua_desktop.gui.main_window.untranslated_notice import UntranslatedNotice
from ua_desktop.gui.style import apply_role_style
from ua_desktop.gui.widgets import StepBox, big_button, plain_label
from ua_desktop.i18n import _, pgettext


class LetterEditor(QPlainTextEdit):
    """The letter page. Tells apart the user's typing from the app's
    redrafts, so only real edits are reported."""

    user_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("letter")
        apply_role_style(self, "letter")
        self.document().setDocumentMargin(16)
        self.setAccessibleName(_("Your letter"))
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setTabChangesFocus(True)  # Tab goes on to Save and Print (a letter needs no tab characters)
        font = QFont("Times New Roman")
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSize(12)
        self.setFont(font)
        self._setting = False
        self.textChanged.connect(self._text_changed)

    def show_text(self, text: str, *, undoable: bool = False) -> None:
        if text == self.toPlainText():
            return
        self._setting = True
        try:
            if undoable:
                cursor = self.textCursor()
                cursor.beginEditBlock()
                cursor.select(QTextCursor.SelectionType.Document)
                cursor.insertText(text)
                cursor.endEditBlock()
                self.moveCursor(QTextCursor.MoveOperation.Start)
            else:
                bar = self.verticalScrollBar().value()
                self.setPlainText(text)
                self.verticalScrollBar().setValue(bar)
        finally:
            self._setting = False

    def set_right_to_left(self, rtl: bool) -> None:
        """The letter's direction, whatever the window's: every paragraph
        of an Arabic letter runs right to left, Latin address lines too,
        as in the DOCX and the printout."""
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        option = self.document().defaultTextOption()
        if option.textDirection() != direction:
            option.setTextDirection(direction)
            # explicit sides: a text layout does not mirror "leading"
            option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            self.document().setDefaultTextOption(option)

    def _text_changed(self) -> None:
        if not self._setting:
            self.user_edited.emit(self.toPlainText())


class LetterPanel(StepBox):
    redraft_requested = Signal()
    save_requested = Signal()
    translate_requested = Signal()
    print_requested = Signal()
    copy_email_text_requested = Signal()
    open_email_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(5, _("Your letter"), parent)
        self.note = self.add(plain_label(
            _("Read it through. You can change any of the words before you save or send it."), object_name="note"))
        self.banner = QFrame()
        self.banner.setObjectName("outOfDate")
        apply_role_style(self.banner, "outOfDate")
        banner_row = QVBoxLayout(self.banner)
        banner_row.setContentsMargins(10, 6, 10, 6)
        self.banner_text = plain_label(_(
            "You changed the letter, so it was not rewritten for your new choices. It may not match them."))
        self.redraft_button = big_button(_("Write it again for my choices"))
        self.redraft_button.setToolTip(_("Your changes are replaced. Undo (Ctrl+Z) brings them back."))
        self.redraft_button.clicked.connect(self.redraft_requested)
        banner_row.addWidget(self.banner_text)
        banner_row.addWidget(self.redraft_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.banner.hide()
        self.add(self.banner)
        self.problem = self.add(plain_label(object_name="problem"))
        self.problem.hide()
        self.untranslated_box = UntranslatedNotice()
        self.untranslated = self.untranslated_box.label
        self.translate_button = self.untranslated_box.translate_button
        self.untranslated_box.translate_requested.connect(self.translate_requested)
        self.add(self.untranslated_box)
        self.editor = self.add(LetterEditor(), stretch=1)

        self.save_button = big_button(pgettext("main window", "&Save letter…"))
        self.save_button.setObjectName("primary")
        apply_role_style(self.save_button, "primary")
        self.save_button.setMinimumHeight(40)
        self.save_button.setToolTip(_("Save the letter as a Word document to print or send"))
        self.save_button.clicked.connect(self.save_requested)
        self.print_button = big_button(pgettext("main window", "&Print…"))
        self.print_button.setToolTip(_("Print the letter, with a preview first"))
        self.print_button.clicked.connect(self.print_requested)
        self.copy_email_button = big_button(pgettext("main window", "Cop&y whole email"))
        self.copy_email_button.setToolTip(_("Copies the address, subject and letter, to paste into any email"))
        self.copy_email_button.clicked.connect(self.copy_email_text_requested)
        self.open_email_button = big_button(pgettext("main window", "Open in email pro&gram"))
        self.open_email_button.clicked.connect(self.open_email_requested)
        # One row that wraps: on a small laptop, or in a longer language,
        # the email buttons go onto a second line instead of off the screen.
        self.send_row = FlowRow()
        for button in (self.save_button, self.print_button, self.copy_email_button, self.open_email_button):
            self.send_row.addWidget(button)
        self.add(self.send_row)

    def show_state(self, state: LetterState, *, undoable: bool = False, initial: bool = False) -> None:
        """Show the letter; once the user has edited it, only on the first
        showing (their text is already on screen after that)."""
        if state.letter is not None and (initial or not state.edited):
            self.editor.set_right_to_left(state.letter.right_to_left)  # before the text is laid out
            self.editor.show_text(state.letter.text, undoable=undoable)
        self.banner.setVisible(state.out_of_date)
        self.problem.setText(state.problem)
        self.problem.setVisible(bool(state.problem))
        self.untranslated_box.show_requests(state.letter.untranslated if state.letter else ())
        has_letter = state.letter is not None
        self.save_button.setEnabled(has_letter)
        self.print_button.setEnabled(has_letter)

    def enable_email(self, has_email: bool) -> None:
        self.copy_email_button.setEnabled(has_email)
        self.open_email_button.setEnabled(has_email)
        tip = "" if has_email else _("The case sheet gives no email address for this recipient.")
        self.copy_email_button.setToolTip(tip or _("Copies the address, subject and letter, to paste into any email"))
        self.open_email_button.setToolTip(tip)
