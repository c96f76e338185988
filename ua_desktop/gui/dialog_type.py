"""Dialogs in the type size of their window. Qt gives a dialog the
application's font, not its parent window's: the event window's questions,
PIN box and file dialogs came up in small type over a window in large type.
A window that sets the property `TAKE_WINDOW_TYPE` gets its dialogs (message
boxes, input boxes, file and print dialogs, ours and Qt's own) in its own
type size, as they are first shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog

#: The window property that asks for its dialogs in its own type size.
TAKE_WINDOW_TYPE = "dialogsTakeWindowType"


class DialogType(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Polish and isinstance(watched, QDialog):
            give_window_type(watched)
        return False


def give_window_type(dialog: QDialog) -> None:
    parent = dialog.parentWidget()
    window = parent.window() if parent is not None else None
    if window is None or not window.property(TAKE_WINDOW_TYPE):
        return
    size = window.font().pointSize()
    if size > dialog.font().pointSize():
        font = QFont(dialog.font())
        font.setPointSize(size)
        dialog.setFont(font)


def install_dialog_type(app: QApplication | None = None) -> DialogType:
    """Watch for dialogs being shown (once per application)."""
    app = app or QApplication.instance()
    watcher = app.findChild(DialogType)
    if watcher is None:
        watcher = DialogType(app)
        app.installEventFilter(watcher)
    return watcher
