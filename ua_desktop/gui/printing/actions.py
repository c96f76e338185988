"""What the printing menu does: print the letter with a preview, save it
as PDF, make its envelope or address label, and open the dialog for
letters from a list of signers. Each is one method turning a click into
core and `printing` calls; modal dialogs go through `dialogs` and
`ua_desktop.gui.dialogs.seam`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from ua_desktop.core.storage.atomic import SaveError, write_bytes_atomically
from ua_desktop.core.storage.output_path import check_output_path
from ua_desktop.core.output.envelopes import AddressBlock, address_block, envelopes_docx_bytes, labels_docx_bytes
from ua_desktop.core.letters.session import LetterSession
from ua_desktop.gui.dialogs import seam as dialogs
from ua_desktop.gui.main_window.send_checks import confirm_before_sending
from ua_desktop.gui.printing.render import (
    envelope_page_layout,
    envelopes_pdf_bytes,
    labels_pdf_bytes,
    letter_margins,
    letter_page_layout,
    letters_pdf_bytes,
    render_envelopes,
    render_labels,
    render_letters,
)
from ua_desktop.gui.settings import Settings
from ua_desktop.i18n import _

log = logging.getLogger(__name__)


class PrintActions:
    def __init__(self, parent: QWidget, session: LetterSession, settings: Settings, tell: Callable[[str], None]):
        self.parent, self.session, self.settings, self.tell = parent, session, settings, tell
        #: Puts a name the writer gave when asked into their details (None: do not ask).
        self.name_given: Callable[[str], None] | None = None
        #: Shows a saved file in the window, with what to do next (else a status line).
        self.on_saved: Callable[[str, Path, bool], None] | None = None

    # ------------------------------------------------------------ the letter
    def print_letter(self) -> bool:
        if self.session.letter is None or not confirm_before_sending(self.parent, self.session, self.name_given):
            return False
        letter = self.session.letter
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(letter_page_layout(self.settings.page_size))

        def render(device: QPrinter) -> None:
            device.setPageMargins(letter_margins(), QPageLayout.Unit.Millimeter)
            render_letters([letter], device)

        printed = dialogs.print_preview(self.parent, printer, render)
        if printed:
            self.tell(_("Your letter was sent to the printer."))
        return printed

    def save_pdf(self) -> Path | None:
        if self.session.letter is None or self.session.recipient is None or not confirm_before_sending(
                self.parent, self.session, self.name_given):
            return None
        letter, recipient = self.session.letter, self.session.recipient
        name = _("Letter to {name} ({language}).pdf").format(name=_safe(recipient.name), language=letter.language)
        path = self._choose(_("Save your letter as PDF"), name, dialogs.file_filters_pdf(), ".pdf")
        if path is None:
            return None
        return self._write(path, lambda: letters_pdf_bytes([letter], self.settings.page_size),
                           _("Saved your letter as {path}"), printable=True)

    # ------------------------------------------------------------ envelopes and labels
    def current_address(self) -> AddressBlock | None:
        letter, session = self.session.letter, self.session
        if letter is None or session.recipient is None:
            return None
        return address_block(session.case, session.recipient_index, session.language, session.sender,
                             letter.right_to_left)

    def envelope(self) -> Path | None:
        block = self.current_address()
        if block is None:
            return None
        size = dialogs.choose_envelope_size(self.parent)
        if size is None:
            return None
        name = _("Envelope {size} for {name}.pdf").format(size=size, name=_safe(self.session.recipient.name))
        path = self._choose(_("Save the envelope"), name, dialogs.file_filters_print_file(), ".pdf")
        if path is None:
            return None
        make = (lambda: envelopes_docx_bytes([block], size)) if path.suffix.lower() == ".docx" \
            else (lambda: envelopes_pdf_bytes([block], size))
        return self._write(path, make, _("Saved the envelope as {path}. Print it on a {size} envelope.").format(
            path="{path}", size=size))

    def print_envelope(self) -> bool:
        """Print the envelope straight away, after a preview."""
        block = self.current_address()
        size = dialogs.choose_envelope_size(self.parent) if block is not None else None
        if size is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(envelope_page_layout(size))
        printed = dialogs.print_preview(self.parent, printer, lambda device: render_envelopes([block], device, size))
        if printed:
            self.tell(_("The envelope was sent to the printer. Put a {size} envelope in the printer.").format(
                size=size))
        return printed

    def print_label(self) -> bool:
        """Print the address label straight away, after a preview."""
        block = self.current_address()
        first = dialogs.choose_first_label(self.parent) if block is not None else None
        if first is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(letter_page_layout("A4"))
        printed = dialogs.print_preview(self.parent, printer,
                                        lambda device: render_labels([block], device, first_position=first))
        if printed:
            self.tell(_("The label was sent to the printer. Put an A4 sheet of 3 × 7 labels in the printer."))
        return printed

    def labels(self) -> Path | None:
        block = self.current_address()
        if block is None:
            return None
        first = dialogs.choose_first_label(self.parent)
        if first is None:
            return None
        name = _("Label for {name}.pdf").format(name=_safe(self.session.recipient.name))
        path = self._choose(_("Save the address label"), name, dialogs.file_filters_print_file(), ".pdf")
        if path is None:
            return None
        make = (lambda: labels_docx_bytes([block], first_position=first)) if path.suffix.lower() == ".docx" \
            else (lambda: labels_pdf_bytes([block], first_position=first))
        return self._write(path, make, _("Saved the label as {path}. Print it on an A4 sheet of 3 × 7 labels."))

    # ------------------------------------------------------------ many letters
    def letters_for_signers(self) -> None:
        from ua_desktop.gui.printing.batch_dialog import BatchDialog

        dialog = BatchDialog(self.session.case, self.settings, self.session.language, parent=self.parent,
                             date=getattr(self.parent, "today", lambda: None)())
        dialogs.run_dialog(dialog)
        if dialog.result_message:
            self.tell(dialog.result_message)

    # ------------------------------------------------------------ helpers
    def _choose(self, title: str, name: str, filters: str, default_suffix: str) -> Path | None:
        folder = Path(self.settings.last_save_dir or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        path = dialogs.choose_save_path(self.parent, title, folder / name, filters,
                                        private=getattr(self.settings, "private", False))
        if path is None:
            return None
        if path.suffix.lower() not in (".pdf", ".docx"):
            path = path.with_name(path.name + default_suffix)
        return path

    def _write(self, path: Path, make: Callable[[], bytes], done_message: str,
               printable: bool = False) -> Path | None:
        """`printable`: the file is the letter on the screen, which the
        window can print again."""
        try:
            check_output_path(path)  # the dialog asked before replacing; a read-only file is still kept
            write_bytes_atomically(path, make())
        except SaveError as error:
            log.warning("Saving %s failed: %s", path, error)
            dialogs.show_error(self.parent, _("The file was not saved"),
                               str(error) + "\n\n" + _("Your letter is still on the screen."))
            return None
        self.settings.last_save_dir = str(path.parent)
        message = done_message.format(path=path)
        self.on_saved(message, path, printable) if self.on_saved else self.tell(message)
        return path


def _safe(name: str) -> str:
    import re

    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).strip() or "recipient"
