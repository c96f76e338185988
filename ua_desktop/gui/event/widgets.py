"""Building blocks for the event window: large type, large buttons, labels
tied to their fields (screen readers read the label with the field), and
no colour that carries meaning on its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from ua_desktop.gui.widgets import plain_label

#: The event window's base type size (points) and the smallest button height.
EVENT_POINT_SIZE = 16
BUTTON_HEIGHT = 48


def event_font(widget: QWidget, size: int = EVENT_POINT_SIZE, bold: bool = False) -> None:
    font = QFont(widget.font())
    if font.pointSize() < size:
        font.setPointSize(size)
    font.setBold(bold)
    widget.setFont(font)


def heading(text: str = "") -> QLabel:
    label = plain_label(text, wrap=True)
    event_font(label, EVENT_POINT_SIZE + 6, bold=True)
    label.setAccessibleName(text)
    return label


def hint(text: str = "") -> QLabel:
    return plain_label(text, wrap=True)


def button(text: str, accessible: str, *, tooltip: str = "", primary: bool = False) -> QPushButton:
    """A large button; `text` may carry an & mnemonic (Alt+letter);
    `accessible` is its name for screen readers, without the &."""
    widget = QPushButton(text)
    widget.setMinimumHeight(BUTTON_HEIGHT)
    widget.setAccessibleName(accessible)
    widget.setAutoDefault(True)  # Enter on a focused button presses it
    if tooltip:
        widget.setToolTip(tooltip)
        widget.setAccessibleDescription(tooltip)
    if primary:
        event_font(widget, bold=True)
    return widget


def labelled_line(label_text: str, accessible: str, *, placeholder: str = "", max_length: int = 200,
                  object_name: str = "") -> tuple[QLabel, QLineEdit]:
    """A line edit with a visible label that names it (Alt+letter jumps to it)."""
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    edit.setMinimumHeight(BUTTON_HEIGHT - 8)
    if object_name:
        edit.setObjectName(object_name)
    label = QLabel(label_text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(edit)
    return label, edit
