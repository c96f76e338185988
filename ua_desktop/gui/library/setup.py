"""Where the case library lives and how the window reaches it.

- `ensure_library(paths)`: the library in the app's data folder, with the
  bundled sample case added on first run.
- `case_at_start(library)`: the case last worked on, to open at start.
- `open_library_at_start(paths, case_path)` and `attach_library(...)`: the
  two calls the app shell makes (see docs/library.md).
- `keep_quietly(library, path)`: the library id of a case file, adding it.
The window's Library menu is `ua_desktop.gui.library.hook.LibraryHook`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from ua_desktop.core.case.model import Case
from ua_desktop.core.case.casefile import CaseFileError, load_case
from ua_desktop.core.library.store import AddKind, CaseLibrary, LibraryError
from ua_desktop.gui.app_paths import AppPaths
from ua_desktop.gui.library.hook import LibraryHook
from ua_desktop.paths import sample_case_path

log = logging.getLogger(__name__)

def library_folder(paths: AppPaths | None = None) -> Path:
    return (paths or AppPaths.for_this_user()).library_dir


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
    library = open_library(paths)
    if library is None:
        return LibraryStart()
    start = case_at_start(library) if case_path is None else None
    if start is None:
        return LibraryStart(library)
    case, entry_id = start
    return LibraryStart(library, case, library.cases_dir / f"{entry_id}.json", entry_id)


def open_library(paths: AppPaths) -> CaseLibrary | None:
    """The library (see `ensure_library`), or None, logged, when it cannot
    be opened: the app works without it."""
    try:
        return ensure_library(paths)
    except LibraryError as error:
        log.warning("Case library not available: %s", error)
        return None


def attach_library(window: QMainWindow, library: CaseLibrary | None, settings_file: Path | None,
                   today: Callable[[], dt.date] = dt.date.today) -> LibraryHook | None:
    """Give a new main window its Library menu (also a window rebuilt for
    another language). The case file it shows is kept in the library too,
    quietly: no question while the window is being made."""
    if library is None:
        return None
    hook = LibraryHook(window, library, settings_file, today)
    window.library_hook = hook
    hook.current_id = keep_quietly(library, getattr(window, "case_path", None))
    return hook


def keep_quietly(library: CaseLibrary, path: Path | None) -> str:
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
