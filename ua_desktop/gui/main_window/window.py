"""The main window: puts the five steps side by side and connects each
user action to the letter session. It holds no letter logic of its own."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow

from ua_desktop import APP_NAME, __version__
from ua_desktop.core.case.model import Case
from ua_desktop.core.case.casefile import CaseFileError, load_case
from ua_desktop.core.letters.drafting import LetterDrafter
from ua_desktop.core.letters.kept_letter import KeptLetter
from ua_desktop.core.letters.session import LetterSession, LetterState
from ua_desktop.gui.dialogs import seam as dialogs
from ua_desktop.gui.focus_ring import install_focus_rings
from ua_desktop.gui.first_frame import after_first_frame
from ua_desktop.gui.main_window.actions import build_actions
from ua_desktop.gui.main_window.case_panel import CasePanel
from ua_desktop.gui.main_window.columns import WindowColumns
from ua_desktop.gui.main_window.language_picker import LanguagePicker
from ua_desktop.gui.main_window.untranslated_notice import whole_letter_language
from ua_desktop.gui.review.import_actions import ImportActions
from ua_desktop.gui.main_window.letter_actions import LetterActions
from ua_desktop.gui.main_window.letter_panel import LetterPanel
from ua_desktop.gui.main_window.recipient_picker import RecipientPicker
from ua_desktop.gui.main_window.sender_form import SenderForm
from ua_desktop.gui.main_window.start_panel import is_example
from ua_desktop.gui.screen_fit import fit_to_screen
from ua_desktop.gui.settings import Settings
from ua_desktop.i18n import _
from ua_desktop.paths import sample_case_path

log = logging.getLogger(__name__)

#: The size the window asks for; a smaller screen gets all it offers.
PREFERRED_SIZE = QSize(1360, 880)


class MainWindow(QMainWindow):
    #: The case library's link to this window (ua_desktop.gui.library.setup.attach_library).
    library_hook = None

    #: The user chose another language for the window (a language code).
    window_language_chosen = Signal(str)

    def __init__(self, case: Case, settings: Settings, drafter: LetterDrafter | None = None,
                 today: Callable[[], dt.date] = dt.date.today, case_path: Path | None = None,
                 session: LetterSession | None = None, ui_language: str = "en", saved_text: str = "",
                 kept: KeptLetter | None = None):
        super().__init__()
        self.settings = settings
        self.today = today
        self.case_path = case_path
        self.ui_language = ui_language
        if session is None:  # the letter in the window's language when the case accepts it, drafted once
            session = LetterSession(drafter or LetterDrafter(), case, sender=settings.sender(),
                                    writer_language=ui_language, letter_date=today(), kept=kept)
        session.set_writer_language(ui_language)
        self.session = session
        self.setWindowTitle(APP_NAME)

        self.case_panel = CasePanel()
        self.recipients = RecipientPicker()
        self.languages = LanguagePicker()
        self.sender_form = SenderForm()
        self.letter_panel = LetterPanel()
        self._lay_out()

        self.letter_actions = LetterActions(self, self.session, settings, self.tell)
        self.letter_actions.last_saved_text = saved_text
        self.letter_actions.name_given = self.sender_form.name.setText  # fills in the sender, as typing would
        self.letter_actions.on_saved = self._show_saved
        self.import_actions = ImportActions(self, settings, lambda: tuple(drafter_codes(self.session)),
                                            self.use_case, self.open_case, self.tell)
        self.setAcceptDrops(True)
        self._print_actions = None
        self.actions = build_actions(self, ui_language)
        self._connect()
        self._show_case()
        self.sender_form.show_sender(self.session.sender, settings.remember_sender)
        (self.actions.page_letter if settings.page_size == "Letter" else self.actions.page_a4).setChecked(True)
        self.statusBar().showMessage(_("Choose whom to write to, then read your letter on the right."))
        self.set_text_size(settings.text_size)
        install_focus_rings()  # a keyboard user sees where they are, in every theme
        self.recipients.list.setFocus()  # the first choice to make: whom to write to
        self.columns.first_fit(fit_to_screen(self, PREFERRED_SIZE).width())
        if kept is not None:  # a kept letter on screen is drafted for real once it has been seen
            after_first_frame(self.letter_panel.editor.viewport(), self.session.settle_draft)

    # ------------------------------------------------------------ layout
    def _lay_out(self) -> None:
        """The steps beside the letter, one column of steps on a narrow window (`WindowColumns`)."""
        self.columns = WindowColumns(
            self, (self.case_panel, self.recipients, self.languages, self.sender_form, self.letter_panel),
            self.settings.show_start, lambda: self.print_actions.print_letter())
        self.start_panel = self.columns.start_panel
        self.saved_bar = self.columns.saved_bar
        self.steps_column = self.columns.steps_column

    @property
    def narrow(self) -> bool:
        """True when the case and the choices share one column."""
        return self.columns.narrow

    def _show_saved(self, message: str, path: Path, printable: bool = True) -> None:
        if self.start_panel.isVisibleTo(self):  # a letter saved: the welcome has done its job
            self.start_panel.hide()
            self._start_seen()
        self.saved_bar.show_saved(message, path, printable=printable)
        if self.narrow:  # scroll the steps to the message
            QTimer.singleShot(0, lambda: self.steps_column.ensureWidgetVisible(self.saved_bar))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.columns.fit_to_width(event.size().width())
        super().resizeEvent(event)

    def _connect(self) -> None:
        s, a, la = self.session, self.actions, self.letter_actions
        s.subscribe(self._state_changed)
        for code, act in a.window_languages.items():
            act.triggered.connect(lambda _checked=False, code=code: self._choose_window_language(code))
        self.recipients.recipient_chosen.connect(self._choose_recipient)
        self.languages.language_chosen.connect(s.choose_language)
        self.sender_form.sender_changed.connect(self._sender_changed)
        self.sender_form.remember_changed.connect(self._remember_changed)
        self.letter_panel.editor.user_edited.connect(s.record_edit)
        self.letter_panel.redraft_requested.connect(self._redraft)
        self.case_panel.open_case_requested.connect(lambda: self.open_case())
        self.recipients.copy_fax_requested.connect(la.copy_fax)
        self.recipients.copy_email_requested.connect(la.copy_email_address)
        self.letter_panel.save_requested.connect(la.save_letter)
        self.letter_panel.copy_email_text_requested.connect(la.copy_email_text)
        self.letter_panel.open_email_requested.connect(la.open_email)
        a.open_case.triggered.connect(lambda: self.open_case())
        a.paste_sheet.triggered.connect(lambda: self.import_actions.paste_sheet())
        a.open_sample.triggered.connect(lambda: self.open_case(sample_case_path()))
        a.save_letter.triggered.connect(la.save_letter)
        a.print_letter.triggered.connect(lambda: self.print_actions.print_letter())
        a.save_pdf.triggered.connect(lambda: self.print_actions.save_pdf())
        a.envelope.triggered.connect(lambda: self.print_actions.envelope())
        a.labels.triggered.connect(lambda: self.print_actions.labels())
        a.print_envelope.triggered.connect(lambda: self.print_actions.print_envelope())
        a.print_label.triggered.connect(lambda: self.print_actions.print_label())
        a.signer_letters.triggered.connect(lambda: self.print_actions.letters_for_signers())
        a.start_event.triggered.connect(self.start_event)
        self.letter_panel.print_requested.connect(lambda: self.print_actions.print_letter())
        self.letter_panel.untranslated_box.language_chosen.connect(self._write_in)
        self.letter_panel.translate_requested.connect(
            lambda: self.import_actions.review_case(self.session.case, translations_first=True))
        a.review_case.triggered.connect(lambda: self.import_actions.review_case(self.session.case))
        a.quit.triggered.connect(self.close)
        a.copy_fax.triggered.connect(la.copy_fax)
        a.copy_email.triggered.connect(la.copy_email_address)
        a.copy_email_text.triggered.connect(la.copy_email_text)
        a.open_email.triggered.connect(la.open_email)
        a.page_a4.triggered.connect(lambda: self._set_page_size("A4"))
        a.page_letter.triggered.connect(lambda: self._set_page_size("Letter"))
        a.forget_me.triggered.connect(self._forget_me)
        a.reset_settings.triggered.connect(self._reset_settings)
        a.about.triggered.connect(self._about)
        for step, act in enumerate(a.text_sizes):
            act.triggered.connect(lambda _checked=False, step=step: self.set_text_size(step))
        a.larger_text.triggered.connect(lambda: self.set_text_size(self.settings.text_size + 1))
        a.smaller_text.triggered.connect(lambda: self.set_text_size(self.settings.text_size - 1))
        a.first_letter_help.triggered.connect(lambda: dialogs.show_help(self, self.ui_language))
        start = self.start_panel
        start.open_requested.connect(lambda: self.open_case())
        start.paste_requested.connect(lambda: self.import_actions.paste_sheet())
        start.example_requested.connect(self._try_example)
        start.event_requested.connect(self.start_event)
        for signal in (start.open_requested, start.paste_requested, start.example_requested,
                       start.event_requested, start.close_button.clicked):
            signal.connect(self._start_seen)

    @property
    def print_actions(self):
        """Printing, PDF, envelopes and batches (loaded when first used:
        they are not needed to show the letter)."""
        if self._print_actions is None:
            from ua_desktop.gui.printing.actions import PrintActions

            self._print_actions = PrintActions(self, self.session, self.settings, self.tell)
            self._print_actions.name_given = self.sender_form.name.setText
            self._print_actions.on_saved = self._show_saved
        return self._print_actions

    # ------------------------------------------------------------ showing
    def _show_case(self) -> None:
        case = self.session.case
        self.case_panel.show_case(case, self.today(), example=is_example(case))
        self.recipients.show_case(case, self.session.recipient_index)
        self.languages.show_languages(self.session.languages(), self.session.language,
                                      self.session.case.own_language_welcome)
        self._show_recipient()
        self.letter_panel.show_state(self.session.state, initial=True)
        self.setWindowTitle(_("{names} — UA Desktop").format(names=case.people_names or _("Case")))

    def set_text_size(self, step: int) -> None:
        """Normal, Large or Extra large type (Ctrl+plus and Ctrl+minus)."""
        from ua_desktop.gui.text_size import apply_text_size, clamp

        step = clamp(step)
        self.settings.text_size = step
        apply_text_size(self, step)
        self.actions.text_sizes[step].setChecked(True)

    def _try_example(self) -> None:
        if not is_example(self.session.case):
            self.open_case(sample_case_path())
        self.recipients.list.setFocus()

    def _start_seen(self, *_args) -> None:
        self.settings.show_start = False
        self.case_panel.open_button.show()

    def _show_recipient(self) -> None:
        recipient = self.session.recipient
        self.recipients.show_contact(recipient)
        has_email = bool(recipient and recipient.emails)
        self.letter_panel.enable_email(has_email)
        for act in (self.actions.copy_email, self.actions.copy_email_text, self.actions.open_email):
            act.setEnabled(has_email)
        self.actions.copy_fax.setEnabled(bool(recipient and recipient.fax))

    def _state_changed(self, state: LetterState) -> None:
        self.letter_panel.show_state(state, undoable=self._undoable_redraft)
        self._offer_whole_letter_language(state)

    def _write_in(self, code: str) -> None:
        """The whole letter in `code`, as the language list would choose it."""
        self.languages.select(code)

    def _offer_whole_letter_language(self, state: LetterState) -> None:
        untranslated = state.letter.untranslated if state.letter else ()
        self.letter_panel.untranslated_box.offer_language(whole_letter_language(
            self.session.case, self.session.language, set(drafter_codes(self.session))) if untranslated else None)

    _undoable_redraft = False

    # ------------------------------------------------------------ intents
    def _choose_recipient(self, index: int) -> None:
        self.session.choose_recipient(index)
        self._show_recipient()

    def _sender_changed(self, sender) -> None:
        self.session.set_sender(sender)
        self.settings.store_sender(sender)

    def _remember_changed(self, remember: bool) -> None:
        self.settings.remember_sender = remember
        self.settings.store_sender(self.session.sender)
        self.tell(_("Your details will be remembered on this computer.") if remember
                  else _("Your details will not be kept on this computer."))

    def _forget_me(self) -> None:
        self.settings.forget_sender()
        self.tell(_("Your details were removed from this computer. They stay in this letter until you close it."))

    def _reset_settings(self) -> None:
        if not dialogs.ask_yes_no(self, _("Reset all settings?"), _(
                "UA Desktop will forget your details, the paper size and the folders it remembers. "
                "The letter on the screen stays as it is."), _("Reset settings"), _("Cancel")):
            return
        self.settings.reset()
        self.settings.sync()
        self.sender_form.show_sender(self.session.sender, self.settings.remember_sender)
        (self.actions.page_letter if self.settings.page_size == "Letter" else self.actions.page_a4).setChecked(True)
        self.tell(_("All settings are back to how they were when UA Desktop was new."))

    def _redraft(self) -> None:
        self._undoable_redraft = True
        try:
            self.session.redraft()
        finally:
            self._undoable_redraft = False
        self.tell(_("The letter was written again. Press Ctrl+Z to get your changes back."))

    def _choose_window_language(self, code: str) -> None:
        if code != self.ui_language:
            self.window_language_chosen.emit(code)

    def release_session(self) -> None:
        """Stop showing the session (another window takes it over)."""
        self.session.unsubscribe(self._state_changed)
        self.session = None

    def _set_page_size(self, size: str) -> None:
        self.settings.page_size = size

    def open_case(self, path: Path | None = None) -> bool:
        """Open a case file, or a sheet to import when none is given."""
        if not path:
            return self.import_actions.import_sheet_file()
        try:
            case = load_case(path)
        except CaseFileError as error:
            log.warning("Could not open case %s: %s", path, error)
            dialogs.show_error(self, _("The case could not be opened"),
                               str(error) + "\n\n" + _("The letter on the screen has not changed."))
            return False
        self.settings.last_open_dir = str(Path(path).parent)
        return self.use_case(case, Path(path))

    def use_case(self, case: Case, path: Path | None = None) -> bool:
        """Write letters for `case` from now on (after asking, if that
        would throw away an edited letter)."""
        if self.has_unsaved_edits() and not dialogs.ask_yes_no(
                self, _("Open another case?"),
                _("You have changed this letter. If you open another case, your changes will be lost. "
                  "Save the letter first if you want to keep it."),
                _("Open the case"), _("Keep my letter")):
            return False
        if self.library_hook is not None:
            case = self.library_hook.case_opened(case, path)
        same_case = (case.ua_number, case.people_names) == (self.session.case.ua_number,
                                                             self.session.case.people_names)
        language = self.session.language
        self.case_path = path
        self.session.open_case(case)
        if same_case:  # checked or corrected: the letter stays in the language being written
            self.session.choose_language(language)
        self._show_case()
        self.tell(_("Opened the case of {names}.").format(names=case.people_names))
        return True

    # ------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event) -> None:
        if self.import_actions.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        event.acceptProposedAction()
        self.import_actions.drop(event.mimeData())

    def start_event(self) -> None:
        """Open the event window on the cases the organiser offers (or this one)."""
        from ua_desktop.core.library.store import LibraryError
        from ua_desktop.gui.app_paths import AppPaths
        from ua_desktop.gui.event.window import open_event_window
        from ua_desktop.gui.library.setup import ensure_library

        paths = getattr(getattr(self, "shell", None), "paths", None) or AppPaths.for_this_user()
        try:
            library = ensure_library(paths)
            cases = [library.case_for_letters(entry.id) for entry in library.offered_entries()]
        except LibraryError:
            cases = []
        self.event_window = open_event_window(self, cases or [self.session.case], paths.data_dir,
                                              self.settings.page_size, self.today)

    def tell(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def _about(self) -> None:
        dialogs.about(self, _("About UA Desktop"), _(
            "UA Desktop {version}\n\nTurns Urgent Action case sheets into appeal letters. "
            "It works offline and never sends anything by itself.").format(version=__version__))

    def has_unsaved_edits(self) -> bool:
        if self.session is None:  # handed over to a new window
            return False
        letter = self.session.letter
        return self.session.edited and letter is not None and letter.text != self.letter_actions.last_saved_text

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.has_unsaved_edits() and not self._save_before_closing():
            event.ignore()
            return
        self.settings.sync()
        event.accept()

    def _save_before_closing(self) -> bool:
        """Save / Don't save / Cancel, saving the default (Enter keeps the
        letter). True if the window may close."""
        answer = dialogs.ask_choice(self, _("Save your letter?"), _(
            "You have changed this letter and it is not saved. Do you want to save it before UA Desktop closes?"),
            [("save", _("Save the letter…")), ("discard", _("Don't save"))])
        if answer == "save":
            return self.letter_actions.save_letter() is not None
        return answer == "discard"


def drafter_codes(session: LetterSession) -> list[str]:
    return [language.code for language, _asked in session.languages()]
