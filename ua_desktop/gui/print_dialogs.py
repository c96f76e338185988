"""The seam for the modal dialogs of printing and posting, like
`ua_desktop.gui.dialogs`: tests replace one name with monkeypatch."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from ua_desktop.core.envelopes import A4_3X7, ENVELOPE_SIZES_MM
from ua_desktop.i18n import _


def print_preview(parent: QWidget | None, printer: QPrinter, render: Callable[[QPrinter], None]) -> bool:
    """Show the pages as they will print; True if the user printed."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(_("Print preview"))
    dialog.paintRequested.connect(render)
    return dialog.exec() == QDialog.DialogCode.Accepted


def choose_envelope_size(parent: QWidget | None) -> str | None:
    sizes = list(ENVELOPE_SIZES_MM)
    items = [_("{size} ({width} × {height} mm)").format(size=s, width=int(w), height=int(h))
             for s, (w, h) in ENVELOPE_SIZES_MM.items()]
    item, ok = QInputDialog.getItem(parent, _("Envelope"), _("Envelope size:"), items, 0, False)
    return sizes[items.index(item)] if ok and item in items else None


def choose_first_label(parent: QWidget | None) -> int | None:
    value, ok = QInputDialog.getInt(
        parent, _("Labels"), _("Start on label number (1 is top left; use a higher number to finish a "
                               "sheet you have used):"), 1, 1, A4_3X7.per_sheet)
    return value if ok else None


def run_dialog(dialog: QDialog) -> int:
    return dialog.exec()


def file_filters_pdf() -> str:
    return _("PDF document (*.pdf)")


def file_filters_print_file() -> str:
    return _("PDF document (*.pdf)") + ";;" + _("Word document (*.docx)")


def file_filters_csv() -> str:
    return _("List of signers (*.csv *.txt)") + ";;" + _("All files (*)")
