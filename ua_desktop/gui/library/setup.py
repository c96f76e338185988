"""Where the case library lives and how the window reaches it.

- `ensure_library(paths)`: the library in the app's data folder, with the
  bundled sample case added on first run.
- `case_at_start(library)`: the case last worked on, to open at start.
- `open_library_at_start(paths, case_path)` and `attach_library(...)`: the
  two calls the app shell makes (see docs/library.md).
- `LibraryHook`: the window's "Case library…" action and toolbar button,
  the library window, keeping every opened case in the library, and the
  event mode switch (stored in the settings file under ``library/``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ua_desktop.core.case.model import Case
from ua_desktop.core.case.casefile import CaseFileError, load_case
from ua_desktop.core.library.store import AddKind, CaseLibrary, LibraryError
from ua_desktop.gui.app_paths import AppPaths
from ua_desktop.i18n import _
from ua_desktop.paths import sample_case_path

log = logging.getLogger(__name__)

EVENT_MODE_KEY = "library/event_mode"


def library_folder(paths: AppPaths | None = None) -> Path:
    return (paths or AppPaths.for_this_user()).data_dir / "library"


def ensure_library(paths: AppPaths | None = None) -> CaseLibrary:
    """Open (or create) the library; on first run, add the sample case and
    make it the case last worked on. Raises LibraryError."""
    folder = library_folder(paths)
    first_run = not (folder / "index.json").exists() and not any((folder / "cases").glob("*.json"))
    library = CaseLibrary(folder)
    if first_run:
        try:
            result = library.add(load_case(sample_case_path()), sample_case_path().name)
            entry = result.entry or result.existing
            if entry is not None:
                library.last_worked_on = entry.id
        except (CaseFileError, LibraryError) as error:  # the app works without it
            log.warning("Sample case not added to the library: %s", error)
    return library


def case_at_start(library: CaseLibrary) -> tuple[Case, str] | None:
    """The case to open at start (the one last worked on), ready to draft
    from; None when there is none or it cannot be read."""
    entry_id = library.last_worked_on
    if not entry_id:
        return None
    newest = library.newest_in_chain(entry_id).id
    try:
        return library.case_for_letters(newest), newest
    except LibraryError as error:
        log.warning("Last case could not be opened: %s", error)
        return None


@dataclass(frozen=True)
class LibraryStart:
    library: CaseLibrary | None = None
    #: The case to open (the one last worked on) and its file, or None.
    case: Case | None = None
    path: Path | None = None
    entry_id: str = ""


def open_library_at_start(paths: AppPaths, case_path: Path | None) -> LibraryStart:
    """The library, and the case to open when the app was given none. A
    library that cannot be opened is logged and left out: the app still
    starts, on the sample case."""
    try:
        library = ensure_library(paths)
    except LibraryError as error:
        log.warning("Case library not available: %s", error)
        return LibraryStart()
    start = case_at_start(library) if case_path is None else None
    if start is None:
        return LibraryStart(library)
    case, entry_id = start
    return LibraryStart(library, case, library.cases_dir / f"{entry_id}.json", entry_id)


def attach_library(window: QMainWindow, library: CaseLibrary | None, settings_file: Path | None,
                   today: Callable[[], dt.date] = dt.date.today) -> "LibraryHook | None":
    """Give a new main window its Library menu (also a window rebuilt for
    another language). The case file it shows is kept in the library too,
    quietly: no question while the window is being made."""
    if library is None:
        return None
    hook = LibraryHook(window, library, settings_file, today)
    window.library_hook = hook
    hook.current_id = _keep_quietly(library, getattr(window, "case_path", None))
    return hook


def _keep_quietly(library: CaseLibrary, path: Path | None) -> str:
    """The library id of the case file `path`, adding it when it is new."""
    if not path:
        return ""
    path = Path(path)
    if path.parent == library.cases_dir:
        return path.stem if path.stem in library else ""
    try:
        result = library.add(load_case(path), path.name)
    except (CaseFileError, LibraryError) as error:
        log.warning("Case %s not kept in the library: %s", path, error)
        return ""
    entry = result.entry or (result.existing if result.kind is AddKind.DUPLICATE else None)
    if entry is None:
        return ""
    library.last_worked_on = entry.id
    return entry.id


class LibraryHook(QObject):
    """Connects a main window to the library. The window needs: a menu bar,
    `has_unsaved_edits()`, `tell(text)` and a way to show a case (see
    `show_case_in_window`)."""

    def __init__(self, window: QMainWindow, library: CaseLibrary, settings_file: Path | None = None,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(window)
        self.window, self.library, self.today = window, library, today
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
        if self._from_library:
            return case
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
