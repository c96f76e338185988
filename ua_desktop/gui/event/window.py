"""The letter-writing event window: one computer, a queue of writers.

A separate window in large type leads each writer through five steps (the
case, whom to write to, the language, their name and town, the letter),
then print, save or email. "Next writer" clears everything the writer
typed (fields, letter, undo history, clipboard, the session's sender) and
moves the wording on, so the next letter reads differently. Nothing
personal is written anywhere: the window has no autosave and writes no
settings; the letter actions get an in-memory `EventSettings`. The counts
(`Tally`) and the recipients added at the event hold no personal details.

Open it with `open_event_window(parent, cases, data_dir, page_size)`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.storage.atomic import SaveError
from ua_desktop.core.case.model import Case
from ua_desktop.core.events.event import EventLetterSession, LetterEvent, SignUp
from ua_desktop.core.letters.session import LetterState
from ua_desktop.core.events.tally import Tally
from ua_desktop.gui.dialogs import seam as dialogs
from ua_desktop.gui.settings import Settings
from ua_desktop.gui.event.actions import (
    EventLetterActions,
    EventSettings,
    WriterCounter,
    documents_folder,
)
from ua_desktop.gui.event.choices import EventChoices
from ua_desktop.gui.event.sending import LetterSending
from ua_desktop.gui.event.steps import (
    CASE,
    LANGUAGE,
    LETTER,
    RECIPIENT,
    WRITER,
    CaseStep,
    LanguageStep,
    LetterStep,
    RecipientStep,
    WriterStep,
)
from ua_desktop.gui.event.widgets import EVENT_POINT_SIZE, StepStack, button, event_font
from ua_desktop.gui.printing.actions import PrintActions
from ua_desktop.gui.dialog_type import TAKE_WINDOW_TYPE, install_dialog_type
from ua_desktop.gui.focus_ring import install_focus_rings
from ua_desktop.gui.saved_bar import SavedBar
from ua_desktop.gui.screen_fit import VerticalScroller, fit_to_screen
from ua_desktop.gui.widgets import plain_label
from ua_desktop.i18n import _, current_language

__all__ = ["CASE", "RECIPIENT", "LANGUAGE", "WRITER", "LETTER", "EventWindow", "open_event_window"]


class EventWindow(EventChoices, LetterSending, QMainWindow):
    def __init__(self, cases: list[Case], data_dir: Path, *, page_size: str = "A4",
                 today: Callable[[], dt.date] = dt.date.today, event: LetterEvent | None = None,
                 tally: Tally | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.letter_event = event or LetterEvent(cases, data_dir)
        self.tally = tally or Tally(data_dir)
        self.session = EventLetterSession(self.letter_event.cases[0], letter_date=today(),
                                          wording=self.letter_event.wording, writer_language=current_language())
        self.today = today
        #: Where the organiser's PIN is kept (hashed): the app's settings, or the event's own.
        self.pin_settings = getattr(parent, "settings", None) or Settings(data_dir / "event-settings.ini")
        self.case_index = 0
        self._letter_shown = False  # this writer has reached their letter
        self.counter = WriterCounter(self.letter_event, self.tally)
        self.settings = EventSettings(page_size, documents_folder())
        self.letter_actions = EventLetterActions(self, self.session, self.settings, self.tell)
        self.print_actions = PrintActions(self, self.session, self.settings, self.tell)
        self._ask_for_a_name()
        self.setWindowTitle(_("Letter-writing event — UA Desktop"))
        event_font(self, EVENT_POINT_SIZE)
        install_focus_rings()  # a keyboard user sees where they are, in every theme
        self.setProperty(TAKE_WINDOW_TYPE, True)  # questions and file dialogs in the large type too
        install_dialog_type()
        fit_to_screen(self, QSize(1200, 900))
        self._build()
        self._connect()
        self._show_case()
        self.go_to(CASE)
        if self.tally.problem:
            self.tell(self.tally.problem)
        self.letter_event.signups()  # a damaged sign-up list is set aside now, not overwritten later
        if self.letter_event.damage_notices:
            dialogs.show_info(self, _("A damaged file was kept"),
                              "\n\n".join(notice.message for notice in self.letter_event.damage_notices))

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.setSpacing(6)
        layout.addLayout(self._top_row())
        self.case_step, self.recipient_step = CaseStep(), RecipientStep()
        self.language_step, self.writer_step, self.letter_step = LanguageStep(), WriterStep(), LetterStep()
        self.steps = [self.case_step, self.recipient_step, self.language_step, self.writer_step, self.letter_step]
        self.stack = StepStack()
        for page in self.steps:
            scroller = VerticalScroller(page)  # a long page scrolls; the buttons stay put
            scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls; the page follows them
            self.stack.addWidget(scroller)
        middle = QHBoxLayout()
        middle.setSpacing(12)
        middle.addWidget(self.stack, 1)
        middle.addWidget(self.letter_step.actions)  # on the last step: print, save, send, beside the letter
        layout.addLayout(middle, 1)
        self.saved_bar = self._saved_bar()
        self.letter_step.saved_place.addWidget(self.saved_bar)  # success shown on the page, under the letter
        nav = QHBoxLayout()
        self.back_button = button(_("← &Back"), _("Back to the previous step"))
        self.next_button = button(_("Ne&xt →"), _("Next step"), primary=True)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)
        self.setCentralWidget(central)
        self._add_shortcuts()

    def _top_row(self) -> QHBoxLayout:
        """The writer's number, the step as the heading, Organiser, Next writer."""
        top = QHBoxLayout()
        self.writer_label = plain_label(wrap=False)
        event_font(self.writer_label, EVENT_POINT_SIZE)
        self.writer_label.setAccessibleName(_("Writer number"))
        self.step_label = plain_label()  # the page's heading: "Step 5 of 5: Your letter"
        event_font(self.step_label, EVENT_POINT_SIZE + 4, bold=True)
        self.step_label.setAccessibleName(_("Step"))
        self.organiser_button = button(_("&Organiser…"), _("Organiser: letter counts and sign-up list"))
        # not in bold like "Next →", so that the two do not look alike
        self.next_writer_button = button(_("Next &writer"), _("Next writer: clear everything for the next person"),
                                         tooltip=_("Clears your name, your letter and everything you typed"))
        top.addWidget(self.writer_label)
        top.addWidget(self.step_label, 1)
        top.addWidget(self.organiser_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.next_writer_button, 0, Qt.AlignmentFlag.AlignTop)
        return top

    def _saved_bar(self) -> SavedBar:
        bar = SavedBar(lambda _path: self.print_letter(), button_factory=lambda text: button(text, text))
        for widget, text in ((bar.open_button, _("Ope&n")), (bar.folder_button, _("Show fo&lder")),
                             (bar.hide_button, _("OK, &hide this"))):
            widget.setText(text)  # an Alt key of its own, none of the window's other keys
        for part in (bar, *bar.findChildren(QWidget)):
            event_font(part)  # its style sheet keeps it from taking the window's large type
        return bar

    def _add_shortcuts(self) -> None:
        self.full_screen_action = QAction(_("Full screen"), self)
        self.full_screen_action.setShortcut(QKeySequence(QKeySequence.StandardKey.FullScreen))
        self.full_screen_action.triggered.connect(self.toggle_full_screen)
        self.addAction(self.full_screen_action)
        self.save_action = QAction(_("Save letter"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(self.save_letter)
        self.print_action = QAction(_("Print letter"), self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self.print_letter)
        for action in (self.save_action, self.print_action):
            action.setEnabled(False)
            self.addAction(action)

    def _connect(self) -> None:
        s = self.session
        s.subscribe(self._state_changed)
        self.case_step.case_chosen.connect(self.choose_case)
        self.case_step.chosen_and_confirmed.connect(self.go_next)  # a double click
        self.recipient_step.recipient_chosen.connect(self.choose_recipient)
        self.recipient_step.chosen_and_confirmed.connect(self.go_next)
        self.recipient_step.add_requested.connect(self.add_recipient)
        self.recipient_step.covered_changed.connect(self._covered_changed)
        self.language_step.language_chosen.connect(self.choose_language)
        self.writer_step.sender_changed.connect(s.set_sender)
        ls = self.letter_step
        ls.personal_changed.connect(s.set_personal)
        ls.editor.user_edited.connect(s.record_edit)
        ls.different_wording_requested.connect(self.different_wording)
        ls.print_requested.connect(self.print_letter)
        ls.save_requested.connect(self.save_letter)
        ls.pdf_requested.connect(self.save_pdf)
        ls.email_requested.connect(self.email_letter)
        ls.copy_email_requested.connect(self.copy_email)
        ls.another_recipient_requested.connect(lambda: self.go_to(RECIPIENT))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.next_writer_button.clicked.connect(self.next_writer)
        self.organiser_button.clicked.connect(self.show_organiser)

    # ------------------------------------------------------------ steps
    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, step: int) -> None:
        step = max(CASE, min(LETTER, step))
        self.stack.setCurrentIndex(step)
        page = self.steps[step]
        self.step_label.setText(_("Step {number} of {count}: {title}").format(
            number=step + 1, count=len(self.steps), title=page.title))
        self.back_button.setEnabled(step > CASE)
        self._show_next(finished=step == LETTER)
        self.letter_step.show_actions(step == LETTER)
        if step != LETTER:
            self.saved_bar.hide()
        self.save_action.setEnabled(step == LETTER)
        self.print_action.setEnabled(step == LETTER)
        if step == RECIPIENT:
            self._show_recipients()
        elif step == WRITER:
            self.writer_step.show_signup(self.letter_event.signups_enabled)
        elif step == LETTER:
            self._letter_shown = True
            self._show_letter(self.session.state)
            self._show_done()
        page.first_control().setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_next(self, finished: bool) -> None:
        """On the last step "Next →" becomes the way to finish: it hands the
        window to the next writer (asking first if the letter has not gone)."""
        if finished:
            self.next_button.setText(_("&I have finished"))
            self.next_button.setAccessibleName(_("I have finished: clear everything for the next writer"))
            self.next_button.setToolTip(_("Clears your name, your letter and everything you typed"))
        else:
            self.next_button.setText(_("Ne&xt →"))
            self.next_button.setAccessibleName(_("Next step"))
            self.next_button.setToolTip("")

    def go_next(self) -> None:
        if self.step < LETTER:
            self.go_to(self.step + 1)
        else:
            self.next_writer()

    def go_back(self) -> None:
        if self.step > CASE:
            self.go_to(self.step - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves on from the choosing steps (the letter takes Enter
        as a new line)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.step < LETTER \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if self.focusWidget() in (self.writer_step.name, self.writer_step.town):
                self.focusNextChild()  # Enter in the name goes on to the town, then the country
            else:
                self.go_next()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ showing
    def _show_case(self) -> None:
        cases = self.letter_event.cases
        self.case_step.show_cases(cases, self.case_index, self.today())
        self.case_step.show_summary(self.session.case)
        self.language_step.show_languages(self.session.languages(), self.session.language,
                                          self.session.case.own_language_welcome)
        self.writer_label.setText(_("Writer {number}").format(number=self.letter_event.writer_number))
        self._show_recipient_contact()

    def _show_recipients(self) -> None:
        case = self.session.case
        recipients = case.recipients
        covered = [self.letter_event.is_covered(case, r) for r in recipients]
        extra_from = len(recipients) - len(self.letter_event.extra_recipients(case))
        self.recipient_step.show_recipients(recipients, covered, self.session.recipient_index, extra_from,
                                            case.copies_note)

    def _show_recipient_contact(self) -> None:
        recipient = self.session.recipient
        self.letter_step.enable_email(bool(recipient and recipient.emails))

    def _show_done(self) -> None:
        case = self.session.case
        done = [r.name for r in case.recipients if self.letter_event.is_covered(case, r)]
        left = [r.name for r in case.recipients if not self.letter_event.is_covered(case, r)]
        text = _("You have written to: {names}.").format(names=", ".join(done)) if done else ""
        if done and left:
            text += "\n" + _("Still on the sheet: {names}. Press “Write to another recipient”.").format(
                names=", ".join(left))
        self.letter_step.show_done(text)
        self.bring_news_into_view()

    def bring_news_into_view(self) -> None:
        """On a short screen the letter's page scrolls: once the layout has
        made room, show the saved message and whom the writer has written to."""
        def show() -> None:
            page = self.stack.widget(LETTER)
            for news in (self.saved_bar, self.letter_step.done):
                if news.isVisible():
                    page.ensureWidgetVisible(news, 0, 0)

        QTimer.singleShot(0, show)

    def _state_changed(self, state: LetterState) -> None:
        if self.step == LETTER:
            self._show_letter(state)

    def _show_letter(self, state: LetterState) -> None:
        letter = state.letter
        if letter is not None and not state.edited:
            self.letter_step.show_letter(letter.text, letter.right_to_left, state.problem)
        else:
            problem = state.problem or (_(
                "You changed the letter, so it was not written again for your new choices. Add your sentence "
                "to the letter yourself, or press “Different wording” to start from a fresh letter.")
                if state.out_of_date else "")
            self.letter_step.problem.setText(problem)
            self.letter_step.problem.setVisible(bool(problem))
        has_letter = letter is not None
        for widget in (self.letter_step.print_button, self.letter_step.save_button, self.letter_step.pdf_button):
            widget.setEnabled(has_letter)

    # ------------------------------------------------------------ next writer
    def next_writer(self) -> bool:
        if self._has_unsent_letter() and not dialogs.ask_yes_no(
                self, _("Start again for the next writer?"),
                _("This letter has not been printed, saved or sent. Everything on the screen will be cleared."),
                _("Clear for the next writer"), _("Go back to the letter")):
            return False
        self._sign_up()
        personal = [self.writer_step.name.text(), self.writer_step.town.text(), self.letter_step.personal.text(),
                    self.letter_step.editor.toPlainText().strip()]
        self.letter_actions.clear_clipboard([clean for clean in (p.strip() for p in personal) if len(clean) >= 3])
        self.letter_event.next_writer()
        self.counter.forget_writer()
        self._letter_shown = False
        self.saved_bar.forget()
        self.writer_step.clear()
        self.letter_step.clear()
        self.settings.forget_writer()
        dialogs.forget_file_dialog_history()
        self.letter_actions.last_saved_text = ""
        self.case_index = 0
        self.session.start_writer(self.letter_event.wording)
        self.session.open_case(self.letter_event.cases[0])
        self.statusBar().clearMessage()
        self._show_case()
        self.go_to(CASE)
        self.tell(_("Welcome! Choose a case to write about."))
        return True

    def _has_unsent_letter(self) -> bool:
        """A letter the writer has seen or changed, and not yet printed,
        saved or sent (a name typed before any letter is no letter)."""
        wrote = self.session.edited or self._letter_shown
        return wrote and not self.counter.anything_sent

    def _sign_up(self) -> None:
        if not (self.letter_event.signups_enabled and self.writer_step.signup.isChecked()):
            return
        sender = self.writer_step.sender()
        try:
            self.letter_event.add_signup(SignUp(sender.name, sender.town, sender.country, self.session.language))
        except SaveError as error:
            dialogs.show_error(self, _("The sign-up list was not saved"), str(error))

    # ------------------------------------------------------------ organiser
    def show_organiser(self) -> bool:
        """The organiser's panel, after the organiser's PIN."""
        from ua_desktop.gui.event.organiser_lock import organiser_unlocked
        from ua_desktop.gui.event.tally_view import OrganiserPanel

        if not organiser_unlocked(self, self.pin_settings):
            return False
        panel = OrganiserPanel(self.tally, self.letter_event, self)
        dialogs.show_organiser_panel(self, panel)
        self.writer_step.show_signup(self.letter_event.signups_enabled)
        panel.deleteLater()
        return True

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def tell(self, message: str) -> None:
        self.statusBar().showMessage(message, 15_000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._has_unsent_letter() and not dialogs.ask_yes_no(
                self, _("End the event?"), _("This letter has not been printed, saved or sent. Close anyway?"),
                _("Close"), _("Go back to the letter")):
            event.ignore()
            return
        self._sign_up()
        self.letter_actions.clear_clipboard([self.writer_step.name.text().strip()])
        self.session.unsubscribe(self._state_changed)
        event.accept()


def open_event_window(parent: QWidget | None, cases: list[Case], data_dir: Path, page_size: str = "A4",
                      today: Callable[[], dt.date] = dt.date.today) -> EventWindow:
    """Open the event window (maximised) for `cases` — the cases the
    organiser offers (from the library's `offered_entries()`, or the case
    on screen)."""
    window = EventWindow(cases, data_dir, page_size=page_size, today=today, parent=parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.showMaximized()
    return window
