"""Building blocks for the event window: large type, large buttons, labels
tied to their fields (screen readers read the label with the field), and
no colour that carries meaning on its own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QWidget

from ua_desktop.gui.style import apply_role_style, readable_placeholder
from ua_desktop.gui.widgets import plain_label

#: The event window's base type size (points) and the smallest button height.
EVENT_POINT_SIZE = 16
BUTTON_HEIGHT = 48
#: The side of a tick box (pixels): as tall as the large type, not Qt's 13 px.
TICK_BOX = 24
BIG_TICK_BOXES = f"::indicator {{ width: {TICK_BOX}px; height: {TICK_BOX}px; }}"


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


class TickBox(QWidget):
    """A tick box as large as its type, with a text that wraps (a plain
    QCheckBox's text never wraps and would push the window wider than a
    small screen). Clicking the text, or Alt with its underlined letter,
    ticks the box, as with a QCheckBox."""

    toggled = Signal(bool)

    def __init__(self, text: str, accessible: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(accessible)
        self.box.setStyleSheet("QCheckBox" + BIG_TICK_BOXES)
        self.box.toggled.connect(self.toggled)
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)  # Alt+letter clicks the box
        self.label.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def isChecked(self) -> bool:  # noqa: N802 (as QCheckBox)
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802 (as QCheckBox)
        self.box.setChecked(checked)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.label and event.type() == QEvent.Type.MouseButtonRelease \
                and event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return super().eventFilter(watched, event)


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
