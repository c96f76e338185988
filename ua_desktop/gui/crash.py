"""The crash handler: log every unexpected error, tell the user in plain
words with copyable details, and keep the app (and the letter) alive."""

from __future__ import annotations

import logging
import os
import sys
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
        from ua_desktop.gui import dialogs

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
