"""The seam for the event window's own modal windows, like
`ua_desktop.gui.dialogs`: the window calls these through the module, and
tests replace one name with monkeypatch."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ua_desktop.core.case import Recipient


def ask_extra_recipient(parent: QWidget | None, case_country: str) -> Recipient | None:
    """Ask for a recipient who is not on the sheet; None if cancelled."""
    from ua_desktop.gui.event_recipient_dialog import ExtraRecipientDialog

    dialog = ExtraRecipientDialog(case_country, parent)
    return dialog.recipient() if dialog.exec() else None


def show_organiser_panel(parent: QWidget | None, panel) -> None:
    """Show the organiser's panel (a QDialog) until it is closed."""
    panel.exec()


def forget_file_dialog_history() -> None:
    """Remove the folders Qt's own file dialog remembers (its history and
    last folder, kept in Qt's "QtProject" settings), so the next writer does
    not see where the last one saved."""
    from PySide6.QtCore import QSettings

    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in ("FileDialog/history", "FileDialog/lastVisited"):
        settings.remove(key)
    settings.sync()
