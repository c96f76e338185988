"""The crash handler: log every unexpected error, tell the user in plain
words with copyable details, and keep the app (and the letter) alive."""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from pathlib import Path

from ua_desktop import __version__
from ua_desktop.i18n import _

NO_DIALOG_VARIABLE = "UA_DESKTOP_NO_CRASH_DIALOG"
log = logging.getLogger("ua_desktop.crash")


class CrashHandler:
    def __init__(self, log_path: Path | None, show_dialog: bool | None = None):
        self.log_path = log_path
        self.show_dialog = (not os.environ.get(NO_DIALOG_VARIABLE)) if show_dialog is None else show_dialog
        self.crashes: list[str] = []
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread
        install_qt_message_log()

    def handle_thread(self, args) -> None:
        """An error in a worker thread: log it at once; the dialog is shown
        by the GUI thread (widgets may only be touched there)."""
        if args.exc_type is SystemExit:
            return
        if threading.current_thread() is threading.main_thread():
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)
            return
        from PySide6.QtCore import QCoreApplication, QTimer

        kind, value, tb = args.exc_type, args.exc_value, args.exc_traceback
        log.error("Unexpected error in thread %s", getattr(args.thread, "name", "?"))
        QTimer.singleShot(0, QCoreApplication.instance(), lambda: self.handle(kind, value, tb))

    def handle(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        details = f"UA Desktop {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n\n{details}"
        self.crashes.append(details)
        log.error("Unexpected error\n%s", details)
        if not self.show_dialog or self._showing:
            print(details, file=sys.stderr)
            return
        from ua_desktop.gui.dialogs import seam as dialogs

        where = _("The details were saved in {path}.").format(path=self.log_path) if self.log_path else ""
        summary = _(
            "Sorry, something went wrong inside UA Desktop. Your letter is still there, and you can go on "
            "working. If this happens again, please copy the details below and send them to whoever "
            "looks after UA Desktop for you."
        ) + ("\n\n" + where if where else "")
        self._showing = True
        try:
            dialogs.show_crash(None, summary, details)
        finally:
            self._showing = False


_QT_LEVELS = {"QtDebugMsg": logging.DEBUG, "QtInfoMsg": logging.INFO, "QtWarningMsg": logging.WARNING,
              "QtCriticalMsg": logging.ERROR, "QtFatalMsg": logging.CRITICAL}
qt_log = logging.getLogger("ua_desktop.qt")


def install_qt_message_log() -> None:
    """Qt's own warnings go to the log file instead of only the console."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message: str) -> None:
        level = _QT_LEVELS.get(getattr(mode, "name", str(mode)).split(".")[-1], logging.WARNING)
        where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
        qt_log.log(level, "%s%s", message, where)

    qInstallMessageHandler(handler)
