"""The letter leaving the event window: printed, saved (Word or PDF) or
emailed, each counted once for the organiser; a writer with no name is
asked for one first, and a save is shown on the page. Mixed into
`EventWindow`, whose session, actions and pages it uses."""

from __future__ import annotations

from pathlib import Path

from ua_desktop.gui.event.steps import LETTER
from ua_desktop.i18n import _


class LetterSending:
    def _ask_for_a_name(self) -> None:
        """Before an unsigned letter goes, the writer is asked for a name;
        it goes into "About you", as if they had typed it."""
        def name_given(name: str) -> None:
            self.writer_step.name.setText(name)

        self.letter_actions.name_given = self.print_actions.name_given = name_given

        def saved(message: str, path: Path, printable: bool = True) -> None:
            # Print is beside the letter already: the message keeps to one row of buttons.
            self.saved_bar.show_saved(message, path, printable=False)
            self.bring_news_into_view()

        self.letter_actions.on_saved = self.print_actions.on_saved = saved

    def print_letter(self) -> None:
        if self.print_actions.print_letter():
            self._count("printed")

    def save_letter(self) -> None:
        if self.step == LETTER and self.letter_actions.save_letter():
            self._count("saved")

    def save_pdf(self) -> None:
        if self.print_actions.save_pdf():
            self._count("saved")

    def email_letter(self) -> None:
        if self.letter_actions.open_email():
            self._count("emailed")

    def copy_email(self) -> None:
        copies = len(self.letter_actions.copied)
        self.letter_actions.copy_email_text()
        if len(self.letter_actions.copied) > copies:
            self._count("emailed")

    def _count(self, action: str) -> None:
        problem = self.counter.count(self.session, action)
        if problem:
            self.tell(_("The letter count could not be kept on this computer: {reason}").format(reason=problem))
        self._show_done()

