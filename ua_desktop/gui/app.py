"""Starting the window: the application object, logging, the crash
handler, translations and settings, in that order."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from ua_desktop import APP_ID, APP_NAME, __version__

log = logging.getLogger("ua_desktop")


def create_application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    return app


def build_main_window(case_path: Path | None, paths=None, today=None):
    """Everything but the event loop: used by `run_app`, the tests and the
    start-up benchmark."""
    import datetime as dt

    from ua_desktop import i18n
    from ua_desktop.core.casefile import CaseFileError, load_case
    from ua_desktop.gui import dialogs
    from ua_desktop.gui.app_paths import AppPaths
    from ua_desktop.gui.main_window import MainWindow
    from ua_desktop.gui.settings import Settings
    from ua_desktop.gui.style import apply_application_style
    from ua_desktop.paths import sample_case_path

    from PySide6.QtWidgets import QApplication

    paths = paths or AppPaths.for_this_user()
    settings = Settings(paths.settings_file)
    i18n.set_language(settings.ui_language or "en")
    apply_application_style(QApplication.instance())

    problem = None
    try:
        case = load_case(case_path or sample_case_path())
    except CaseFileError as error:
        problem = str(error)
        case_path = sample_case_path()
        case = load_case(case_path)
    from ua_desktop.core.drafting import LetterDrafter

    drafter = LetterDrafter(cache_dir=paths.data_dir / "template-cache")
    window = MainWindow(case, settings, drafter=drafter, today=today or dt.date.today, case_path=case_path)
    if problem:
        window.show()
        dialogs.show_error(window, i18n._("The case could not be opened"),
                           problem + "\n\n" + i18n._("UA Desktop opened the sample case instead."))
    return window


def run_app(case_path: Path | None = None) -> int:
    from ua_desktop.gui.app_paths import AppPaths
    from ua_desktop.gui.crash import CrashHandler
    from ua_desktop.logs import setup_logging

    app = create_application()
    paths = AppPaths.for_this_user()
    log_path = setup_logging(paths.log_dir)
    CrashHandler(log_path).install()
    log.info("UA Desktop %s starting", __version__)
    window = build_main_window(case_path, paths)
    window.show()
    return app.exec()
