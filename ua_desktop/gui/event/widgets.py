"""Building blocks for the event window: large type, large buttons, labels
tied to their fields (screen readers read the label with the field), and
no colour that carries meaning on its own."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QStackedWidget, QWidget

from ua_desktop.gui.style import apply_role_style, readable_placeholder
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
    apply_role_style(edit, "field")  # a frame that shows on a dark or high-contrast background too
    event_font(edit)  # a style sheet keeps a widget from taking the window's large type
    readable_placeholder(edit)
    label = QLabel(label_text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(edit)
    return label, edit


class StepStack(QStackedWidget):
    """The steps' pages, one at a time, asking for the room of the page on
    show (a plain QStackedWidget asks for the widest of all its pages, so
    the letter's step could not be narrower than the recipients' step)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()
