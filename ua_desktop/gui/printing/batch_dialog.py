"""The dialog "Letters for a list of signers": choose the list (CSV), the
recipients, the language and what to make; a progress bar and Cancel while
the letters are made.

The letters are made on the window's own thread, a few at a time between
events (`BatchRun`), so the window stays responsive and Cancel works.
There is no worker thread: painting the PDF with Qt in a second thread,
while the window's thread destroys widgets, deadlocked (measured: the test
suite hung once in about ten runs in the batch dialog's test), and Python's
garbage collector, when it runs in a worker, destroys window widgets
outside the GUI thread (a test harness crashed within three batches)."""

from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.storage.atomic import SaveError
from ua_desktop.core.storage.output_path import check_output_path
from ua_desktop.core.output.batch import (
    BatchCancelled,
    BatchError,
    BatchOutputs,
    BatchRequest,
    BatchResult,
    CompanionPdf,
    batch_steps,
    companion_paths,
    draft_planned,
    plan_letters,
)
from ua_desktop.core.case.deadline import DeadlineState, deadline_status
from ua_desktop.core.case.model import Case
from ua_desktop.core.letters.drafting import LetterDrafter
from ua_desktop.core.events.signers import SignerList, SignerListError, read_signers
from ua_desktop.core.locales.languages import language_label
from ua_desktop.gui.dialogs import seam as dialogs
from ua_desktop.gui.printing.render import (
    envelopes_pdf_bytes,
    labels_pdf_bytes,
    letter_margins,
    letter_page_layout,
    letters_pdf_steps,
    render_letters,
)
from ua_desktop.gui.saved_bar import SavedBar
from ua_desktop.gui.settings import Settings
from ua_desktop.gui.style import frame_fields
from ua_desktop.gui.widgets import plain_label
from ua_desktop.i18n import _, babel_locale, ngettext

log = logging.getLogger(__name__)


