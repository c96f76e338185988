"""Run by test_autosave.py as a separate process: open the window, make a
letter of one's own, wait until autosave has written it, say READY, then
wait to be killed (SIGKILL: no clean exit, no chance to tidy up).

The parent passes UA_DESKTOP_HOME so the draft lands in its test folder.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["UA_DESKTOP_NO_CRASH_DIALOG"] = "1"

from PySide6.QtCore import QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ua_desktop.core.letters.letter import Sender  # noqa: E402
from ua_desktop.gui.app import build_main_window, create_application  # noqa: E402
from ua_desktop.gui.app_paths import AppPaths  # noqa: E402
from ua_desktop.gui.main_window.autosave_timer import start_autosave  # noqa: E402

TYPED = os.environ.get("UA_CHILD_TYPED", "P.S. Я учитель из Лиона.")


def main() -> int:
    app = create_application()
    paths = AppPaths.for_this_user()
    window = build_main_window(None)
    window.show()
    autosave = start_autosave(window, paths.data_dir, interval_ms=100)
    window.recipients.select(2)
    window.languages.select("ky")
    window.sender_form.show_sender(Sender("Anna Schmidt", "Lyon", "France"), True)
    window.session.set_sender(Sender("Anna Schmidt", "Lyon", "France"))
    editor = window.letter_panel.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    for ch in TYPED:
        QApplication.sendEvent(editor, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, ch))
    assert window.session.edited, "typing did not count as an edit"

    def check():
        if autosave.store.path.exists() and autosave.timer.writes:
            print("READY", autosave.store.path, flush=True)
            checker.stop()

    checker = QTimer()
    checker.timeout.connect(check)
    checker.start(50)
    return app.exec()  # until killed


if __name__ == "__main__":
    sys.exit(main())
