"""What the buttons do with the letter: save it, copy fax and email
details, hand it to the email program. Each is one small method that turns
a click into core calls and tells the user what happened."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ua_desktop.core.storage.atomic import SaveError
from ua_desktop.core.letters.session import LetterSession
from ua_desktop.gui.dialogs import seam as dialogs
from ua_desktop.gui.settings import Settings
from ua_desktop.i18n import _

log = logging.getLogger(__name__)


class LetterActions:
    def __init__(self, parent: QWidget, session: LetterSession, settings: Settings,
                 tell: Callable[[str], None]):
        self.parent, self.session, self.settings, self.tell = parent, session, settings, tell
        self.last_saved_text = ""
        #: Puts a name the writer gave when asked into their details (None: do not ask).
        self.name_given: Callable[[str], None] | None = None
        #: Shows a saved file in the window, with what to do next (else a status line).
        self.on_saved: Callable[[str, Path, bool], None] | None = None

    def ready_to_send(self) -> bool:
        """Asks about an unsigned letter, or one written for other choices."""
        from ua_desktop.gui.main_window.send_checks import confirm_before_sending  # (not needed to show the letter)

        return confirm_before_sending(self.parent, self.session, self.name_given)

    # ------------------------------------------------------------ saving
    def save_letter(self) -> Path | None:
        if self.session.letter is None or self.session.recipient is None or not self.ready_to_send():
            return None
        letter, recipient = self.session.letter, self.session.recipient
        folder = Path(self.settings.last_save_dir or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        name = _("Letter to {name} ({language}).docx").format(name=_safe_file_name(recipient.name),
                                                             language=letter.language)
        path = dialogs.choose_save_path(self.parent, _("Save your letter"), folder / name,
                                        dialogs.file_filters_letter(), private=getattr(self.settings, "private", False))
        if path is None:
            return None
        if path.suffix.lower() not in (".docx", ".txt"):
            path = path.with_name(path.name + ".docx")
        from ua_desktop.core.storage.output_path import check_output_path

        try:
            check_output_path(path)  # the dialog asked before replacing; a read-only file is still kept
            if path.suffix.lower() == ".txt":
                from ua_desktop.core.output.docx_letter import save_letter_text

                save_letter_text(letter, path)
            else:
                from ua_desktop.core.output.docx_letter import save_letter_docx

                save_letter_docx(letter, path, page_size=self.settings.page_size)
        except SaveError as error:
            log.warning("Saving %s failed: %s", path, error)
            dialogs.show_error(self.parent, _("The letter was not saved"),
                               str(error) + "\n\n" + _("Your letter is still on the screen."))
            return None
        self.settings.last_save_dir = str(path.parent)
        self.last_saved_text = letter.text
        message, printable = _("Saved your letter as {path}").format(path=path), True
        self.on_saved(message, path, printable) if self.on_saved else self.tell(message)
        return path

    # ------------------------------------------------------------ copying
    def copy_fax(self) -> None:
        recipient = self.session.recipient
        if recipient and recipient.fax:
            self._copy(recipient.fax)
            self.tell(_("Fax number copied: {number}").format(number=recipient.fax))

    def copy_email_address(self) -> None:
        recipient = self.session.recipient
        if recipient and recipient.emails:
            text = ", ".join(recipient.emails)
            self._copy(text)
            self.tell(_("Email address copied: {address}").format(address=text))

    def copy_email_text(self) -> None:
        recipient, letter = self.session.recipient, self.session.letter
        if recipient and letter and recipient.emails and self.ready_to_send():
            from ua_desktop.core.output.email import email_text

            self._copy(email_text(recipient, self.session.letter))
            self.tell(_("The whole email is copied. Paste it into your email program."))

    def open_email(self) -> bool:
        """Hand the letter to the email program; True if it opened."""
        recipient, letter = self.session.recipient, self.session.letter
        if not (recipient and letter and recipient.emails) or not self.ready_to_send():
            return False
        from ua_desktop.core.output.email import letter_body_for_email, mailto_plan

        letter = self.session.letter
        plan = mailto_plan(recipient, letter)
        if plan.body_left_out:
            self._copy(letter_body_for_email(letter))
        if not dialogs.open_url(plan.url):
            dialogs.show_error(self.parent, _("No email program"), _(
                "UA Desktop could not open an email program on this computer. Use “Copy whole email” "
                "and paste it into your email instead."))
            return False
        if plan.body_left_out:
            dialogs.show_info(self.parent, _("Paste your letter"), _(
                "Your letter is too long to pass to the email program in one go. The email is open with "
                "the address and subject; the letter is copied, so click into the email and paste it "
                "(Ctrl+V)."))
        self.tell(_("Your email program was asked to open a new email."))
        return True

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)


def _safe_file_name(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).strip() or _("recipient")
