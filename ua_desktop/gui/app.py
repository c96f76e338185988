"""Starting the window: the application object, logging, the crash
handler, translations and settings, in that order."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from ua_desktop import APP_ID, APP_NAME, __version__

log = logging.getLogger("ua_desktop")


def create_application(argv: list[str] | None = None):
    import PySide6.QtCore  # noqa: F401 (PySide6's import hook, made lighter before anything else is imported)

    from ua_desktop.gui.pyside_scan import lighten_pyside_import_scan

    lighten_pyside_import_scan()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    from ua_desktop.paths import resource

    app.setWindowIcon(QIcon(str(resource("icons", "ua-desktop.png"))))
    return app


class AppShell:
    """What lives as long as the application: the paths, the settings, the
    window language and the main window. Changing the window language
    builds a new main window around the same letter session, so the letter
    on screen (edited or not) survives the switch."""

    def __init__(self, paths=None, today=None):
        import datetime as dt

        from PySide6.QtWidgets import QApplication

        from ua_desktop.gui.app_paths import AppPaths
        from ua_desktop.gui.settings import Settings
        from ua_desktop.gui.style import apply_application_style
        from ua_desktop.gui.ui_language import UiLanguage, system_language

        self.paths = paths or AppPaths.for_this_user()
        self.settings = Settings(self.paths.settings_file, copies_of_sender=(self.paths.kept_letter_file,))
        self.today = today or dt.date.today
        self.ui_language = UiLanguage(QApplication.instance())
        self.language = self.ui_language.apply(self.settings.ui_language or system_language())
        apply_application_style(QApplication.instance())
        self.window = None
        self._library = None  # the case library (None when it cannot be opened)
        self._library_later = False  # opened after the first frame (see `open`)
        #: Called with each main window made (the first, and after a language change).
        self.window_listeners: list = []

    def open(self, case_path: Path | None):
        """The main window on `case_path`, or with none on the case last
        worked on. That case is the one the last start remembered
        (`StartMemo`) while the library has not changed since; the library
        is then read after the window's first frame."""
        from ua_desktop import i18n
        from ua_desktop.core.case.casefile import CaseFileError, load_case
        from ua_desktop.core.letters.drafting import LetterDrafter
        from ua_desktop.core.letters.kept_letter import KeptLetter
        from ua_desktop.gui.dialogs import seam as dialogs
        from ua_desktop.gui.first_frame import after_first_frame
        from ua_desktop.paths import sample_case_path

        remembered = self.start_memo.recall() if case_path is None else None
        problem = None
        if remembered is not None:
            from ua_desktop.gui.main_window.start_panel import know_whether_example

            case, case_path, example = remembered
            know_whether_example(case, example)
            self._library_later = True
        else:
            from ua_desktop.gui.library.setup import open_library_at_start

            start = open_library_at_start(self.paths, case_path)  # and the case last worked on, if none is given
            self._library = start.library
            try:
                if start.case is not None:
                    case, case_path = start.case, start.path
                else:
                    case = load_case(case_path or sample_case_path())
            except CaseFileError as error:
                problem = str(error)
                case_path = sample_case_path()
                case = load_case(case_path)
        drafter = LetterDrafter(cache_dir=self.paths.data_dir / "template-cache")
        kept = KeptLetter(self.paths.kept_letter_file)
        self.window = self._make_window(case=case, drafter=drafter, case_path=case_path, kept=kept)
        if problem:
            self.window.show()
            dialogs.show_error(self.window, i18n._("The case could not be opened"),
                               problem + "\n\n" + i18n._("UA Desktop opened the sample case instead."))
        self.tell_about_damaged_files(self.damage_notices())
        after_first_frame(self.window.letter_panel.editor.viewport(), self._after_first_frame)
        return self.window

    @property
    def start_memo(self):
        from ua_desktop.gui.library.start_memo import StartMemo

        return StartMemo(self.paths.start_memo_file, self.paths.library_dir)

    @property
    def library(self):
        """The case library, None when it cannot be opened. On a start from
        the memo it is opened the first time it is asked for."""
        if self._library_later:
            from ua_desktop.gui.library.setup import open_library

            self._library_later = False
            self._library = open_library(self.paths)
        return self._library

    def _after_first_frame(self) -> None:
        if self._library_later:
            hook = getattr(self.window, "library_hook", None)
            if hook is not None and hook.library is not None:  # opens it, and keeps the window's case in it
                self.tell_about_damaged_files(list(getattr(hook.library, "damage_notices", ())))
        self.remember_start()

    def remember_start(self) -> None:
        """Remember the case the next start opens (after the first frame,
        and when the app quits: another case may have been worked on)."""
        if self._library_later:
            return  # the library was never opened: the memo is still right
        from ua_desktop.gui.library.setup import case_at_start

        start = case_at_start(self._library) if self._library is not None else None
        if start is None:
            self.start_memo.forget()
        else:
            from ua_desktop.gui.main_window.start_panel import is_example

            case, entry_id = start
            self.start_memo.remember(case, self._library.cases_dir / f"{entry_id}.json", is_example(case))

    def damage_notices(self) -> list:
        """Every damaged file found while starting, each set aside with a dated copy."""
        notices = [self.settings.damage]
        if self._library is not None:  # not yet opened on a start from the memo: told after the first frame
            notices += list(getattr(self._library, "damage_notices", ()))
        return [notice for notice in notices if notice is not None]

    def tell_about_damaged_files(self, notices) -> None:
        from ua_desktop import i18n
        from ua_desktop.gui.dialogs import seam as dialogs

        if not notices:
            return
        self.window.show()
        dialogs.show_info(self.window, i18n._("A damaged file was kept"),
                          "\n\n".join(notice.message for notice in notices))

    def switch_language(self, code: str) -> None:
        old = self.window
        self.settings.ui_language = code
        self.language = self.ui_language.apply(code)
        old.letter_panel.editor.user_edited.disconnect()
        new = self._make_window(case=old.session.case, session=old.session, case_path=old.case_path,
                                saved_text=old.letter_actions.last_saved_text)
        new.setGeometry(old.geometry())
        if old.isMaximized():
            new.showMaximized()
        elif old.isVisible():
            new.show()
        self.window = new
        old.release_session()
        old.close()
        old.deleteLater()

    def _make_window(self, **kwargs):
        from ua_desktop.gui.main_window.window import MainWindow

        window = MainWindow(settings=self.settings, today=self.today, ui_language=self.language, **kwargs)
        window.shell = self
        window.window_language_chosen.connect(self.switch_language)
        if self._library_later:  # the menu now, the library when first needed
            from ua_desktop.gui.library.hook import LibraryHook

            window.library_hook = LibraryHook(window, None, self.paths.settings_file, self.today,
                                              open_library=lambda: self.library)
        else:
            from ua_desktop.gui.library.setup import attach_library

            attach_library(window, self.library, self.paths.settings_file, self.today)
        for listener in self.window_listeners:
            listener(window)
        return window


