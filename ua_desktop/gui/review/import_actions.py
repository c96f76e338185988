"""Bringing a case in: open a sheet (PDF, DOCX, text) or a case file, paste
a sheet, or drop either on the window; then review and use it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ua_desktop.core.storage.atomic import SaveError
from ua_desktop.core.case.model import Case
from ua_desktop.gui.dialogs import seam as dialogs
from ua_desktop.i18n import _

log = logging.getLogger(__name__)

CASE_FILE_SUFFIXES = (".json",)
BUNDLE_SUFFIX = ".uacases"


class ImportActions:
    """`use_case(case, path)` is called with a reviewed case the user wants
    to write letters for; `open_case_file(path)` opens a ready case file."""

    def __init__(self, parent: QWidget, settings, letter_languages: Callable[[], tuple[str, ...]],
                 use_case: Callable[[Case, Path | None], bool], open_case_file: Callable[[Path], bool],
                 tell: Callable[[str], None]):
        self.parent, self.settings = parent, settings
        self.letter_languages, self.use_case, self.open_case_file, self.tell = (
            letter_languages, use_case, open_case_file, tell)

    # ------------------------------------------------------------ entry points
    def import_sheet_file(self, path: Path | None = None) -> bool:
        if path is None:
            folder = Path(self.settings.last_open_dir or Path.home())
            path = dialogs.choose_open_path(self.parent, _("Open an Urgent Action sheet or case"), folder,
                                            dialogs.file_filters_sheet())
            if path is None:
                return False
        self.settings.last_open_dir = str(Path(path).parent)
        if Path(path).suffix.lower() == BUNDLE_SUFFIX and getattr(self.parent, "library_hook", None) is not None:
            # a file of cases from another computer goes to the case library
            self.parent.library_hook.show_library().view.import_bundle(Path(path))
            return True
        if Path(path).suffix.lower() in CASE_FILE_SUFFIXES:
            return self.open_case_file(Path(path))
        from ua_desktop.core.importer import SheetImportError, import_file

        try:
            with _busy():
                result = import_file(path)
        except SheetImportError as error:
            log.info("Import of %s refused: %s", path, error)
            dialogs.show_error(self.parent, _("The sheet could not be read"), str(error))
            return False
        return self._review(result, Path(path).name)

    def paste_sheet(self, text: str | None = None) -> bool:
        if text is None:
            text = dialogs.ask_for_pasted_text(self.parent)
            if text is None:
                return False
        from ua_desktop.core.importer import SheetImportError, import_text

        try:
            with _busy():
                result = import_text(text)
        except SheetImportError as error:
            dialogs.show_error(self.parent, _("The text could not be read"), str(error))
            return False
        return self._review(result, _("pasted text"))

    def accepts(self, mime: QMimeData) -> bool:
        return mime.hasUrls() and any(url.isLocalFile() for url in mime.urls()) or mime.hasText()

    def drop(self, mime: QMimeData) -> bool:
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
        if files:
            return self.import_sheet_file(files[0])
        if mime.hasText():
            return self.paste_sheet(mime.text())
        return False

    def review_case(self, case: Case, translations_first: bool = False) -> bool:
        """Check or correct the case already open (for example to translate
        requests the app cannot write by itself)."""
        from ua_desktop.core.importer import ImportResult

        return self._review(ImportResult(case=case, source_text=""), "", translations_first)

    # ------------------------------------------------------------ review
    def _review(self, result, source_name: str, translations_first: bool = False) -> bool:
        saved: dict[str, Path] = {}

        def save(case: Case) -> bool:
            path = self._save_case(case)
            if path:
                saved["path"] = path
            return path is not None

        case = dialogs.review_import(self.parent, result, self.letter_languages(), save, translations_first)
        if case is None:
            return False
        return self.use_case(case, saved.get("path"))

    def _save_case(self, case: Case) -> Path | None:
        from ua_desktop.core.case.casefile import save_case
        from ua_desktop.core.storage.output_path import check_output_path

        folder = Path(self.settings.last_save_dir or Path.home())
        name = (case.people[0].name if case.people else _("case")) + ".json"
        path = dialogs.choose_save_path(self.parent, _("Save the case file"), folder / name,
                                        dialogs.file_filters_case())
        if path is None:
            return None
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        try:
            check_output_path(path)  # the dialog asked before replacing; a read-only file is still kept
            save_case(case, path)
        except SaveError as error:
            dialogs.show_error(self.parent, _("The case was not saved"), str(error))
            return None
        self.tell(_("Saved the case as {path}").format(path=path))
        return path


class _busy:
    def __enter__(self):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QApplication.restoreOverrideCursor()
        return False
