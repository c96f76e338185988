"""What a writer chooses in the event window: the case, the recipient
(and who was written to), the language, a recipient not on the sheet, a
different wording. Mixed into `EventWindow`, whose session, event and
pages it uses."""

from __future__ import annotations

from ua_desktop.core.storage.atomic import SaveError
from ua_desktop.gui.dialogs import seam as dialogs
from ua_desktop.i18n import _


class EventChoices:
    def choose_case(self, index: int) -> None:
        cases = self.letter_event.cases
        if 0 <= index < len(cases) and (index != self.case_index or self.session.case != cases[index]):
            self.case_index = index
            self.session.open_case(cases[index])
            self.case_step.show_summary(self.session.case)
            self.language_step.show_languages(self.session.languages(), self.session.language,
                                              self.session.case.own_language_welcome)
            self._show_recipient_contact()

    def choose_recipient(self, index: int) -> None:
        self.session.choose_recipient(index)
        self._fresh_letter_if_sent()
        self._show_recipient_contact()

    def choose_language(self, code: str) -> None:
        self.session.choose_language(code)
        self._fresh_letter_if_sent()

    def _fresh_letter_if_sent(self) -> None:
        """A letter the writer changed and already printed, saved or sent
        is done: the next recipient or language gets a fresh letter (the
        changes of a letter not yet sent are kept, as in the main window)."""
        letter = self.session.letter
        if self.session.edited and letter is not None and self.counter.was_sent(letter.text):
            self.session.redraft()

    def add_recipient(self) -> None:
        recipient = dialogs.ask_extra_recipient(self, self.session.case.country)
        if recipient is None:
            return
        if self.session.edited and not self.counter.was_sent(self.session.letter.text) and not dialogs.ask_yes_no(
                self, _("Add the recipient?"),
                _("You have changed your letter and not printed, saved or sent it yet. Adding a recipient "
                  "starts a fresh letter."), _("Add the recipient"), _("Keep my letter")):
            return
        case = self.letter_event.cases[self.case_index]
        try:
            updated = self.letter_event.add_recipient(case, recipient)
        except SaveError as error:
            updated = self.letter_event.case_with_extras(case)
            dialogs.show_error(self, _("The recipient is only kept until the app closes"), str(error))
        language = self.session.language
        self.session.open_case(updated)
        self.session.choose_language(language)
        self.session.choose_recipient(len(updated.recipients) - 1)
        self._show_recipients()
        self._show_recipient_contact()
        self.tell(_("{name} was added. They stay on the list for the next writers.").format(name=recipient.name))

    def different_wording(self) -> None:
        if self.session.edited and not dialogs.ask_yes_no(
                self, _("Use different wording?"),
                _("You have changed the letter. New wording replaces your changes."),
                _("Use different wording"), _("Keep my letter")):
            return
        self.session.choose_wording(self.letter_event.different_wording())
        self.session.redraft()
        self.tell(_("The letter now has different wording. The requests are the same."))

    def _covered_changed(self, row: int, covered: bool) -> None:
        case = self.session.case
        if 0 <= row < len(case.recipients):
            self.letter_event.set_covered(case, case.recipients[row], covered)
            self._show_recipients()

