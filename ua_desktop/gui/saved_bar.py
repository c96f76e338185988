"""Success you can see: after a letter (or a batch) is saved, a message
in the window itself, with the next things people do with the file —
open it, find it in its folder, print it. It stays until dismissed or the
next save, unlike a status-bar line that vanishes after a few seconds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ua_desktop.gui.dialogs import seam as dialogs
from ua_desktop.gui.flow_layout import FlowRow
from ua_desktop.gui.style import apply_role_style
from ua_desktop.gui.widgets import plain_label
from ua_desktop.i18n import _


class SavedBar(QFrame):
    def __init__(self, print_file: Callable[[Path], None] | None = None, parent: QWidget | None = None,
                 button_factory: Callable[[str], QPushButton] = QPushButton):
        super().__init__(parent)
        self.setObjectName("saved")
        apply_role_style(self, "saved")
        self.path: Path | None = None
        self._print_file = print_file
        self.message = plain_label(selectable=True)
        font = self.message.font()
        font.setWeight(font.Weight.DemiBold)
        self.message.setFont(font)
        self.message.setAccessibleName(_("Saved"))
        self.open_button = button_factory(_("Open"))
        self.folder_button = button_factory(_("Show folder"))
        self.print_button = button_factory(_("Print…"))
        self.hide_button = button_factory(_("OK, hide this"))
        self.open_button.clicked.connect(lambda: self._open(self.path))
        self.folder_button.clicked.connect(lambda: self._open(self.path.parent if self.path else None))
        self.print_button.clicked.connect(lambda: self._print_file(self.path) if self._print_file else None)
        self.hide_button.clicked.connect(self.hide)
        buttons = FlowRow()
        for button in (self.open_button, self.folder_button, self.print_button, self.hide_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.hide()

    def show_saved(self, message: str, path: Path, *, printable: bool = True) -> None:
        """Say what was saved where; `printable`: offer Print for it."""
        self.path = Path(path)
        self.message.setText(message)
        self.print_button.setVisible(printable and self._print_file is not None)
        self.open_button.setVisible(self.path.is_file())
        self.show()

    def forget(self) -> None:
        """Hide the message and forget the file (the next writer's turn)."""
        self.path = None
        self.message.clear()
        self.hide()

    def _open(self, path: Path | None) -> None:
        if path is not None and not dialogs.open_url(QUrl.fromLocalFile(str(path)).toString()):
            dialogs.show_error(self, _("The file could not be opened"), _(
                "No program on this computer opened it. It is saved here:\n{path}").format(path=path))