def build_main_window(case_path: Path | None, paths=None, today=None):
    """Everything but the event loop: used by `run_app`, the tests and the
    start-up benchmark."""
    return AppShell(paths, today).open(case_path)


def prepare_main_window(case_path: Path | None = None, paths=None):
    """Everything the app does before showing its window: logging, the
    crash handler, the bundled fonts, settings, language and the window
    itself. `run_app` and the start-up benchmark both start this way."""
    create_application()  # first: PySide6's import hook is made lighter before the app's modules load
    from ua_desktop.core.storage.leftovers import remove_leftovers
    from ua_desktop.gui.app_paths import AppPaths
    from ua_desktop.gui.crash import CrashHandler
    from ua_desktop.gui.first_frame import after_first_frame
    from ua_desktop.gui.fonts import FIRST_FRAME_FACES, register_bundled_fonts
    from ua_desktop.logs import setup_logging

    paths = paths or AppPaths.for_this_user()
    log_path = setup_logging(paths.log_dir)
    CrashHandler(log_path).install()
    log.info("UA Desktop %s starting", __version__)
    remove_leftovers()  # temporary files of a save or batch that was interrupted last time
    register_bundled_fonts(faces=FIRST_FRAME_FACES)
    window = AppShell(paths).open(case_path)
    after_first_frame(window.letter_panel.editor.viewport(), register_bundled_fonts)  # the bold faces
    return window


def run_app(case_path: Path | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from ua_desktop.gui.main_window.autosave_timer import start_autosave

    window = prepare_main_window(case_path)
    window.show()
    autosave = start_autosave(window, window.shell.paths.data_dir, private=event_mode_on(window))
    follow_event_mode(window, autosave)
    window.shell.window_listeners.append(lambda new_window: follow_event_mode(new_window, autosave))
    QApplication.instance().aboutToQuit.connect(window.shell.remember_start)
    status = QApplication.instance().exec()
    autosave.finish()  # a clean exit leaves no draft behind
    return status


def event_mode_on(window) -> bool:
    hook = getattr(window, "library_hook", None)
    return bool(hook is not None and hook.event_mode)


def follow_event_mode(window, autosave) -> None:
    """In the library's event mode nothing personal is autosaved."""
    hook = getattr(window, "library_hook", None)
    if hook is not None:
        hook.event_action.toggled.connect(autosave.set_private)