class BatchRun(QObject):
    """One batch, run on the window's thread in slices of about 20 ms from
    a zero-interval timer: between slices the window handles its events."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    SLICE_SECONDS = 0.02

    def __init__(self, request: BatchRequest, outputs: BatchOutputs, drafter: LetterDrafter,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._steps = batch_steps(request, outputs, drafter, letters_pdf_steps, PDF_COMPANIONS)
        self._cancel_requested = False
        self._last_step = (0, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_slice)

    def start(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        """Stop before the next letter; nothing is written."""
        self._cancel_requested = True

    def _run_slice(self) -> None:
        step = None
        deadline = time.monotonic() + self.SLICE_SECONDS
        try:
            while time.monotonic() < deadline:
                if self._cancel_requested:
                    raise BatchCancelled()
                step = self._last_step = next(self._steps)
        except StopIteration as finished:
            total = self._last_step[1]
            self.progressed.emit(total, total)
            self._end(self.succeeded, finished.value)
        except BatchCancelled:
            self._end(self.cancelled)
        except (BatchError, SaveError) as error:
            self._end(self.failed, str(error))
        except Exception as error:  # noqa: BLE001 - reported to the user, logged in full
            log.exception("Batch failed")
            self._end(self.failed, _("Something went wrong while making the letters: {problem}").format(
                problem=error))
        else:
            if step is not None:
                self.progressed.emit(*step)

    def _end(self, signal, *args) -> None:
        self._timer.stop()
        self._steps.close()
        signal.emit(*args)
        self.finished.emit()


#: Envelopes and labels as PDF, for a batch made as "PDF, ready to print".
PDF_COMPANIONS = CompanionPdf(envelopes=envelopes_pdf_bytes,
                              labels=lambda blocks, first: labels_pdf_bytes(blocks, first_position=first))


class BatchDialog(QDialog):
    def __init__(self, case: Case, settings: Settings, language: str, parent: QWidget | None = None,
                 drafter: LetterDrafter | None = None, date: dt.date | None = None):
        super().__init__(parent)
        self.setWindowTitle(_("Letters for a list of signers"))
        self.case, self.settings, self.date = case, settings, date
        self.drafter = drafter or LetterDrafter()
        self.signers: SignerList | None = None
        self.running: BatchRun | None = None
        self.result: BatchResult | None = None
        self.result_message = ""
        self.made = False  # this batch is made: the Make button no longer invites a second run

        self.list_label = QLabel(_("No list chosen yet. The list is a CSV file saved from a spreadsheet, "
                                   "with a column of names (and, if you like, town, country, address and "
                                   "language)."))
        self.list_label.setWordWrap(True)
        self.choose_list_button = QPushButton(_("Choose the list…"))
        self.recipient_boxes = []
        recipients_box = QGroupBox(_("Write to"))
        recipients_layout = QVBoxLayout(recipients_box)
        for recipient in case.recipients:
            box = QCheckBox(", ".join(part for part in (recipient.title, recipient.name) if part))
            box.setChecked(True)
            self.recipient_boxes.append(box)
            recipients_layout.addWidget(box)
        self.language = QComboBox()
        for code in self.drafter.languages:
            self.language.addItem(language_label(code, babel_locale()), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.force_language = QCheckBox(_("Write every letter in this language"))
        self.as_pdf = QRadioButton(_("PDF, ready to print"))
        self.as_docx = QRadioButton(_("Word document"))
        self.as_pdf.setChecked(True)
        self.envelopes = QCheckBox(_("Envelopes"))
        self.envelope_size = QComboBox()
        self.envelope_size.addItems(["DL", "C5", "C6"])
        self.labels = QCheckBox(_("Address labels (A4, 3 × 7)"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.preview_button = QPushButton(_("See the first letter…"))
        self.preview_button.setEnabled(False)
        self.saved_bar = SavedBar(parent=self)
        self.saved_bar.hide_button.hide()
        self.make_button = QPushButton(_("Make the letters…"))
        self.make_button.setDefault(True)
        self.make_button.setEnabled(False)
        self.cancel_button = QPushButton(_("Close"))
        self._lay_out(recipients_box)
        self.choose_list_button.clicked.connect(self.choose_list)
        self.make_button.clicked.connect(self.make)
        self.preview_button.clicked.connect(self.preview_first_letter)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        for box in self.recipient_boxes:
            box.toggled.connect(self._options_changed)
        for option in (self.language, self.envelope_size):
            option.currentIndexChanged.connect(self._options_changed)
        for option in (self.force_language, self.as_pdf, self.envelopes, self.labels):
            option.toggled.connect(self._options_changed)

    def _lay_out(self, recipients_box: QGroupBox) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.list_label, 1)
        row.addWidget(self.choose_list_button)
        layout.addLayout(row)
        status = self._deadline_status()
        self.deadline = plain_label(status.message, object_name="deadline")  # before a batch is made, not after
        self.deadline.setProperty("state", status.state.value)
        layout.addWidget(self.deadline)
        layout.addWidget(recipients_box)
        form = QFormLayout()
        form.addRow(_("Language for signers who gave none:"), self.language)
        form.addRow("", self.force_language)
        kinds = QHBoxLayout()
        kinds.addWidget(self.as_pdf)
        kinds.addWidget(self.as_docx)
        form.addRow(_("Make the letters as:"), kinds)
        extras = QHBoxLayout()
        extras.addWidget(self.envelopes)
        extras.addWidget(self.envelope_size)
        extras.addWidget(self.labels)
        form.addRow(_("Also make:"), extras)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.saved_bar)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        frame_fields(self)  # the lists show their edges on a dark or high-contrast background too

    # ------------------------------------------------------------ choosing
    def choose_list(self, path: Path | None = None) -> bool:
        if not path:
            folder = Path(self.settings.last_open_dir or Path.home())
            path = dialogs.choose_open_path(self, _("Choose the list of signers"), folder,
                                            dialogs.file_filters_csv())
            if path is None:
                return False
        try:
            self.signers = read_signers(path, self.drafter.languages)
        except SignerListError as error:
            dialogs.show_error(self, _("The list could not be read"), str(error))
            return False
        self.list_label.setText(ngettext("{name}: {count} signer", "{name}: {count} signers", len(self.signers))
                                .format(name=Path(path).name, count=len(self.signers)))
        self.status.setText("\n".join(self.signers.notices))
        self._options_changed()
        return True

    def chosen_recipients(self) -> tuple[int, ...]:
        return tuple(i for i, box in enumerate(self.recipient_boxes) if box.isChecked())

    def _options_changed(self) -> None:
        """Another list or other choices: a new batch to make."""
        if self.running is None:
            self.made = False
        self._update_count()

    def _update_count(self) -> None:
        count = len(self.signers) * len(self.chosen_recipients()) if self.signers else 0
        self.make_button.setEnabled(count > 0 and self.running is None and not self.made)
        self.preview_button.setEnabled(count > 0 and self.running is None)
        if self.made:
            self.make_button.setText(_("Letters made"))
        elif count:
            self.make_button.setText(ngettext("Make {count} letter…", "Make {count} letters…", count).format(
                count=count))

    # ------------------------------------------------------------ making
    def _request(self) -> BatchRequest:
        return BatchRequest(self.case, self.signers.signers, self.chosen_recipients(),
                            self.language.currentData(), self.force_language.isChecked(), self.date,
                            self.settings.page_size)

    def preview_first_letter(self) -> bool:
        """The first letter of the batch, in the print preview, before making them all."""
        if self.signers is None or not self.chosen_recipients():
            return False
        try:
            request = self._request()
            letter = draft_planned(request, plan_letters(request, self.drafter)[0], self.drafter)
        except BatchError as error:
            dialogs.show_error(self, _("The letters were not made"), str(error))
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(letter_page_layout(self.settings.page_size))

        def render(device: QPrinter) -> None:
            device.setPageMargins(letter_margins(), QPageLayout.Unit.Millimeter)
            render_letters([letter], device)

        dialogs.print_preview(self, printer, render)
        return True

    def _deadline_status(self):
        return deadline_status(self.case.deadline, self.date or dt.date.today())

    def _deadline_accepted(self) -> bool:
        """A batch for a case whose deadline passed is made only when the
        organiser says so (Enter keeps it from being made)."""
        if self._deadline_status().state is not DeadlineState.PASSED:
            return True
        return dialogs.ask_yes_no(self, _("The deadline has passed"), self._deadline_status().message + "\n\n" + _(
            "Make the letters all the same? Ask your section office first whether letters are still useful."),
            _("Make them all the same"), _("Do not make them"))

    def _outputs_writable(self, letters: Path, companions: list[Path]) -> bool:
        """The letters' file and the envelope and label files beside it can
        be written. The save dialog asked before replacing the letters'
        file, but nobody was asked about the files beside it: replacing
        them needs a yes (Enter keeps them). A read-only file is never
        replaced."""
        try:
            for path in (letters, *companions):
                check_output_path(path)
        except SaveError as error:
            dialogs.show_error(self, _("The letters were not made"), str(error))
            return False
        existing = [path for path in companions if path.exists()]
        if not existing:
            return True
        names = "\n".join(f"• {path.name}" for path in existing)
        return dialogs.ask_yes_no(self, _("Replace these files?"), ngettext(
            "This file is already in the folder and would be replaced:\n{names}",
            "These files are already in the folder and would be replaced:\n{names}", len(existing)).format(
            names=names), _("Replace"), _("Keep them"))

    def make(self, path: Path | None = None) -> bool:
        if self.signers is None or self.running is not None or self.made or not self._deadline_accepted():
            return False
        pdf = self.as_pdf.isChecked()
        if not path:
            folder = Path(self.settings.last_save_dir or Path.home())
            suffix = ".pdf" if pdf else ".docx"
            filters = dialogs.file_filters_pdf() if pdf else dialogs.file_filters_letter().split(";;")[0]
            path = dialogs.choose_save_path(self, _("Save the letters"), folder / (_("Letters") + suffix), filters)
            if path is None:
                return False
            if path.suffix.lower() != suffix:
                path = path.with_name(path.name + suffix)
        path = Path(path)
        envelopes, labels = companion_paths(path, self.envelope_size.currentText() if self.envelopes.isChecked()
                                            else None, self.labels.isChecked(), pdf=pdf)
        if not self._outputs_writable(path, [p for p in (envelopes, labels) if p is not None]):
            return False
        outputs = BatchOutputs(docx=None if pdf else path, pdf=path if pdf else None, envelopes=envelopes,
                               envelope_size=self.envelope_size.currentText(), labels=labels)
        self.saved_bar.forget()
        self.running = BatchRun(self._request(), outputs, self.drafter, self)
        self.running.progressed.connect(self._progressed)
        self.running.succeeded.connect(self._succeeded)
        self.running.failed.connect(self._failed)
        self.running.cancelled.connect(self._cancelled)
        self.running.finished.connect(self._run_finished)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(_("Making the letters…"))
        self.make_button.setEnabled(False)
        self.cancel_button.setText(_("Cancel"))
        self.settings.last_save_dir = str(path.parent)
        self.running.start()
        return True

    def cancel_or_close(self) -> None:
        if self.running is not None:
            self.running.cancel()
            self.status.setText(_("Stopping…"))
            self.cancel_button.setEnabled(False)
        else:
            self.reject()

    def reject(self) -> None:
        if self.running is not None:  # Escape or the window's close button while working
            self.cancel_or_close()
            return
        super().reject()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _succeeded(self, result: BatchResult) -> None:
        self.result = result
        self.made = True
        files = "\n".join(str(path) for path in result.written)
        self.result_message = ngettext("Made {count} letter. Saved:\n{files}", "Made {count} letters. Saved:\n{files}",
                                       result.letters).format(count=result.letters, files=files)
        self.status.setText("\n".join(result.notices))
        self.saved_bar.show_saved(self.result_message, result.written[0], printable=False)

    def _failed(self, message: str) -> None:
        self.status.setText(_("No letters were saved."))
        dialogs.show_error(self, _("The letters were not made"), message + "\n\n" + _("No file was saved."))

    def _cancelled(self) -> None:
        self.status.setText(_("Cancelled. No file was saved."))
        self.result_message = _("Making the letters was cancelled. No file was saved.")

    def _run_finished(self) -> None:
        self.running.deleteLater()
        self.running = None
        self.progress.setVisible(self.result is not None)
        self.cancel_button.setText(_("Close"))
        self.cancel_button.setEnabled(True)
        self._update_count()

    def is_working(self) -> bool:
        return self.running is not None
