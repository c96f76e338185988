"""The one seam for every modal interaction and hand-off to the desktop.

Widgets never call QFileDialog, QMessageBox or QDesktopServices directly;
they call these functions through the module (``dialogs.show_error(...)``),
so a test replaces one name with monkeypatch and nothing blocks.
"""

from __future__ import annotations

from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt's dialog classes are imported when first used, not at start-up
    from collections.abc import Callable

    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog, QWidget

    from ua_desktop.core.case.model import Recipient

from ua_desktop.i18n import _


def choose_save_path(parent: QWidget | None, title: str, suggested: Path, filters: str,
                     private: bool = False) -> Path | None:
    """`private`: use Qt's own dialog, which keeps no list of recent files
    (the system's dialog may), for letters written at events."""
    from PySide6.QtWidgets import QFileDialog

    options = QFileDialog.Option.DontUseNativeDialog if private else QFileDialog.Option(0)
    path, _selected = QFileDialog.getSaveFileName(parent, title, str(suggested), filters, options=options)
    return Path(path) if path else None


def choose_open_path(parent: QWidget | None, title: str, folder: Path, filters: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    path, _selected = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
    return Path(path) if path else None


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, message)


def ask_yes_no(parent: QWidget | None, title: str, message: str, yes_text: str, no_text: str) -> bool:
    """Ask before doing something that cannot be taken back. Enter and
    Escape both choose `no_text` (keep things as they are): only a click
    on `yes_text`, or its Alt key, goes ahead."""
    box, yes = question_box(parent, title, message, yes_text, no_text)
    box.exec()
    return box.clickedButton() is yes


def question_box(parent: QWidget | None, title: str, message: str, yes_text: str, no_text: str):
    """The box `ask_yes_no` shows, and its "yes" button (tests look at it)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return box, yes


def ask_choice(parent: QWidget | None, title: str, message: str, choices: list[tuple[str, str]]) -> str | None:
    """Ask with one button per (key, text) choice, the first being the
    default; returns the key clicked, or None when the user closed the box."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.NoButton, parent)
    buttons = {}
    for number, (key, text) in enumerate(choices):
        role = QMessageBox.ButtonRole.AcceptRole if number == 0 else QMessageBox.ButtonRole.ActionRole
        buttons[box.addButton(text, role)] = key
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(cancel)
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton())


def ask_for_name(parent: QWidget | None) -> str | None:
    """The name to sign a letter with: "" to leave it unsigned, None if
    the user cancelled."""
    from ua_desktop.gui.dialogs.name_dialog import NameDialog

    dialog = NameDialog(parent)
    return dialog.answer(dialog.exec())


def show_crash(parent: QWidget | None, summary: str, details: str) -> None:
    from ua_desktop.gui.dialogs.crash_dialog import CrashDialog

    CrashDialog(summary, details, parent).exec()


def open_url(url: str) -> bool:
    """Hand a mailto: (or file) link to the desktop. The app never sends."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl(url))


def show_help(parent: QWidget | None, language: str) -> None:
    """Help → "How to write your first letter", in the window's language."""
    from ua_desktop.gui.dialogs.help_page import HelpPage

    HelpPage(language, parent).exec()


def about(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, text)


def file_filters_letter() -> str:
    return _("Word document (*.docx)") + ";;" + _("Plain text (*.txt)")


def file_filters_case() -> str:
    return _("UA Desktop case (*.json)") + ";;" + _("All files (*)")


def ask_for_pasted_text(parent: QWidget | None) -> str | None:
    """A window to paste a sheet copied from an email or a web page."""
    from ua_desktop.gui.dialogs.paste_dialog import PasteDialog

    dialog = PasteDialog(parent)
    return dialog.text() if dialog.exec() else None


def review_import(parent: QWidget | None, result, letter_languages: tuple[str, ...], save_case,
                  translations_first: bool = False):
    """Show an imported sheet (or the current case) for correction. Returns
    the corrected case if the user chose to write letters for it, else
    None. `save_case(case)` is called when they press "Save case file…"."""
    from ua_desktop.gui.review.dialog import ReviewDialog

    dialog = ReviewDialog(result, parent, letter_languages)
    dialog.on_save = save_case
    if translations_first:
        dialog.tabs.setCurrentIndex(dialog.translations_tab)
    if dialog.exec() and dialog.wants_to_use:
        return dialog.case()
    return None


def file_filters_sheet() -> str:
    return (_("Urgent Action sheets and cases (*.pdf *.docx *.txt *.text *.json *.uacases)") + ";;" + _("All files (*)"))


# The event window's own modal windows

def ask_extra_recipient(parent: QWidget | None, case_country: str) -> Recipient | None:
    """Ask for a recipient who is not on the sheet; None if cancelled."""
    from ua_desktop.gui.event.recipient_dialog import ExtraRecipientDialog

    dialog = ExtraRecipientDialog(case_country, parent)
    return dialog.recipient() if dialog.exec() else None


def ask_for_pin(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """A PIN, typed hidden; None if cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    pin, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)
    return pin if ok else None


def show_organiser_panel(parent: QWidget | None, panel) -> None:
    """Show the organiser's panel (a QDialog) until it is closed."""
    panel.exec()


def forget_file_dialog_history() -> None:
    """Remove the folders Qt's own file dialog remembers (its history and
    last folder, kept in Qt's "QtProject" settings), so the next writer does
    not see where the last one saved."""
    from PySide6.QtCore import QSettings

    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in ("FileDialog/history", "FileDialog/lastVisited"):
        settings.remove(key)
    settings.sync()


# Printing and posting

def print_preview(parent: QWidget | None, printer: QPrinter, render: Callable[[QPrinter], None]) -> bool:
    """Show the pages as they will print, with a labelled Print button;
    True if the user printed."""
    from ua_desktop.gui.printing.preview_dialog import PreviewDialog

    dialog = PreviewDialog(printer, render, parent)
    if not dialog.exec() or not choose_printer(parent, printer):
        return False
    render(printer)
    return True


def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system's print dialog (which printer, how many copies)."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def choose_envelope_size(parent: QWidget | None) -> str | None:
    from PySide6.QtWidgets import QInputDialog

    from ua_desktop.core.output.envelopes import ENVELOPE_SIZES_MM

    sizes = list(ENVELOPE_SIZES_MM)
    items = [_("{size} ({width} × {height} mm)").format(size=s, width=int(w), height=int(h))
             for s, (w, h) in ENVELOPE_SIZES_MM.items()]
    item, ok = QInputDialog.getItem(parent, _("Envelope"), _("Envelope size:"), items, 0, False)
    return sizes[items.index(item)] if ok and item in items else None


def choose_first_label(parent: QWidget | None) -> int | None:
    from PySide6.QtWidgets import QInputDialog

    from ua_desktop.core.output.envelopes import A4_3X7

    value, ok = QInputDialog.getInt(
        parent, _("Labels"), _("Start on label number (1 is top left; use a higher number to finish a "
                               "sheet you have used):"), 1, 1, A4_3X7.per_sheet)
    return value if ok else None


def run_dialog(dialog: QDialog) -> int:
    """Run a dialog the caller built (the batch dialog, say) until it closes."""
    return dialog.exec()


def file_filters_pdf() -> str:
    return _("PDF document (*.pdf)")


def file_filters_print_file() -> str:
    return _("PDF document (*.pdf)") + ";;" + _("Word document (*.docx)")


def file_filters_csv() -> str:
    return _("List of signers (*.csv *.txt)") + ";;" + _("All files (*)")
