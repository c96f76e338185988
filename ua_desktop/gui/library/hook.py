"""The window's Library menu and toolbar button, and what the library
does when the window opens a case (`LibraryHook`). It is made with the
window; the library itself (`ua_desktop.core.library`) is loaded and read
only when first needed, which on a usual start is right after the first
frame (see `ua_desktop.gui.app.AppShell`). The event mode switch is kept in
the settings file under ``library/``."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ua_desktop.i18n import _

if TYPE_CHECKING:
    from ua_desktop.core.case.model import Case
    from ua_desktop.core.library.store import CaseLibrary

log = logging.getLogger(__name__)

EVENT_MODE_KEY = "library/event_mode"


class LibraryHook(QObject):
    """Connects a main window to the library. The window needs: a menu bar,
    `has_unsaved_edits()`, `tell(text)` and a way to show a case (see
    `show_case_in_window`).

    Give it the library, or `open_library`: a function that opens it (None
    when it cannot be opened). The window's start gives the function, so
    the library is read after the first frame (`library` opens it the first
    time anything asks, and keeps the window's case in it)."""

    def __init__(self, window: QMainWindow, library: CaseLibrary | None = None, settings_file: Path | None = None,
                 today: Callable[[], dt.date] = dt.date.today,
                 open_library: Callable[[], CaseLibrary | None] | None = None):
        super().__init__(window)
        self.window, self.today = window, today
        self._library, self._open_library = library, open_library
        self.current_id = ""
        self._from_library = False
        self._settings = QSettings(str(settings_file), QSettings.Format.IniFormat) if settings_file else None
        self.dialog = None  # the LibraryDialog, made when first shown (keeps start-up fast)
        self.action = QAction(_("Case &library…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setToolTip(_("All your cases: find, open, archive, and choose the cases for an event"))
        self.action.triggered.connect(self.show_library)
        self.event_action = QAction(_("Show &only the cases offered at the event"), window)
        self.event_action.setCheckable(True)
        self.event_action.setChecked(self.event_mode)
        self.event_action.toggled.connect(self.set_event_mode)
        menu = QMenu(_("&Library"), window)
        bar_menus = window.menuBar().actions()
        if len(bar_menus) > 1:  # right after File
            window.menuBar().insertMenu(bar_menus[1], menu)
        else:
            window.menuBar().addMenu(menu)
        menu.addAction(self.action)
        event_menu = window.menuBar().findChild(QMenu, "eventMenu")  # the window's one Event menu
        (event_menu or menu).addAction(self.event_action)
        toolbar = getattr(window, "main_toolbar", None)  # the window's one toolbar, if it has one
        if toolbar is None:
            toolbar = window.addToolBar(_("Library"))
            toolbar.setObjectName("libraryToolbar")
        self.action.setIconText(_("Case library"))
        toolbar.addAction(self.action)

    @property
    def library(self) -> CaseLibrary | None:
        if self._library is None and self._open_library is not None:
            open_library, self._open_library = self._open_library, None
            self._library = open_library()
            if self._library is not None:
                from ua_desktop.gui.library.setup import keep_quietly

                self.current_id = keep_quietly(self._library, getattr(self.window, "case_path", None))
        return self._library

    # ------------------------------------------------------------ event mode
    @property
    def event_mode(self) -> bool:
        if self._settings is None:
            return False
        return str(self._settings.value(EVENT_MODE_KEY, False)).lower() in ("true", "1")

    def set_event_mode(self, on: bool) -> None:
        if self._settings is not None:
            self._settings.setValue(EVENT_MODE_KEY, bool(on))
            self._settings.sync()
        if self.dialog is not None:
            self.dialog.view.set_event_mode(on)
        self.window.tell(_("Event mode is on: the library shows only the cases offered at the event.") if on
                         else _("Event mode is off: the library shows all your cases."))

    # ------------------------------------------------------------ the library window
    def show_library(self):
        from ua_desktop.gui.library.view import LibraryDialog

        if self.library is None:
            self.window.tell(_("Your case library could not be opened. Your letter is safe. "
                               "Close UA Desktop and open it again."))
            return None
        if self.dialog is None:
            self.dialog = LibraryDialog(self.library, self.today, self.event_mode, self.window)
            self.dialog.view.case_chosen.connect(self.open_from_library)
        self.dialog.view.set_event_mode(self.event_mode)
        self.dialog.view.refresh(self.current_id)
        if self.dialog.isVisible():  # open behind the window: bring it forward
            self.dialog.raise_()
        else:  # showing a window puts it in front already
            self.dialog.show()
        self.dialog.activateWindow()
        return self.dialog

    def open_from_library(self, case: Case, entry_id: str) -> bool:
        """Write letters for a case chosen in the library (the window asks
        first if that would throw away an edited letter)."""
        self._from_library = True
        try:
            opened = show_case_in_window(self.window, case, self.library.cases_dir / f"{entry_id}.json")
        finally:
            self._from_library = False
        if opened:
            self.current_id = entry_id
            self.library.last_worked_on = entry_id
        return opened

    # ------------------------------------------------------------ cases opened elsewhere
    def case_opened(self, case: Case, source: Path | str | None = None, source_text: str = "") -> Case:
        """Keep a case the user opened or imported in the library; returns
        the case to show (for an update: with what it leaves out filled in
        from the earlier sheets). Never stops the case from opening.
        `MainWindow.use_case` calls this."""
        if self._from_library or self.library is None:
            return case
        from ua_desktop.core.library.store import LibraryError
        from ua_desktop.gui.library.view import add_with_questions

        source_name = Path(source).name if isinstance(source, Path) else (source or "")
        try:
            entry = add_with_questions(self.window, self.library, case, source_name, source_text)
        except LibraryError as error:
            log.warning("Case not kept in the library: %s", error)
            self.window.tell(_("The case is open, but it could not be kept in your library: {reason}").format(
                reason=error))
            return case
        if entry is None:
            return case
        self.current_id = entry.id
        self.library.last_worked_on = entry.id
        if self.dialog is not None:
            self.dialog.view.refresh(entry.id)
        chain = self.library.history(entry.id)
        if len(chain) > 1 and chain[-1].id == entry.id:  # the newest sheet of a case with a history
            try:
                return self.library.case_for_letters(entry.id)
            except LibraryError:
                return case
        return case


def show_case_in_window(window, case: Case, path: Path) -> bool:
    """Show a case in the main window through its `use_case` (which asks
    before throwing away an edited letter). Returns False if the user kept
    their letter."""
    return bool(window.use_case(case, path))
